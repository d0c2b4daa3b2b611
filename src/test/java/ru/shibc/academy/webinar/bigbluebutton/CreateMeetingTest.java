package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CreateMeetingTest {

  @Test
  void sendsTheDocumentedParametersWithMetaNamesPrefixed() {
    CreateMeeting meeting =
        CreateMeeting.of("webinar-42", "ШИБЦ: первые шаги")
            .withWelcome("Добро пожаловать")
            .withDuration(Duration.ofMinutes(89).plusSeconds(1))
            .withRecording(true)
            .withMeta("bbb-origin", "shibc-academy")
            .withEndCallback(URI.create("https://academy.example.ru/api/bbb/ended?x=1"))
            .withAnalyticsCallback(URI.create("https://academy.example.ru/api/bbb/analytics"));

    String query = meeting.toCall().queryString();

    assertTrue(query.startsWith("name=%D0%A8%D0%98%D0%91%D0%A6%3A+"), query);
    assertTrue(query.contains("&meetingID=webinar-42&"), query);
    assertTrue(query.contains("&duration=90&record=true&meetingKeepEvents=true&"), query);
    assertTrue(query.contains("&meta_bbb-origin=shibc-academy&"), query);
    assertTrue(
        query.contains(
            "&meta_endCallbackUrl=https%3A%2F%2Facademy.example.ru%2Fapi%2Fbbb%2Fended%3Fx%3D1&"),
        query);
    assertTrue(
        query.endsWith(
            "&meta_analytics-callback-url=https%3A%2F%2Facademy.example.ru%2Fapi%2Fbbb%2Fanalytics"),
        query);
  }

  @Test
  void leavesOutWhatWasNotAskedFor() {
    assertEquals(
        "name=Webinar&meetingID=w1&record=false",
        CreateMeeting.of("w1", "Webinar").toCall().queryString());
  }

  @Test
  void refusesIdsAndNamesTheServerWouldRefuse() {
    assertThrows(IllegalArgumentException.class, () -> CreateMeeting.of("a,b", "Webinar"));
    assertThrows(IllegalArgumentException.class, () -> CreateMeeting.of("x", "Webinar"));
    assertThrows(IllegalArgumentException.class, () -> CreateMeeting.of("w1", "Я"));
    assertThrows(IllegalArgumentException.class, () -> CreateMeeting.of("w1", "Я".repeat(65)));
    assertThrows(
        IllegalArgumentException.class,
        () -> CreateMeeting.of("w1", "Webinar").withMeta("bad name", "v"));
    assertThrows(
        IllegalArgumentException.class,
        () -> CreateMeeting.of("w1", "Webinar").withDuration(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> CreateMeeting.of("w1", "Webinar").withEndCallback(URI.create("/relative")));
  }

  @Test
  void aJoinNeedsARoleOrAPasswordButNotBoth() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new JoinRequest("w1", "Анна", Role.VIEWER, "ap", null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new JoinRequest("w1", "Анна", null, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> JoinRequest.as(Role.VIEWER, "w1", " "));
  }
}
