package ru.shibc.academy.webinar.bigbluebutton;

/**
 * The answer is not the XML BigBlueButton sends: not well-formed, carrying a DOCTYPE (refused, so
 * no entity can be expanded or fetched), too large, or missing what the call must return.
 */
public final class BigBlueButtonMalformedResponseException extends BigBlueButtonException {

  private static final long serialVersionUID = 1L;

  BigBlueButtonMalformedResponseException(String call, String message, Throwable cause) {
    super(call, message, cause);
  }
}
