package ru.shibc.academy.webinar.bigbluebutton;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Signs and checks the end-of-meeting callback URL.
 *
 * <p>BigBlueButton calls {@code meta_endCallbackUrl} with a plain GET and signs nothing (API
 * reference, "End meeting callback URL"): it only appends {@code recordingmarks}. So we sign the
 * URL ourselves before handing it to {@code create}: {@code
 * ...?meetingID=<id>&signature=hex(HMAC-SHA256(sharedSecret, "bbb-end-callback:" + id))}.
 *
 * <p>Meta parameters are stored with the meeting and its recording, and a recording's metadata may
 * be readable, so the signature is not a strong secret. It only needs to keep strangers from poking
 * the endpoint: an end callback is a hint to look, never evidence. The receiver confirms with
 * getMeetingInfo that the meeting really is gone, and a replay changes nothing.
 */
public final class EndCallbackSignature {

  static final String MEETING_PARAM = "meetingID";
  static final String SIGNATURE_PARAM = "signature";
  private static final String LABEL = "bbb-end-callback:";

  private final String sharedSecret;

  public EndCallbackSignature(String sharedSecret) {
    if (sharedSecret == null || sharedSecret.isBlank()) {
      throw new IllegalArgumentException("the shared secret is missing");
    }
    this.sharedSecret = sharedSecret;
  }

  /** Our callback endpoint with the meeting ID and its signature added to the query. */
  public URI sign(URI endpoint, String meetingId) {
    Objects.requireNonNull(endpoint, "endpoint");
    String id = CreateMeeting.requireMeetingId(meetingId);
    String added =
        MEETING_PARAM + '=' + ApiCall.encode(id) + '&' + SIGNATURE_PARAM + '=' + signature(id);
    String text = endpoint.toString();
    int fragment = text.indexOf('#');
    if (fragment >= 0) {
      text = text.substring(0, fragment);
    }
    return URI.create(text + (endpoint.getRawQuery() == null ? '?' : '&') + added);
  }

  /** Whether the signature received with the callback is ours for this meeting ID. */
  public boolean verify(String meetingId, String signature) {
    if (meetingId == null || signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        signature(meetingId).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private String signature(String meetingId) {
    return HexFormat.of()
        .formatHex(
            Hmac.sign(
                "HmacSHA256", sharedSecret, (LABEL + meetingId).getBytes(StandardCharsets.UTF_8)));
  }
}
