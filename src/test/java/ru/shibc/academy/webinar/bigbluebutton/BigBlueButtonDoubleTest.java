package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The double is only worth its name if it refuses what BigBlueButton refuses. */
class BigBlueButtonDoubleTest {

  private BigBlueButtonDouble bbb;

  @BeforeEach
  void start() throws IOException {
    bbb = BigBlueButtonDouble.start("639259d4-9dd8-4b25-bf01-95f9567eaf4b");
  }

  @AfterEach
  void stop() {
    bbb.close();
  }

  @Test
  void acceptsTheDocumentedExampleRequest() throws Exception {
    String body =
        get(
            "create?name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444"
                + "&checksum=1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17");

    assertTrue(body.contains("<returncode>SUCCESS</returncode>"), body);
  }

  @Test
  void refusesAChecksumMadeForAnotherCall() throws Exception {
    String body =
        get(
            "join?name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444"
                + "&checksum=1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17");

    assertTrue(body.contains("checksumError"), body);
  }

  @Test
  void refusesARequestWithoutChecksum() throws Exception {
    assertTrue(get("getMeetingInfo?meetingID=abc123").contains("checksumError"));
  }

  @Test
  void refusesASpaceEncodedAsPercent20EvenWhenSignedThatWay() throws Exception {
    String query = "name=Test%20Meeting&meetingID=abc123";
    String checksum =
        ChecksumAlgorithm.SHA1.hex("create" + query + "639259d4-9dd8-4b25-bf01-95f9567eaf4b");

    String body = get("create?" + query + "&checksum=" + checksum);

    assertTrue(body.contains("checksumError"), body);
    assertFalse(bbb.knowsMeeting("abc123"));
  }

  @Test
  void refusesAnUpperCaseChecksum() throws Exception {
    String body =
        get(
            "create?name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444"
                + "&checksum=1FCBB0C4FC1F039F73AA6D697D2DB9BA7F803F17");

    assertTrue(body.contains("checksumError"), body);
  }

  private String get(String pathAndQuery) throws IOException, InterruptedException {
    URI uri = bbb.serverUrl().resolve("api/" + pathAndQuery);
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
