package ru.shibc.academy.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.webinar.ParticipationSpan.Range;

class ParticipationSpanTest {

  private static final ZoneId DISTRICT = ZoneId.of("Asia/Yekaterinburg");
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private static ParticipationSpan span(String from, String to) {
    return ParticipationSpan.of(LocalDate.parse(from), LocalDate.parse(to), DISTRICT, NOW);
  }

  private static Instant midnight(String day) {
    return LocalDate.parse(day).atStartOfDay(DISTRICT).toInstant();
  }

  @Test
  void theLastTwelveMonthsAreElevenWholeMonthsAndTheCurrentMonthFromTheEvidence() {
    ParticipationSpan s = span("2025-12-01", "2026-11-26");
    assertEquals(LocalDate.parse("2025-12-01"), s.wholeFrom());
    assertEquals(LocalDate.parse("2026-11-01"), s.wholeUntil());
    assertEquals(List.of(new Range(midnight("2026-11-01"), midnight("2026-11-27"))), s.evidence());
    assertFalse(s.longWholeMonths());
  }

  @Test
  void aFirstMonthThePeriodOnlyPartlyCoversIsReadFromTheEvidence() {
    ParticipationSpan s = span("2025-12-15", "2026-11-26");
    assertEquals(LocalDate.parse("2026-01-01"), s.wholeFrom());
    assertEquals(List.of(new Range(midnight("2025-12-15"), midnight("2026-01-01")),
        new Range(midnight("2026-11-01"), midnight("2026-11-27"))), s.evidence());
  }

  @Test
  void aPastPeriodEndingOnAMonthsLastDayIsWholeMonthsOnly() {
    ParticipationSpan s = span("2020-01-01", "2020-06-30");
    assertEquals(LocalDate.parse("2020-07-01"), s.wholeUntil());
    assertTrue(s.evidence().isEmpty());
    ParticipationSpan partly = span("2020-01-01", "2020-06-15");
    assertEquals(LocalDate.parse("2020-06-01"), partly.wholeUntil());
    assertEquals(List.of(new Range(midnight("2020-06-01"), midnight("2020-06-16"))), partly.evidence());
  }

  @Test
  void aPeriodReachingIntoTheFutureHasNoWholeMonthThatIsNotOver() {
    ParticipationSpan s = span("2026-01-01", "2027-12-31");
    assertEquals(LocalDate.parse("2026-11-01"), s.wholeUntil());
    assertEquals(List.of(new Range(midnight("2026-11-01"), midnight("2028-01-01"))), s.evidence());
  }

  @Test
  void aPeriodWithoutAWholeMonthIsAllEvidence() {
    ParticipationSpan s = span("2026-11-01", "2026-11-26");
    assertFalse(s.hasWholeMonths());
    assertNull(s.wholeFrom());
    assertEquals(List.of(new Range(midnight("2026-11-01"), midnight("2026-11-27"))), s.evidence());
    assertFalse(span("2026-02-03", "2026-02-27").hasWholeMonths());
  }

  @Test
  void periodsFromBeforeYekaterinburgKeptItsOffsetAreCountedFromTheEvidence() {
    // UTC+6 until 02:00 on 26 October 2014, UTC+5 since: the summary's months are at UTC+5
    assertFalse(span("2014-01-01", "2016-12-31").hasWholeMonths());
    assertFalse(span("2014-10-26", "2016-12-31").hasWholeMonths(), "its midnight was still UTC+6");
    assertTrue(span("2014-10-27", "2016-12-31").hasWholeMonths());
    assertFalse(ParticipationSpan.of(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"), ZoneId.of("Europe/Moscow"), NOW)
        .hasWholeMonths(), "another zone's months are not the summary's");
  }

  @Test
  void threeYearsOfWholeMonthsAreLong() {
    assertTrue(span("2023-11-01", "2026-11-26").longWholeMonths(), "36 whole months");
    assertFalse(span("2023-12-01", "2026-11-26").longWholeMonths(), "35 whole months");
  }

  @Test
  void aWebinarBelongsToTheDistrictMonthOfItsStart() {
    assertEquals(LocalDate.parse("2016-04-01"), WebinarParticipation.month(Instant.parse("2016-03-31T19:00:00Z")));
    assertEquals(LocalDate.parse("2016-03-01"), WebinarParticipation.month(Instant.parse("2016-03-31T18:59:59Z")));
  }
}
