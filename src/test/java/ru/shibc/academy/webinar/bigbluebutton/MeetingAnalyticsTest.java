package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingAnalyticsTest {

  /** Shaped like the bodies post_events_analytics_callback.rb sends (older time format). */
  private static final String BODY =
      """
      {
        "version": "1.0",
        "meeting_id": "webinar-42",
        "internal_meeting_id": "183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1691427974000",
        "data": {
          "metadata": {"meeting_name": "Вебинар", "analytics_callback_url": "hidden"},
          "duration": 1665,
          "start": "2023-08-07 14:06:14 -0300",
          "finish": "2023-08-07 14:33:59 -0300",
          "attendees": [
            {
              "ext_user_id": 45,
              "name": "Мария Методистова",
              "moderator": true,
              "joins": ["2023-08-07 14:06:17 -0300"],
              "leaves": ["2023-08-07 14:32:59 -0300"],
              "duration": 1602,
              "recent_talking_time": "",
              "engagement": {"chats": 9, "talks": 8, "raisehand": 0, "emojis": 0,
                             "poll_votes": 0, "talk_time": 26}
            },
            {
              "ext_user_id": "person-2",
              "name": "Анна Библиотекарева",
              "moderator": false,
              "joins": ["2023-08-07 14:10:00 -0300", "2023-08-07 14:20:00 -0300"],
              "leaves": ["2023-08-07 14:15:30 -0300", "2023-08-07 14:25:00 -0300"],
              "duration": 630
            },
            {
              "name": "Гость",
              "moderator": false,
              "joins": ["2023-08-07T17:30:00.000+00:00"],
              "leaves": []
            }
          ],
          "files": ["default.pdf"],
          "polls": []
        }
      }
      """;

  @Test
  void readsWhoAttendedAndForHowLong() {
    MeetingAnalytics analytics = MeetingAnalytics.parse(BODY);

    assertEquals("webinar-42", analytics.meetingId());
    assertEquals(
        "183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1691427974000", analytics.internalMeetingId());
    assertEquals(Optional.of(Instant.parse("2023-08-07T17:06:14Z")), analytics.start());
    assertEquals(Optional.of(Instant.parse("2023-08-07T17:33:59Z")), analytics.finish());

    AttendeeAttendance moderator = analytics.attendees().get(0);
    assertEquals(Optional.of("45"), moderator.externalUserId());
    assertTrue(moderator.moderator());
    assertEquals(Duration.ofSeconds(1602), moderator.attended());
    assertEquals(26, moderator.minutesAttended());
    assertEquals(Optional.of(Instant.parse("2023-08-07T17:06:17Z")), moderator.firstJoined());
  }

  @Test
  void leavingAndComingBackLeavesAGapThatDoesNotCount() {
    AttendeeAttendance librarian = MeetingAnalytics.parse(BODY).attendees().get(1);

    assertEquals(
        List.of(
            new Presence(
                Instant.parse("2023-08-07T17:10:00Z"), Instant.parse("2023-08-07T17:15:30Z")),
            new Presence(
                Instant.parse("2023-08-07T17:20:00Z"), Instant.parse("2023-08-07T17:25:00Z"))),
        librarian.presences());
    assertEquals(Duration.ofSeconds(630), librarian.attended());
    assertEquals(10, librarian.minutesAttended());
  }

  @Test
  void someoneStillInTheMeetingAtTheEndStaysUntilTheFinish() {
    AttendeeAttendance guest = MeetingAnalytics.parse(BODY).attendees().get(2);

    assertEquals(Optional.empty(), guest.externalUserId());
    assertEquals(Duration.ofMinutes(3).plusSeconds(59), guest.attended());
    assertEquals(Optional.of(Instant.parse("2023-08-07T17:33:59Z")), guest.lastLeft());
  }

  @Test
  void twoTabsAtOnceCountOnce() {
    Instant t = Instant.parse("2025-03-10T10:00:00Z");

    List<Presence> presences =
        MeetingAnalytics.presences(
            List.of(t, t.plusSeconds(60)),
            List.of(t.plusSeconds(600), t.plusSeconds(1200)),
            Optional.empty());

    assertEquals(List.of(new Presence(t, t.plusSeconds(1200))), presences);
  }

  @Test
  void aLeaveWithoutAJoinIsIgnoredAndAnOpenJoinWithoutFinishCountsNothing() {
    Instant t = Instant.parse("2025-03-10T10:00:00Z");

    assertEquals(
        List.of(new Presence(t.plusSeconds(10), t.plusSeconds(70))),
        MeetingAnalytics.presences(
            List.of(t.plusSeconds(10)), List.of(t, t.plusSeconds(70)), Optional.empty()));
    assertEquals(List.of(), MeetingAnalytics.presences(List.of(t), List.of(), Optional.empty()));
  }

  @Test
  void rejoiningInTheSameSecondIsNoGap() {
    Instant t = Instant.parse("2025-03-10T10:00:00Z");

    assertEquals(
        List.of(new Presence(t, t.plusSeconds(120))),
        MeetingAnalytics.presences(
            List.of(t, t.plusSeconds(60)),
            List.of(t.plusSeconds(60), t.plusSeconds(120)),
            Optional.empty()));
  }

  @Test
  void refusesWhatIsNotTheAnalyticsBody() {
    for (String body :
        List.of(
            "",
            "[]",
            "{\"meeting_id\":\"w\"}",
            "{\"meeting_id\":\"w\",\"internal_meeting_id\":\"i\",\"data\":{\"attendees\":[1]}}",
            "{\"meeting_id\":\"w\",\"internal_meeting_id\":\"i\",\"data\":{\"start\":\"yesterday\"}}")) {
      CallbackRejectedException rejected =
          assertThrows(CallbackRejectedException.class, () -> MeetingAnalytics.parse(body), body);
      assertEquals(CallbackRejectedException.Reason.MALFORMED, rejected.reason());
    }
  }
}
