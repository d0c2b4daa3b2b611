package ru.shibc.academy.webinar.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.platform.api.AcademyException;

class SlotSeriesTest {

  private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

  @Test
  void aSeriesIsTheSameLocalTimeEveryWeek() {
    List<TimeSpan> spans = SlotSeries.expand(TUESDAY, LocalTime.of(15, 0), LocalTime.of(15, 30), YEKATERINBURG, 4);

    assertEquals(4, spans.size());
    assertEquals(Instant.parse("2026-12-01T10:00:00Z"), spans.get(0).start());
    assertEquals(Instant.parse("2026-12-01T10:30:00Z"), spans.get(0).end());
    assertEquals(Instant.parse("2026-12-22T10:00:00Z"), spans.get(3).start());
  }

  @Test
  void localTimesAreReadInTheViewersZone() {
    TimeSpan moscow = SlotSeries.expand(TUESDAY, LocalTime.of(15, 0), LocalTime.of(15, 30), MOSCOW, 1).get(0);
    assertEquals(Instant.parse("2026-12-01T12:00:00Z"), moscow.start());
  }

  @Test
  void anEndBeforeTheStartATooShortOrTooLongSlotAndTooManyWeeksAreRefused() {
    assertKey("consultation.slot.endBeforeStart",
        () -> SlotSeries.expand(TUESDAY, LocalTime.of(15, 0), LocalTime.of(14, 0), YEKATERINBURG, 1));
    assertKey("consultation.slot.endBeforeStart",
        () -> SlotSeries.expand(TUESDAY, LocalTime.of(15, 0), LocalTime.of(15, 0), YEKATERINBURG, 1));
    assertKey("consultation.slot.length",
        () -> SlotSeries.expand(TUESDAY, LocalTime.of(15, 0), LocalTime.of(15, 5), YEKATERINBURG, 1));
    assertKey("consultation.slot.length",
        () -> SlotSeries.expand(TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 30), YEKATERINBURG, 1));
    assertKey("consultation.slot.weeks",
        () -> SlotSeries.expand(TUESDAY, LocalTime.of(15, 0), LocalTime.of(15, 30), YEKATERINBURG, 13));
    assertKey("consultation.slot.weeks",
        () -> SlotSeries.expand(TUESDAY, LocalTime.of(15, 0), LocalTime.of(15, 30), YEKATERINBURG, 0));
  }

  @Test
  void aSlotThatStartedOrStartsNowIsInThePast() {
    List<TimeSpan> spans = SlotSeries.expand(TUESDAY, LocalTime.of(15, 0), LocalTime.of(15, 30), YEKATERINBURG, 2);
    assertKey("consultation.slot.past", () -> SlotSeries.requireFuture(spans, Instant.parse("2026-12-01T10:00:00Z")));
    SlotSeries.requireFuture(spans, Instant.parse("2026-12-01T09:59:59Z"));
  }

  @Test
  void overlapsAreHalfOpen() {
    TimeSpan a = span("10:00", "10:30");
    assertTrue(a.overlaps(span("10:29", "11:00")));
    assertTrue(a.overlaps(span("09:00", "12:00")));
    assertTrue(span("09:00", "12:00").overlaps(a));
    assertFalse(a.overlaps(span("10:30", "11:00")), "back to back is fine");
    assertFalse(a.overlaps(span("09:30", "10:00")));
  }

  @Test
  void theFirstOverlappingSlotOfASeriesIsFound() {
    List<TimeSpan> wanted = SlotSeries.expand(TUESDAY, LocalTime.of(15, 0), LocalTime.of(15, 30), YEKATERINBURG, 3);
    TimeSpan existing =
        new TimeSpan(Instant.parse("2026-12-08T10:15:00Z"), Instant.parse("2026-12-08T10:45:00Z"));
    assertEquals(wanted.get(1), SlotSeries.firstOverlap(wanted, List.of(existing)).orElseThrow());
    assertTrue(SlotSeries.firstOverlap(wanted, List.of(span("11:00", "12:00"))).isEmpty());
  }

  private static TimeSpan span(String from, String to) {
    return new TimeSpan(Instant.parse("2026-12-01T" + from + ":00Z"), Instant.parse("2026-12-01T" + to + ":00Z"));
  }

  private static void assertKey(String key, Runnable call) {
    AcademyException e = assertThrows(AcademyException.class, call::run);
    assertEquals(key, e.messageKey());
    assertEquals(AcademyException.Kind.UNPROCESSABLE, e.kind());
  }
}
