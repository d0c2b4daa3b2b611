package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonDouble.Misbehaviour;

class BigBlueButtonFailuresTest {

  private BigBlueButtonDouble bbb;
  private BigBlueButtonClient client;

  @BeforeEach
  void start() throws IOException {
    bbb = BigBlueButtonDouble.start(BigBlueButtonDouble.DEFAULT_SECRET);
    client = new BigBlueButtonClient(BigBlueButtonConfig.of(bbb.serverUrl(), bbb.secret()));
  }

  @AfterEach
  void stop() {
    bbb.close();
  }

  @Test
  void aFailedAnswerCarriesTheServersKeyAndMessage() {
    bbb.failWith("maxConcurrent", "The maximum number of meetings has been reached.");

    BigBlueButtonFailedException failure =
        assertThrows(
            BigBlueButtonFailedException.class,
            () -> client.create(CreateMeeting.of("webinar-1", "Вебинар")));

    assertEquals("maxConcurrent", failure.messageKey());
    assertEquals("The maximum number of meetings has been reached.", failure.serverMessage());
    assertFalse(failure.isChecksumError());
  }

  @Test
  void aFailureOtherThanNotFoundIsNotMistakenForAnEndedMeeting() {
    bbb.failWith("internalError", "Oops");

    assertThrows(BigBlueButtonFailedException.class, () -> client.getMeetingInfo("webinar-1"));
    assertThrows(BigBlueButtonFailedException.class, () -> client.end("webinar-1"));
  }

  @Test
  void anHttpErrorIsReportedWithItsStatus() {
    bbb.misbehave(Misbehaviour.HTTP_500);

    BigBlueButtonHttpException failure =
        assertThrows(BigBlueButtonHttpException.class, () -> client.getMeetingInfo("webinar-1"));

    assertEquals(500, failure.status());
  }

  @Test
  void malformedXmlIsReportedAsSuch() {
    bbb.misbehave(Misbehaviour.MALFORMED_XML);

    assertThrows(
        BigBlueButtonMalformedResponseException.class,
        () -> client.create(CreateMeeting.of("webinar-1", "Вебинар")));
  }

  @Test
  void aDoctypeIsRefusedAndNoEntityIsExpanded() {
    bbb.misbehave(Misbehaviour.DOCTYPE);

    BigBlueButtonMalformedResponseException failure =
        assertThrows(
            BigBlueButtonMalformedResponseException.class,
            () -> client.getMeetingInfo("webinar-1"));

    assertTrue(failure.getMessage().contains("DOCTYPE"), failure.getMessage());
  }

  @Test
  void aServerThatDoesNotAnswerTimesOut() {
    bbb.misbehave(Misbehaviour.HANG);
    BigBlueButtonClient impatient =
        new BigBlueButtonClient(
            BigBlueButtonConfig.of(bbb.serverUrl(), bbb.secret())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400)));

    BigBlueButtonTimeoutException failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                assertThrows(
                    BigBlueButtonTimeoutException.class,
                    () -> impatient.getMeetingInfo("webinar-1")));

    assertTrue(failure.getMessage().contains("PT0.4S"), failure.getMessage());
  }

  @Test
  void aServerThatIsNotThereIsUnreachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    BigBlueButtonClient nowhere =
        new BigBlueButtonClient(
            BigBlueButtonConfig.of(
                URI.create("http://127.0.0.1:" + closedPort + "/bigbluebutton/"), "secret"));

    assertThrows(BigBlueButtonUnreachableException.class, () -> nowhere.end("webinar-1"));
  }

  @Test
  void anAnswerThatIsNotABigBlueButtonResponseIsMalformed() {
    byte[] html = "<html><body>Welcome to nginx!</body></html>".getBytes();

    assertThrows(
        BigBlueButtonMalformedResponseException.class, () -> Answers.successful(html, "create"));
  }

  @Test
  void aSuccessfulAnswerWithoutWhatTheCallReturnsIsMalformed() {
    byte[] bare = "<response><returncode>SUCCESS</returncode></response>".getBytes();

    assertThrows(
        BigBlueButtonMalformedResponseException.class,
        () -> Answers.created(Answers.successful(bare, "create"), "webinar-1"));
  }
}
