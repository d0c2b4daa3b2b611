package ru.shibc.academy.webinar.bigbluebutton;

/**
 * The server answered {@code <returncode>FAILED</returncode>}. The {@link #messageKey()} is the
 * stable part to act on (the documentation promises to keep it); the message is English text that
 * may change.
 */
public final class BigBlueButtonFailedException extends BigBlueButtonException {

  private static final long serialVersionUID = 1L;

  /** The key for a wrong checksum: a wrong shared secret or an unsupported algorithm. */
  public static final String CHECKSUM_ERROR = "checksumError";

  private final String messageKey;
  private final String serverMessage;

  BigBlueButtonFailedException(String call, String messageKey, String serverMessage) {
    super(
        call, "FAILED " + messageKey + (serverMessage.isEmpty() ? "" : ": " + serverMessage), null);
    this.messageKey = messageKey;
    this.serverMessage = serverMessage;
  }

  /** E.g. {@code checksumError}, {@code notFound}, {@code idNotUnique}; empty if none was given. */
  public String messageKey() {
    return messageKey;
  }

  /** The server's own wording. */
  public String serverMessage() {
    return serverMessage;
  }

  /** Whether the server rejected our signature: the configuration is wrong, not the request. */
  public boolean isChecksumError() {
    return CHECKSUM_ERROR.equals(messageKey);
  }
}
