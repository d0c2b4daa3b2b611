package ru.shibc.academy.webinar.bigbluebutton;

/** No answer at all: the connection was refused or dropped, or the name does not resolve. */
public final class BigBlueButtonUnreachableException extends BigBlueButtonException {

  private static final long serialVersionUID = 1L;

  BigBlueButtonUnreachableException(String call, String message, Throwable cause) {
    super(call, message, cause);
  }
}
