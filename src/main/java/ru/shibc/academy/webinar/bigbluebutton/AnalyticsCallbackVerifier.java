package ru.shibc.academy.webinar.bigbluebutton;

import static ru.shibc.academy.webinar.bigbluebutton.CallbackRejectedException.Reason.BAD_SIGNATURE;
import static ru.shibc.academy.webinar.bigbluebutton.CallbackRejectedException.Reason.EXPIRED;
import static ru.shibc.academy.webinar.bigbluebutton.CallbackRejectedException.Reason.MALFORMED;
import static ru.shibc.academy.webinar.bigbluebutton.CallbackRejectedException.Reason.MISSING_CREDENTIALS;
import static ru.shibc.academy.webinar.bigbluebutton.CallbackRejectedException.Reason.UNSUPPORTED_ALGORITHM;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Checks the {@code Authorization} header of the analytics callback (the POST to {@code
 * meta_analytics-callback-url}).
 *
 * <p>BigBlueButton's {@code post_events_analytics_callback.rb} sends {@code Authorization: Bearer
 * <JWT>}, the JWT signed with HS512 using the shared secret, header {@code
 * {"typ":"JWT","alg":"HS512"}}, payload only {@code {"exp": now + 24 h}}. Only HS512 is accepted,
 * so a token saying {@code "alg":"none"} or HS256 is refused before any signature is checked.
 *
 * <p>What this cannot prove: the token covers no part of the body, so anybody who saw one valid
 * request (it travels inside TLS) could send another body with the same token for a day. The
 * receiver therefore must also check that the body's {@code meeting_id} is a meeting we created and
 * process each {@code internal_meeting_id} only once; attendance records are additions, never
 * silent edits. This is the server's design, not something a receiver can fix.
 */
public final class AnalyticsCallbackVerifier {

  static final String ALGORITHM = "HS512";
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  private final String sharedSecret;
  private final Clock clock;

  public AnalyticsCallbackVerifier(String sharedSecret, Clock clock) {
    if (sharedSecret == null || sharedSecret.isBlank()) {
      throw new IllegalArgumentException("the shared secret is missing");
    }
    this.sharedSecret = sharedSecret;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param authorization the {@code Authorization} header, {@code null} if there was none
   * @throws CallbackRejectedException unless it is a Bearer JWT signed with HS512 by the shared
   *     secret and not expired
   */
  public void verify(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new CallbackRejectedException(
          MISSING_CREDENTIALS, "the callback has no Authorization: Bearer token");
    }
    String[] parts = authorization.substring(7).strip().split("\\.", -1);
    if (parts.length != 3) {
      throw new CallbackRejectedException(MALFORMED, "the token is not a JWT");
    }
    JsonObject header = json(decode(parts[0]), "header");
    JsonValue alg = header.get("alg");
    if (alg == null
        || alg.getValueType() != JsonValue.ValueType.STRING
        || !ALGORITHM.equals(header.getString("alg"))) {
      throw new CallbackRejectedException(
          UNSUPPORTED_ALGORITHM, "the token must be signed with HS512, its header says " + alg);
    }
    byte[] expected =
        Hmac.sign(
            "HmacSHA512",
            sharedSecret,
            (parts[0] + '.' + parts[1]).getBytes(StandardCharsets.US_ASCII));
    if (!MessageDigest.isEqual(expected, decode(parts[2]))) {
      throw new CallbackRejectedException(
          BAD_SIGNATURE, "the token was not signed with our shared secret");
    }
    JsonObject payload = json(decode(parts[1]), "payload");
    JsonValue exp = payload.get("exp");
    if (!(exp instanceof JsonNumber number)) {
      throw new CallbackRejectedException(EXPIRED, "the token has no expiry");
    }
    Instant expiry = Instant.ofEpochSecond(number.longValue());
    if (clock.instant().minus(CLOCK_SKEW).isAfter(expiry)) {
      throw new CallbackRejectedException(EXPIRED, "the token expired at " + expiry);
    }
  }

  private static byte[] decode(String part) {
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw new CallbackRejectedException(MALFORMED, "the token is not base64url", e);
    }
  }

  private static JsonObject json(byte[] bytes, String part) {
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new CallbackRejectedException(MALFORMED, "the token's " + part + " is not JSON", e);
    }
  }
}
