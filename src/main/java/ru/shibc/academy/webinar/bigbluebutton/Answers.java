package ru.shibc.academy.webinar.bigbluebutton;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the API's XML answers into records. */
final class Answers {

  static final String NOT_FOUND = "notFound";
  private static final String DUPLICATE_WARNING = "duplicateWarning";

  private Answers() {}

  /**
   * @throws BigBlueButtonFailedException if the return code is FAILED
   * @throws BigBlueButtonMalformedResponseException if it is not a {@code <response>} with a return
   *     code
   */
  static XmlElement successful(byte[] body, String call) {
    XmlElement response;
    try {
      response = XmlElement.parse(body);
    } catch (XmlElement.NotXmlException e) {
      throw new BigBlueButtonMalformedResponseException(call, e.getMessage(), e);
    }
    if (!"response".equals(response.name())) {
      throw malformed(call, "the root element is <" + response.name() + ">, not <response>");
    }
    String returnCode = response.text("returncode").orElse("");
    if ("FAILED".equalsIgnoreCase(returnCode)) {
      throw new BigBlueButtonFailedException(
          call, response.text("messageKey").orElse(""), response.text("message").orElse(""));
    }
    if (!"SUCCESS".equalsIgnoreCase(returnCode)) {
      throw malformed(call, "the return code is \"" + returnCode + "\"");
    }
    return response;
  }

  static MeetingCreated created(XmlElement response, String meetingId) {
    String call = "create";
    return new MeetingCreated(
        response.text("meetingID").orElse(meetingId),
        required(response, "internalMeetingID", call),
        instant(required(response, "createTime", call), call)
            .orElseThrow(() -> malformed(call, "createTime is 0")),
        response.text("attendeePW").orElse(""),
        response.text("moderatorPW").orElse(""),
        DUPLICATE_WARNING.equals(response.text("messageKey").orElse("")));
  }

  static MeetingInfo meetingInfo(XmlElement response, String call) {
    List<Attendee> attendees = new ArrayList<>();
    for (XmlElement attendee :
        response.child("attendees").map(a -> a.children("attendee")).orElse(List.of())) {
      attendees.add(
          new Attendee(
              attendee.text("userID").filter(s -> !s.isEmpty()),
              attendee.text("fullName").orElse(""),
              role(required(attendee, "role", call), call),
              "true".equals(attendee.text("isPresenter").orElse("false"))));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    response
        .child("metadata")
        .ifPresent(m -> m.children().forEach(c -> metadata.put(c.name(), c.text())));
    return new MeetingInfo(
        required(response, "meetingID", call),
        required(response, "internalMeetingID", call),
        response.text("meetingName").orElse(""),
        instant(required(response, "createTime", call), call).orElse(Instant.EPOCH),
        "true".equals(required(response, "running", call)),
        instant(response.text("startTime").orElse("0"), call),
        instant(response.text("endTime").orElse("0"), call),
        count(response.text("participantCount").orElse("0"), call),
        count(response.text("moderatorCount").orElse("0"), call),
        attendees,
        metadata);
  }

  static List<Recording> recordings(XmlElement response, String call) {
    List<Recording> recordings = new ArrayList<>();
    for (XmlElement recording :
        response.child("recordings").map(r -> r.children("recording")).orElse(List.of())) {
      List<Playback> playbacks = new ArrayList<>();
      for (XmlElement format :
          recording.child("playback").map(p -> p.children("format")).orElse(List.of())) {
        playbacks.add(
            new Playback(
                format.text("type").orElse(""),
                uri(required(format, "url", call), call),
                Duration.ofMinutes(count(format.text("length").orElse("0"), call))));
      }
      recordings.add(
          new Recording(
              required(recording, "recordID", call),
              recording.text("meetingID").orElse(""),
              recording.text("name").orElse(""),
              "true".equals(recording.text("published").orElse("false")),
              recording.text("state").orElse(""),
              instant(recording.text("startTime").orElse("0"), call).orElse(Instant.EPOCH),
              instant(recording.text("endTime").orElse("0"), call),
              count(recording.text("participants").orElse("0"), call),
              playbacks));
    }
    return recordings;
  }

  private static String required(XmlElement element, String child, String call) {
    return element
        .text(child)
        .filter(s -> !s.isEmpty())
        .orElseThrow(() -> malformed(call, "<" + child + "> is missing"));
  }

  /** Milliseconds since the epoch; BigBlueButton writes 0 for "not yet". */
  private static Optional<Instant> instant(String millis, String call) {
    try {
      long value = Long.parseLong(millis.strip());
      return value == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    } catch (NumberFormatException e) {
      throw malformed(call, "not a time in milliseconds: \"" + millis + "\"");
    }
  }

  private static int count(String text, String call) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw malformed(call, "not a number: \"" + text + "\"");
    }
  }

  private static Role role(String text, String call) {
    try {
      return Role.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw malformed(call, "unknown role \"" + text + "\"");
    }
  }

  private static URI uri(String text, String call) {
    try {
      return URI.create(text.strip());
    } catch (IllegalArgumentException e) {
      throw malformed(call, "not a URL: \"" + text + "\"");
    }
  }

  private static BigBlueButtonMalformedResponseException malformed(String call, String message) {
    return new BigBlueButtonMalformedResponseException(call, message, null);
  }
}
