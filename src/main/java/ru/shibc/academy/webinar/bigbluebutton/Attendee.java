package ru.shibc.academy.webinar.bigbluebutton;

import java.util.Optional;

/**
 * Someone in a running meeting, as getMeetingInfo reports them. The documented answer has no join
 * time: whoever polls notes when a person is first and last seen.
 *
 * @param userId the {@code userID} given on join, if one was
 * @param fullName the name shown in the meeting
 * @param role the role
 * @param presenter whether they are presenting
 */
public record Attendee(Optional<String> userId, String fullName, Role role, boolean presenter) {}
