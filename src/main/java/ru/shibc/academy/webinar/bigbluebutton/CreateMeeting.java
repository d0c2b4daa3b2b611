package ru.shibc.academy.webinar.bigbluebutton;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to ask of the {@code create} call. Start with {@link #of} and add what is needed:
 *
 * <pre>{@code
 * CreateMeeting.of("webinar-42", "Школьный ИБЦ: первые шаги")
 *     .withDuration(Duration.ofMinutes(90))
 *     .withRecording(true)
 *     .withAnalyticsCallback(URI.create("https://academy.example.ru/api/bbb/analytics"));
 * }</pre>
 *
 * @param meetingId our identifier of the meeting: 2 to 256 characters without commas (since 2.4);
 *     the documentation recommends ASCII letters, digits, dashes and underscores only
 * @param name the title shown in the client, 2 to 64 characters (since 2.4)
 * @param welcome the welcome message in the chat, or {@code null} for the server's default
 * @param duration after how long the server ends the meeting by itself, or {@code null} for no
 *     limit; sent in whole minutes
 * @param record whether the server records (a moderator still has to start the recording unless the
 *     server starts it automatically)
 * @param attendeePassword the deprecated viewer password, or {@code null} to let the server make
 *     one up; only needed for servers older than 2.4, which have no {@code role} on join
 * @param moderatorPassword the deprecated moderator password, or {@code null}
 * @param logoutUrl where the client sends people after they leave, or {@code null}
 * @param meta metadata sent as {@code meta_<name>}; names are letters, digits, {@code -} and {@code
 *     _}. BigBlueButton keeps them with the meeting and the recording, and recordings' metadata can
 *     be public, so nothing secret belongs here.
 * @param endCallbackUrl {@code meta_endCallbackUrl}: the server GETs it when the meeting ends,
 *     adding {@code recordingmarks=true|false}; or {@code null}
 * @param analyticsCallbackUrl {@code meta_analytics-callback-url}: after the meeting the server
 *     POSTs the attendance analytics there; or {@code null}. Setting it also sets {@code
 *     meetingKeepEvents=true}, since the analytics are made from the events file, which the server
 *     keeps for unrecorded meetings only when asked.
 */
public record CreateMeeting(
    String meetingId,
    String name,
    String welcome,
    Duration duration,
    boolean record,
    String attendeePassword,
    String moderatorPassword,
    URI logoutUrl,
    Map<String, String> meta,
    URI endCallbackUrl,
    URI analyticsCallbackUrl) {

  private static final Pattern META_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public CreateMeeting {
    meetingId = requireMeetingId(meetingId);
    name = requireLength(name, 2, 64, "meeting name");
    if (duration != null && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException("the meeting duration must be positive");
    }
    if (attendeePassword != null) {
      attendeePassword = requireLength(attendeePassword, 2, 64, "attendee password");
    }
    if (moderatorPassword != null) {
      moderatorPassword = requireLength(moderatorPassword, 2, 64, "moderator password");
    }
    requireAbsoluteOrNull(logoutUrl, "logout URL");
    requireAbsoluteOrNull(endCallbackUrl, "end callback URL");
    requireAbsoluteOrNull(analyticsCallbackUrl, "analytics callback URL");
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : Objects.requireNonNull(meta, "meta").entrySet()) {
      if (!META_NAME.matcher(entry.getKey()).matches()) {
        throw new IllegalArgumentException("unusable metadata name: " + entry.getKey());
      }
      copy.put(entry.getKey(), Objects.requireNonNull(entry.getValue(), entry.getKey()));
    }
    meta = Collections.unmodifiableMap(copy);
  }

  /** A meeting with the server's defaults: no limit, not recorded, no callbacks. */
  public static CreateMeeting of(String meetingId, String name) {
    return new CreateMeeting(
        meetingId, name, null, null, false, null, null, null, Map.of(), null, null);
  }

  public CreateMeeting withWelcome(String text) {
    return new CreateMeeting(
        meetingId,
        name,
        text,
        duration,
        record,
        attendeePassword,
        moderatorPassword,
        logoutUrl,
        meta,
        endCallbackUrl,
        analyticsCallbackUrl);
  }

  public CreateMeeting withDuration(Duration limit) {
    return new CreateMeeting(
        meetingId,
        name,
        welcome,
        limit,
        record,
        attendeePassword,
        moderatorPassword,
        logoutUrl,
        meta,
        endCallbackUrl,
        analyticsCallbackUrl);
  }

  public CreateMeeting withRecording(boolean recorded) {
    return new CreateMeeting(
        meetingId,
        name,
        welcome,
        duration,
        recorded,
        attendeePassword,
        moderatorPassword,
        logoutUrl,
        meta,
        endCallbackUrl,
        analyticsCallbackUrl);
  }

  /** Passwords for servers older than 2.4; newer ones join by {@link Role}. */
  public CreateMeeting withPasswords(String attendee, String moderator) {
    return new CreateMeeting(
        meetingId,
        name,
        welcome,
        duration,
        record,
        attendee,
        moderator,
        logoutUrl,
        meta,
        endCallbackUrl,
        analyticsCallbackUrl);
  }

  public CreateMeeting withLogoutUrl(URI url) {
    return new CreateMeeting(
        meetingId,
        name,
        welcome,
        duration,
        record,
        attendeePassword,
        moderatorPassword,
        url,
        meta,
        endCallbackUrl,
        analyticsCallbackUrl);
  }

  public CreateMeeting withMeta(String metaName, String value) {
    Map<String, String> more = new LinkedHashMap<>(meta);
    more.put(metaName, value);
    return new CreateMeeting(
        meetingId,
        name,
        welcome,
        duration,
        record,
        attendeePassword,
        moderatorPassword,
        logoutUrl,
        more,
        endCallbackUrl,
        analyticsCallbackUrl);
  }

  public CreateMeeting withEndCallback(URI url) {
    return new CreateMeeting(
        meetingId,
        name,
        welcome,
        duration,
        record,
        attendeePassword,
        moderatorPassword,
        logoutUrl,
        meta,
        url,
        analyticsCallbackUrl);
  }

  public CreateMeeting withAnalyticsCallback(URI url) {
    return new CreateMeeting(
        meetingId,
        name,
        welcome,
        duration,
        record,
        attendeePassword,
        moderatorPassword,
        logoutUrl,
        meta,
        endCallbackUrl,
        url);
  }

  /** The parameters in the order they are sent. */
  ApiCall toCall() {
    ApiCall call =
        new ApiCall("create")
            .param("name", name)
            .param("meetingID", meetingId)
            .param("attendeePW", attendeePassword)
            .param("moderatorPW", moderatorPassword)
            .param("welcome", welcome)
            .param("duration", duration == null ? null : minutesRoundedUp(duration))
            .param("record", record)
            .param("logoutURL", logoutUrl);
    if (analyticsCallbackUrl != null) {
      call.param("meetingKeepEvents", true);
    }
    meta.forEach((key, value) -> call.param("meta_" + key, value));
    call.param("meta_endCallbackUrl", endCallbackUrl);
    call.param("meta_analytics-callback-url", analyticsCallbackUrl);
    return call;
  }

  static String requireMeetingId(String meetingId) {
    String id = requireLength(meetingId, 2, 256, "meeting ID");
    if (id.indexOf(',') >= 0) {
      throw new IllegalArgumentException("a meeting ID must not contain commas");
    }
    return id;
  }

  private static long minutesRoundedUp(Duration duration) {
    long minutes = duration.toMinutes();
    return duration.equals(Duration.ofMinutes(minutes)) ? minutes : minutes + 1;
  }

  private static String requireLength(String text, int min, int max, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("the " + what + " is missing");
    }
    String stripped = text.strip();
    int length = stripped.codePointCount(0, stripped.length());
    if (length < min || length > max) {
      throw new IllegalArgumentException(
          "the " + what + " must be " + min + " to " + max + " characters long");
    }
    return stripped;
  }

  private static void requireAbsoluteOrNull(URI url, String what) {
    if (url != null && !url.isAbsolute()) {
      throw new IllegalArgumentException("the " + what + " must be absolute: " + url);
    }
  }
}
