package ru.shibc.academy.webinar.bigbluebutton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting the server currently knows, from getMeetingInfo.
 *
 * @param meetingId our meeting ID
 * @param internalMeetingId the server's ID of this session
 * @param meetingName the title
 * @param createTime when the server created it
 * @param running whether anybody has joined and it has not ended
 * @param startTime when it started, if it has
 * @param endTime when it ended, if it has
 * @param participantCount how many are in it now
 * @param moderatorCount how many of them are moderators
 * @param attendees who is in it now
 * @param metadata the {@code meta_} values, with the names in lower case as the server returns them
 */
public record MeetingInfo(
    String meetingId,
    String internalMeetingId,
    String meetingName,
    Instant createTime,
    boolean running,
    Optional<Instant> startTime,
    Optional<Instant> endTime,
    int participantCount,
    int moderatorCount,
    List<Attendee> attendees,
    Map<String, String> metadata) {

  public MeetingInfo {
    attendees = List.copyOf(attendees);
    metadata = Map.copyOf(metadata);
  }
}
