package ru.shibc.academy.webinar.bigbluebutton;

import java.time.Instant;

/**
 * The answer to {@code create}.
 *
 * @param meetingId our meeting ID
 * @param internalMeetingId the server's ID of this session of the meeting, which recordings and the
 *     analytics callback use
 * @param createTime when the server created it; pass it on join so that an old join link cannot
 *     enter a later session with the same meeting ID
 * @param attendeePassword the viewer password (made up by the server if none was given)
 * @param moderatorPassword the moderator password
 * @param alreadyExisted whether the meeting was already there ({@code duplicateWarning}); {@code
 *     create} is idempotent, so this is not an error
 */
public record MeetingCreated(
    String meetingId,
    String internalMeetingId,
    Instant createTime,
    String attendeePassword,
    String moderatorPassword,
    boolean alreadyExisted) {}
