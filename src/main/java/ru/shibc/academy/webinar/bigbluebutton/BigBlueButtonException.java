package ru.shibc.academy.webinar.bigbluebutton;

/**
 * A call to BigBlueButton did not give a usable answer. The subclasses say why, so that a page can
 * tell the user what happened: the server refused ({@link BigBlueButtonFailedException}), answered
 * with an HTTP error ({@link BigBlueButtonHttpException}), took too long ({@link
 * BigBlueButtonTimeoutException}), could not be reached ({@link BigBlueButtonUnreachableException})
 * or answered something that is not its XML ({@link BigBlueButtonMalformedResponseException}).
 */
public abstract sealed class BigBlueButtonException extends RuntimeException
    permits BigBlueButtonFailedException,
        BigBlueButtonHttpException,
        BigBlueButtonTimeoutException,
        BigBlueButtonUnreachableException,
        BigBlueButtonMalformedResponseException {

  private static final long serialVersionUID = 1L;

  private final String call;

  BigBlueButtonException(String call, String message, Throwable cause) {
    super("BigBlueButton " + call + ": " + message, cause);
    this.call = call;
  }

  /** The API call that failed, e.g. {@code create}. */
  public String call() {
    return call;
  }
}
