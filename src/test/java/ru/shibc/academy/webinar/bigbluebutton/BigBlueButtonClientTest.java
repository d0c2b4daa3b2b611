package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BigBlueButtonClientTest {

  private static final HttpClient BROWSER =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private BigBlueButtonDouble bbb;
  private BigBlueButtonClient client;

  @BeforeEach
  void start() throws IOException {
    bbb = BigBlueButtonDouble.start("639259d4-9dd8-4b25-bf01-95f9567eaf4b");
    client = new BigBlueButtonClient(BigBlueButtonConfig.of(bbb.serverUrl(), bbb.secret()));
  }

  @AfterEach
  void stop() {
    bbb.close();
  }

  @ParameterizedTest
  @EnumSource(ChecksumAlgorithm.class)
  void everyChecksumAlgorithmIsAcceptedByAServerThatSupportsIt(ChecksumAlgorithm algorithm) {
    BigBlueButtonClient signing =
        new BigBlueButtonClient(
            BigBlueButtonConfig.of(bbb.serverUrl(), bbb.secret()).withChecksumAlgorithm(algorithm));

    MeetingCreated created = signing.create(CreateMeeting.of("webinar-1", "Вебинар №1"));

    assertEquals("webinar-1", created.meetingId());
    assertTrue(bbb.requests().get(0).checksumAccepted());
  }

  @Test
  void createsAMeetingAndSeesItByGetMeetingInfo() {
    MeetingCreated created =
        client.create(
            CreateMeeting.of("webinar-7", "Школьный ИБЦ: каталогизация & поиск")
                .withWelcome("Добро пожаловать, коллеги!")
                .withMeta("bbb-origin", "shibc-academy"));

    MeetingInfo info = client.getMeetingInfo("webinar-7").orElseThrow();

    assertFalse(created.alreadyExisted());
    assertEquals(created.internalMeetingId(), info.internalMeetingId());
    assertEquals(created.createTime(), info.createTime());
    assertEquals("Школьный ИБЦ: каталогизация & поиск", info.meetingName());
    assertFalse(info.running());
    assertEquals(0, info.participantCount());
    assertEquals("shibc-academy", info.metadata().get("bbb-origin"));
  }

  @Test
  void createIsIdempotent() {
    client.create(CreateMeeting.of("webinar-7", "Вебинар"));

    assertTrue(client.create(CreateMeeting.of("webinar-7", "Вебинар")).alreadyExisted());
  }

  @Test
  void aConflictingCreateIsAFailedAnswerWithItsKey() {
    client.create(CreateMeeting.of("webinar-7", "Вебинар"));

    BigBlueButtonFailedException failure =
        assertThrows(
            BigBlueButtonFailedException.class,
            () -> client.create(CreateMeeting.of("webinar-7", "Другой вебинар")));
    assertEquals("idNotUnique", failure.messageKey());
    assertEquals("create", failure.call());
  }

  @Test
  void followingJoinUrlsPutsPeopleIntoTheMeetingWithTheirRoles() throws Exception {
    MeetingCreated created = client.create(CreateMeeting.of("webinar-7", "Вебинар"));

    URI moderator =
        client.joinUrl(
            JoinRequest.as(Role.MODERATOR, "webinar-7", "Мария Методистова")
                .withUserId("person-1")
                .withCreateTime(created.createTime()));
    URI viewer =
        client.joinUrl(
            JoinRequest.as(Role.VIEWER, "webinar-7", "Анна Библиотекарева").withUserId("person-2"));

    assertEquals(302, open(moderator).statusCode());
    assertEquals(302, open(viewer).statusCode());
    MeetingInfo info = client.getMeetingInfo("webinar-7").orElseThrow();
    assertTrue(info.running());
    assertEquals(2, info.participantCount());
    assertEquals(1, info.moderatorCount());
    assertEquals(
        List.of(
            new Attendee(
                java.util.Optional.of("person-1"), "Мария Методистова", Role.MODERATOR, true),
            new Attendee(
                java.util.Optional.of("person-2"), "Анна Библиотекарева", Role.VIEWER, false)),
        info.attendees());
  }

  @Test
  void aJoinUrlForAnEarlierSessionIsRefusedByCreateTime() throws Exception {
    client.create(CreateMeeting.of("webinar-7", "Вебинар"));
    URI stale =
        client.joinUrl(
            JoinRequest.as(Role.VIEWER, "webinar-7", "Анна")
                .withCreateTime(java.time.Instant.ofEpochMilli(1))
                .withRedirect(false));

    HttpResponse<String> answer = open(stale);

    assertTrue(answer.body().contains("mismatchCreateTimeParam"), answer.body());
  }

  @Test
  void joiningByTheDeprecatedPasswordStillWorks() throws Exception {
    MeetingCreated created =
        client.create(CreateMeeting.of("webinar-7", "Вебинар").withPasswords("ap-123", "mp-456"));

    URI url =
        client.joinUrl(JoinRequest.withPassword(created.attendeePassword(), "webinar-7", "Анна"));

    assertEquals(302, open(url).statusCode());
    assertEquals(
        Role.VIEWER, client.getMeetingInfo("webinar-7").orElseThrow().attendees().get(0).role());
  }

  @Test
  void endingAMeetingMakesItUnknownAndEndingAgainSaysSo() {
    client.create(CreateMeeting.of("webinar-7", "Вебинар"));

    assertTrue(client.end("webinar-7"));

    assertTrue(client.getMeetingInfo("webinar-7").isEmpty());
    assertFalse(client.end("webinar-7"));
  }

  @Test
  void aRecordedMeetingHasARecordingWithAPlaybackLinkAfterItEnds() {
    client.create(CreateMeeting.of("webinar-7", "Вебинар").withRecording(true));
    assertEquals(List.of(), client.getRecordings("webinar-7"));
    bbb.join("webinar-7", "person-1", "Мария", "MODERATOR");

    client.end("webinar-7");

    List<Recording> recordings = client.getRecordings("webinar-7");
    assertEquals(1, recordings.size());
    Recording recording = recordings.get(0);
    assertEquals("webinar-7", recording.meetingId());
    assertTrue(recording.published());
    assertEquals("published", recording.state());
    assertEquals(1, recording.participants());
    assertTrue(recording.endTime().isPresent());
    Playback playback = recording.mainPlayback().orElseThrow();
    assertEquals("presentation", playback.type());
    assertTrue(playback.url().toString().contains(recording.recordId()), playback.url().toString());
  }

  @Test
  void aWrongSecretIsAChecksumError() {
    BigBlueButtonClient wrong =
        new BigBlueButtonClient(BigBlueButtonConfig.of(bbb.serverUrl(), "not-the-secret"));

    BigBlueButtonFailedException failure =
        assertThrows(
            BigBlueButtonFailedException.class,
            () -> wrong.create(CreateMeeting.of("webinar-7", "Вебинар")));

    assertTrue(failure.isChecksumError());
    assertFalse(bbb.knowsMeeting("webinar-7"));
  }

  @Test
  void anOldServerRefusesAnAlgorithmItDoesNotSupport() throws IOException {
    try (BigBlueButtonDouble old = BigBlueButtonDouble.start("secret", "SHA-1", "SHA-256")) {
      BigBlueButtonConfig config = BigBlueButtonConfig.of(old.serverUrl(), old.secret());

      assertThrows(
          BigBlueButtonFailedException.class,
          () ->
              new BigBlueButtonClient(config.withChecksumAlgorithm(ChecksumAlgorithm.SHA512))
                  .create(CreateMeeting.of("webinar-7", "Вебинар")));
      new BigBlueButtonClient(config.withChecksumAlgorithm(ChecksumAlgorithm.SHA1))
          .create(CreateMeeting.of("webinar-7", "Вебинар"));
      assertTrue(old.knowsMeeting("webinar-7"));
    }
  }

  @Test
  void aTamperedJoinUrlIsRefused() throws Exception {
    client.create(CreateMeeting.of("webinar-7", "Вебинар"));
    URI url = client.joinUrl(JoinRequest.as(Role.VIEWER, "webinar-7", "Анна").withRedirect(false));

    URI promoted = URI.create(url.toString().replace("role=VIEWER", "role=MODERATOR"));

    assertTrue(open(promoted).body().contains("checksumError"));
    assertEquals(0, client.getMeetingInfo("webinar-7").orElseThrow().participantCount());
  }

  private static HttpResponse<String> open(URI url) throws IOException, InterruptedException {
    return BROWSER.send(
        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
