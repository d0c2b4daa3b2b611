package ru.shibc.academy.webinar.bigbluebutton;

import java.time.Instant;
import java.util.Objects;

/**
 * Who joins which meeting, for {@link BigBlueButtonClient#joinUrl}.
 *
 * @param meetingId the meeting
 * @param fullName the name the others see
 * @param role the role (BigBlueButton 2.4 and later), or {@code null} when joining by password
 * @param password the deprecated attendee or moderator password for older servers, or {@code null}
 * @param userId our identifier of the person; the server reports it back in getMeetingInfo and the
 *     analytics callback ({@code ext_user_id}), which is how attendance finds the person
 * @param createTime the meeting's create time from {@link MeetingCreated}, or {@code null}; with it
 *     the link works only for that session of the meeting
 * @param redirect {@code null} or {@code true} to send the browser into the meeting, {@code false}
 *     to get an XML answer instead
 */
public record JoinRequest(
    String meetingId,
    String fullName,
    Role role,
    String password,
    String userId,
    Instant createTime,
    Boolean redirect) {

  public JoinRequest {
    meetingId = CreateMeeting.requireMeetingId(meetingId);
    if (fullName == null || fullName.isBlank()) {
      throw new IllegalArgumentException("the participant's full name is missing");
    }
    fullName = fullName.strip();
    if ((role == null) == (password == null)) {
      throw new IllegalArgumentException("a join needs either a role or a password, not both");
    }
  }

  /** Joining by role, the way since BigBlueButton 2.4. */
  public static JoinRequest as(Role role, String meetingId, String fullName) {
    return new JoinRequest(
        meetingId, fullName, Objects.requireNonNull(role, "role"), null, null, null, null);
  }

  /** Joining by the deprecated password, for older servers. */
  public static JoinRequest withPassword(String password, String meetingId, String fullName) {
    return new JoinRequest(
        meetingId, fullName, null, Objects.requireNonNull(password, "password"), null, null, null);
  }

  public JoinRequest withUserId(String id) {
    return new JoinRequest(meetingId, fullName, role, password, id, createTime, redirect);
  }

  public JoinRequest withCreateTime(Instant time) {
    return new JoinRequest(meetingId, fullName, role, password, userId, time, redirect);
  }

  public JoinRequest withRedirect(boolean value) {
    return new JoinRequest(meetingId, fullName, role, password, userId, createTime, value);
  }

  ApiCall toCall() {
    return new ApiCall("join")
        .param("fullName", fullName)
        .param("meetingID", meetingId)
        .param("role", role)
        .param("password", password)
        .param("userID", userId)
        .param("createTime", createTime == null ? null : createTime.toEpochMilli())
        .param("redirect", redirect);
  }
}
