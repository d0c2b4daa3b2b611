package ru.shibc.academy.webinar.bigbluebutton;

/** The server did not connect or answer within the configured timeout. */
public final class BigBlueButtonTimeoutException extends BigBlueButtonException {

  private static final long serialVersionUID = 1L;

  BigBlueButtonTimeoutException(String call, String message, Throwable cause) {
    super(call, message, cause);
  }
}
