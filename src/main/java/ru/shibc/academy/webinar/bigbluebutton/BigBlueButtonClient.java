package ru.shibc.academy.webinar.bigbluebutton;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The five BigBlueButton API calls the webinars need: {@code create}, {@code join} (a signed URL,
 * not a call), {@code end}, {@code getMeetingInfo} and {@code getRecordings}.
 *
 * <p>Every call is a signed GET (see {@link ApiCall} for the checksum) answered with XML.
 * Thread-safe; share one instance per configuration.
 */
public final class BigBlueButtonClient {

  /** Answers larger than this are refused; a getRecordings answer is typically a few kilobytes. */
  static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

  private final BigBlueButtonConfig config;
  private final HttpClient http;

  public BigBlueButtonClient(BigBlueButtonConfig config) {
    this(
        config,
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  /** With a caller's HTTP client, e.g. one with a proxy; the request timeout still applies. */
  public BigBlueButtonClient(BigBlueButtonConfig config, HttpClient http) {
    this.config = Objects.requireNonNull(config, "config");
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * Creates the meeting, or confirms it exists: {@code create} is idempotent for the same
   * parameters, so it is safe to call before every join.
   *
   * @throws BigBlueButtonFailedException e.g. {@code idNotUnique} when a meeting with that ID but
   *     different parameters is running
   */
  public MeetingCreated create(CreateMeeting meeting) {
    XmlElement answer = call(meeting.toCall());
    return Answers.created(answer, meeting.meetingId());
  }

  /**
   * The signed URL that enters a person into a meeting. Hand it to their browser; it is valid for
   * anybody who has it, so send it only to that person, and only when they may join.
   */
  public URI joinUrl(JoinRequest join) {
    return join.toCall().uri(config);
  }

  /**
   * Ends a meeting and sends everybody out.
   *
   * @return {@code false} if the server knows no such meeting (never started or already ended)
   */
  public boolean end(String meetingId) {
    ApiCall call = new ApiCall("end").param("meetingID", CreateMeeting.requireMeetingId(meetingId));
    try {
      call(call);
      return true;
    } catch (BigBlueButtonFailedException e) {
      if (Answers.NOT_FOUND.equals(e.messageKey())) {
        return false;
      }
      throw e;
    }
  }

  /**
   * The meeting as the server knows it now.
   *
   * @return empty if the server knows no such meeting: not created yet, expired before anybody
   *     joined, or ended (an ended meeting is forgotten within a minute or two)
   */
  public Optional<MeetingInfo> getMeetingInfo(String meetingId) {
    ApiCall call =
        new ApiCall("getMeetingInfo").param("meetingID", CreateMeeting.requireMeetingId(meetingId));
    try {
      return Optional.of(Answers.meetingInfo(call(call), call.name()));
    } catch (BigBlueButtonFailedException e) {
      if (Answers.NOT_FOUND.equals(e.messageKey())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The meeting's recordings, in every state; empty while none is processed. */
  public List<Recording> getRecordings(String meetingId) {
    ApiCall call =
        new ApiCall("getRecordings").param("meetingID", CreateMeeting.requireMeetingId(meetingId));
    return Answers.recordings(call(call), call.name());
  }

  /** Sends a call and returns its {@code <response>} if the return code is SUCCESS. */
  private XmlElement call(ApiCall call) {
    URI uri = call.uri(config);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(config.requestTimeout())
            .header("Accept", "application/xml, text/xml")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    byte[] body;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        body = in.readNBytes(MAX_ANSWER_BYTES + 1);
      }
    } catch (HttpTimeoutException e) {
      throw new BigBlueButtonTimeoutException(
          call.name(),
          "no answer from " + config.serverUrl().getHost() + " within " + config.requestTimeout(),
          e);
    } catch (ConnectException | UnresolvedAddressException e) {
      throw new BigBlueButtonUnreachableException(
          call.name(), "cannot connect to " + config.serverUrl().getHost() + ": " + e, e);
    } catch (IOException e) {
      throw new BigBlueButtonUnreachableException(
          call.name(), "the connection to " + config.serverUrl().getHost() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BigBlueButtonUnreachableException(call.name(), "interrupted while waiting", e);
    }
    if (response.statusCode() != 200) {
      throw new BigBlueButtonHttpException(call.name(), response.statusCode());
    }
    if (body.length > MAX_ANSWER_BYTES) {
      throw new BigBlueButtonMalformedResponseException(
          call.name(), "the answer is larger than " + MAX_ANSWER_BYTES + " bytes", null);
    }
    return Answers.successful(body, call.name());
  }
}
