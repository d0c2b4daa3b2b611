package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiCallTest {

  /** API reference, "API Security Model / Usage": the worked example, step by step. */
  @Test
  void reproducesTheDocumentedSha1Example() {
    ApiCall call =
        new ApiCall("create")
            .param("name", "Test Meeting")
            .param("meetingID", "abc123")
            .param("attendeePW", "111222")
            .param("moderatorPW", "333444");

    assertEquals(
        "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444",
        call.queryString());
    assertEquals(
        "1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17",
        ApiCall.checksum(
            ChecksumAlgorithm.SHA1,
            "create",
            call.queryString(),
            "639259d4-9dd8-4b25-bf01-95f9567eaf4b"));
  }

  /**
   * bbbserver.com's API guide, "Checksum & Authentication", gives SHA-1 and SHA-256 of one call.
   */
  @Test
  void reproducesAPublishedSha256Example() {
    String query =
        "name=Demo&meetingID=replace-with-meeting-id&attendeePW=replace-with-password"
            + "&moderatorPW=replace-with-password";

    assertEquals(
        "7e5a0a48f1542462e56ca034dc83d741bff1deb5feab0cd9ef74fa6e009fe1fd",
        ApiCall.checksum(ChecksumAlgorithm.SHA256, "create", query, "replace-with-secret"));
    assertEquals(
        "7030bd96ede6a7ac41da848fe3bfc562e52a5914",
        ApiCall.checksum(ChecksumAlgorithm.SHA1, "create", query, "replace-with-secret"));
  }

  @Test
  void eachAlgorithmHasTheLengthTheServerRecognisesItBy() {
    for (ChecksumAlgorithm algorithm : ChecksumAlgorithm.values()) {
      assertEquals(algorithm.hexLength(), algorithm.hex("x").length());
      assertEquals(algorithm, ChecksumAlgorithm.forHexLength(algorithm.hexLength()).orElseThrow());
    }
    assertEquals(
        java.util.List.of(40, 64, 96, 128),
        java.util.Arrays.stream(ChecksumAlgorithm.values())
            .map(ChecksumAlgorithm::hexLength)
            .toList());
  }

  @Test
  void encodesSpacesAsPlusAndEverythingElseAsUpperCaseUtf8() {
    ApiCall call =
        new ApiCall("join")
            .param("fullName", "Анна Петрова")
            .param("meetingID", "a&b=c/d~e*f.g-h_i")
            .param("absent", null);

    assertEquals(
        "fullName=%D0%90%D0%BD%D0%BD%D0%B0+%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2%D0%B0"
            + "&meetingID=a%26b%3Dc%2Fd%7Ee*f.g-h_i",
        call.queryString());
  }

  @Test
  void signsTheQueryStringExactlyAsItIsSent() {
    BigBlueButtonConfig config =
        BigBlueButtonConfig.of(URI.create("https://bbb.example.ru/bigbluebutton/"), "secret")
            .withChecksumAlgorithm(ChecksumAlgorithm.SHA1);
    ApiCall call = new ApiCall("getMeetingInfo").param("meetingID", "webinar 1");

    URI uri = call.uri(config);

    String expected = ChecksumAlgorithm.SHA1.hex("getMeetingInfomeetingID=webinar+1secret");
    assertEquals(
        "https://bbb.example.ru/bigbluebutton/api/getMeetingInfo?meetingID=webinar+1&checksum="
            + expected,
        uri.toString());
  }

  @Test
  void aCallWithoutParametersCarriesOnlyTheChecksum() {
    BigBlueButtonConfig config =
        BigBlueButtonConfig.of(URI.create("https://bbb.example.ru/bigbluebutton"), "s");

    assertEquals(
        "https://bbb.example.ru/bigbluebutton/api/getMeetings?checksum="
            + ChecksumAlgorithm.SHA256.hex("getMeetingss"),
        new ApiCall("getMeetings").uri(config).toString());
  }
}
