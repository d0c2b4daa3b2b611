package ru.shibc.academy.certificate.credential;

/** A credential token that must not be trusted, with the reason a caller can act on. */
public class CredentialVerificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the token was refused. */
  public enum Reason {
    /** Not a compact JWS with a JSON header and payload. */
    MALFORMED,
    /** The header names an algorithm other than EdDSA, {@code none} included. */
    UNSUPPORTED_ALGORITHM,
    /** The header says the token was signed with a different key from the one trusted. */
    UNKNOWN_KEY,
    /** The signature does not match: the token was altered or signed with another key. */
    BAD_SIGNATURE,
    /** The JWT claims contradict the credential they wrap (spec §8.2.6.1). */
    CLAIMS_MISMATCH,
    /** The credential's {@code validFrom} is still in the future. */
    NOT_YET_VALID,
    /** The credential's {@code validUntil} has passed. */
    EXPIRED
  }

  private final Reason reason;

  public CredentialVerificationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public CredentialVerificationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
