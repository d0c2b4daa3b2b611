package ru.shibc.academy.webinar.bigbluebutton;

/** A callback claiming to come from BigBlueButton that must not be believed, and why. */
public class CallbackRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the callback was refused. */
  public enum Reason {
    /** No {@code Authorization: Bearer} token, or no signature parameter. */
    MISSING_CREDENTIALS,
    /** The token is not a JWT with a JSON header and payload, or the body is not the analytics. */
    MALFORMED,
    /** The token names an algorithm other than HS512, {@code none} included. */
    UNSUPPORTED_ALGORITHM,
    /** The signature does not match: not made with our shared secret. */
    BAD_SIGNATURE,
    /** The token's {@code exp} has passed (or it has none). */
    EXPIRED
  }

  private final Reason reason;

  public CallbackRejectedException(Reason reason, String message) {
    this(reason, message, null);
  }

  public CallbackRejectedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
