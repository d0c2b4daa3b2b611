package ru.shibc.academy.webinar.bigbluebutton;

import static ru.shibc.academy.webinar.bigbluebutton.CallbackRejectedException.Reason.MALFORMED;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The body of the analytics callback: who attended, from when to when.
 *
 * <p>The body is the {@code bbbevents} gem's summary of the meeting's events, wrapped by {@code
 * post_events_analytics_callback.rb} with its keys in snake case: {@code {"version": "1.0",
 * "meeting_id", "internal_meeting_id", "data": {"start", "finish", "duration", "attendees": [{
 * "ext_user_id", "name", "moderator", "joins": [...], "leaves": [...], "duration", ...}]}}}. The
 * gem has written times as {@code 2023-08-07 14:06:17 -0300} and, in later versions, as {@code
 * 2021-09-23T16:08:29.000+00:00}; both are read. Join and leave lists are merged per person: a join
 * while already present (a second tab) extends nothing, a leave without a join is ignored, and a
 * join never followed by a leave ends at the meeting's finish (or, without one, counts nothing).
 *
 * @param meetingId our meeting ID ({@code meeting_id})
 * @param internalMeetingId the server's ID of the session; process each one once
 * @param start when the meeting started, if given
 * @param finish when it ended, if given
 * @param attendees each person's attendance
 */
public record MeetingAnalytics(
    String meetingId,
    String internalMeetingId,
    Optional<Instant> start,
    Optional<Instant> finish,
    List<AttendeeAttendance> attendees) {

  private static final DateTimeFormatter RUBY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS] xx");

  public MeetingAnalytics {
    attendees = List.copyOf(attendees);
  }

  /**
   * @throws CallbackRejectedException with {@code MALFORMED} if the body is not the analytics JSON
   */
  public static MeetingAnalytics parse(String json) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new CallbackRejectedException(MALFORMED, "the analytics body is not a JSON object", e);
    }
    String meetingId = string(root, "meeting_id").orElseThrow(() -> missing("meeting_id"));
    String internalId =
        string(root, "internal_meeting_id").orElseThrow(() -> missing("internal_meeting_id"));
    JsonObject data = object(root, "data").orElseThrow(() -> missing("data"));
    Optional<Instant> start = string(data, "start").map(MeetingAnalytics::time);
    Optional<Instant> finish = string(data, "finish").map(MeetingAnalytics::time);
    List<AttendeeAttendance> attendees = new ArrayList<>();
    for (JsonValue value : array(data, "attendees")) {
      if (!(value instanceof JsonObject attendee)) {
        throw new CallbackRejectedException(MALFORMED, "an attendee is not a JSON object");
      }
      attendees.add(
          new AttendeeAttendance(
              string(attendee, "ext_user_id").filter(s -> !s.isEmpty()),
              string(attendee, "name").orElse(""),
              attendee.getBoolean("moderator", false),
              presences(times(attendee, "joins"), times(attendee, "leaves"), finish)));
    }
    return new MeetingAnalytics(meetingId, internalId, start, finish, attendees);
  }

  /** Sweeps the joins and leaves in time order, counting how many sessions are open. */
  static List<Presence> presences(
      List<Instant> joins, List<Instant> leaves, Optional<Instant> finish) {
    record Change(Instant at, int delta) {}
    List<Change> changes = new ArrayList<>();
    joins.forEach(at -> changes.add(new Change(at, +1)));
    leaves.forEach(at -> changes.add(new Change(at, -1)));
    // at the same instant, joins first: leaving and rejoining in one second is no gap
    changes.sort(Comparator.comparing(Change::at).thenComparing(c -> -c.delta()));
    List<Presence> presences = new ArrayList<>();
    int open = 0;
    Instant since = null;
    for (Change change : changes) {
      if (change.delta() > 0) {
        if (open++ == 0) {
          since = change.at();
        }
      } else if (open > 0 && --open == 0) {
        presences.add(new Presence(since, change.at()));
      }
    }
    if (open > 0 && finish.isPresent() && !finish.get().isBefore(since)) {
      presences.add(new Presence(since, finish.get()));
    }
    return presences;
  }

  static Instant time(String text) {
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException isoFailed) {
      try {
        return OffsetDateTime.parse(value, RUBY_TIME).toInstant();
      } catch (DateTimeParseException e) {
        throw new CallbackRejectedException(MALFORMED, "not a time: \"" + text + "\"", e);
      }
    }
  }

  private static List<Instant> times(JsonObject object, String key) {
    List<Instant> times = new ArrayList<>();
    for (JsonValue value : array(object, key)) {
      if (!(value instanceof JsonString string)) {
        throw new CallbackRejectedException(MALFORMED, key + " must hold times as strings");
      }
      times.add(time(string.getString()));
    }
    return times;
  }

  /** A string, or a number written as one: {@code ext_user_id} has been seen both ways. */
  private static Optional<String> string(JsonObject object, String key) {
    JsonValue value = object.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    return switch (value.getValueType()) {
      case STRING -> Optional.of(((JsonString) value).getString());
      case NUMBER -> Optional.of(value.toString());
      default -> throw new CallbackRejectedException(MALFORMED, key + " is not a string");
    };
  }

  private static Optional<JsonObject> object(JsonObject object, String key) {
    JsonValue value = object.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof JsonObject found)) {
      throw new CallbackRejectedException(MALFORMED, key + " is not a JSON object");
    }
    return Optional.of(found);
  }

  private static JsonArray array(JsonObject object, String key) {
    JsonValue value = object.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (!(value instanceof JsonArray found)) {
      throw new CallbackRejectedException(MALFORMED, key + " is not a JSON array");
    }
    return found;
  }

  private static CallbackRejectedException missing(String key) {
    return new CallbackRejectedException(MALFORMED, "the analytics body has no " + key);
  }
}
