package ru.shibc.academy.webinar.bigbluebutton;

/**
 * The server answered with an HTTP status other than 200. BigBlueButton reports its own errors as
 * XML with status 200, so this means something in front of it (proxy, load balancer) or a broken
 * server.
 */
public final class BigBlueButtonHttpException extends BigBlueButtonException {

  private static final long serialVersionUID = 1L;

  private final int status;

  BigBlueButtonHttpException(String call, int status) {
    super(call, "the server answered HTTP " + status, null);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
