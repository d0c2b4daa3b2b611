package ru.shibc.academy.webinar;

import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonException;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonFailedException;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonHttpException;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonTimeoutException;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonUnreachableException;

/**
 * The conferencing service gave no usable answer; the bundle key says which way (502 in the API,
 * a message on the page), and nothing was changed.
 */
public class ConferenceUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public ConferenceUnavailable(String messageKey, Throwable cause) {
    super(messageKey, cause);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  static ConferenceUnavailable of(BigBlueButtonException e) {
    String key;
    if (e instanceof BigBlueButtonFailedException) {
      key = "webinar.bbb.failed";
    } else if (e instanceof BigBlueButtonHttpException) {
      key = "webinar.bbb.httpError";
    } else if (e instanceof BigBlueButtonTimeoutException) {
      key = "webinar.bbb.timeout";
    } else if (e instanceof BigBlueButtonUnreachableException) {
      key = "webinar.bbb.unreachable";
    } else {
      key = "webinar.bbb.malformed";
    }
    return new ConferenceUnavailable(key, e);
  }
}
