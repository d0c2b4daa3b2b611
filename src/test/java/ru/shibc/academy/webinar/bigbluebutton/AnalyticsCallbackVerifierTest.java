package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.webinar.bigbluebutton.CallbackRejectedException.Reason;

class AnalyticsCallbackVerifierTest {

  private static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";
  private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final AnalyticsCallbackVerifier verifier =
      new AnalyticsCallbackVerifier(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void acceptsATokenMadeAsBigBlueButtonMakesIt() {
    String token =
        token("{\"typ\":\"JWT\",\"alg\":\"HS512\"}", exp(NOW.plus(Duration.ofHours(24))), SECRET);

    assertDoesNotThrow(() -> verifier.verify("Bearer " + token));
  }

  @Test
  void acceptsTheDoublesToken() throws Exception {
    try (BigBlueButtonDouble bbb = BigBlueButtonDouble.start(SECRET)) {
      String token = bbb.jwt(NOW.plus(Duration.ofHours(24)));

      assertDoesNotThrow(() -> verifier.verify("Bearer " + token));
    }
  }

  @Test
  void refusesATokenSignedWithAnotherSecret() {
    String token = token("{\"typ\":\"JWT\",\"alg\":\"HS512\"}", exp(NOW.plusSeconds(60)), "guess");

    assertRejected(Reason.BAD_SIGNATURE, "Bearer " + token);
  }

  @Test
  void refusesAlgNoneAndOtherAlgorithms() {
    String header = B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    String payload = B64.encodeToString(exp(NOW.plusSeconds(60)).getBytes(StandardCharsets.UTF_8));
    assertRejected(Reason.UNSUPPORTED_ALGORITHM, "Bearer " + header + "." + payload + ".");

    String hs256 = token("{\"typ\":\"JWT\",\"alg\":\"HS256\"}", exp(NOW.plusSeconds(60)), SECRET);
    assertRejected(Reason.UNSUPPORTED_ALGORITHM, "Bearer " + hs256);
  }

  @Test
  void refusesAnExpiredTokenOrOneWithoutExpiry() {
    assertRejected(
        Reason.EXPIRED,
        "Bearer " + token("{\"alg\":\"HS512\"}", exp(NOW.minus(Duration.ofMinutes(10))), SECRET));
    assertRejected(Reason.EXPIRED, "Bearer " + token("{\"alg\":\"HS512\"}", "{}", SECRET));
  }

  @Test
  void toleratesAClockSkewOfAMinute() {
    assertDoesNotThrow(
        () ->
            verifier.verify(
                "Bearer " + token("{\"alg\":\"HS512\"}", exp(NOW.minusSeconds(60)), SECRET)));
  }

  @Test
  void refusesMissingAndMalformedCredentials() {
    assertRejected(Reason.MISSING_CREDENTIALS, null);
    assertRejected(Reason.MISSING_CREDENTIALS, "Basic dXNlcjpwYXNz");
    assertRejected(Reason.MALFORMED, "Bearer not-a-jwt");
    assertRejected(Reason.MALFORMED, "Bearer !!.!!.!!");
    assertRejected(Reason.MALFORMED, "Bearer " + B64.encodeToString("[1]".getBytes()) + ".e30.AA");
  }

  private void assertRejected(Reason reason, String authorization) {
    CallbackRejectedException rejected =
        assertThrows(CallbackRejectedException.class, () -> verifier.verify(authorization));
    assertEquals(reason, rejected.reason(), rejected.getMessage());
  }

  private static String exp(Instant at) {
    return "{\"exp\":" + at.getEpochSecond() + "}";
  }

  private static String token(String header, String payload, String secret) {
    String input =
        B64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    byte[] signature = Hmac.sign("HmacSHA512", secret, input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + B64.encodeToString(signature);
  }
}
