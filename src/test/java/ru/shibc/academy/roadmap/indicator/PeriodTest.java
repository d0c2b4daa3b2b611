package ru.shibc.academy.roadmap.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.platform.api.AcademyException;

class PeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void quartersHaveTheirCalendarDays() {
    assertEquals(new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31)), Period.quarter(2020, 1));
    assertEquals(new Period(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30)), Period.quarter(2020, 2));
    assertEquals(new Period(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 30)), Period.quarter(2020, 3));
    assertEquals(new Period(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 12, 31)), Period.quarter(2020, 4));
    assertTrue(Period.quarter(2021, 3).isQuarter());
    assertFalse(Period.year(2021).isQuarter());
  }

  @Test
  void aQuarterOutsideOneToFourIsRefused() {
    assertEquals(422, assertThrows(AcademyException.class, () -> Period.quarter(2020, 5)).kind().status());
    assertEquals(422, assertThrows(AcademyException.class, () -> Period.quarter(2020, 0)).kind().status());
  }

  @Test
  void theRequestsShortcutsName() {
    assertEquals(Period.year(2026), Period.of(null, null, null, null, TODAY), "nothing: the current year");
    assertEquals(Period.year(2019), Period.of(null, null, 2019, null, TODAY));
    assertEquals(Period.quarter(2019, 2), Period.of(null, null, 2019, 2, TODAY));
    assertEquals(
        new Period(LocalDate.of(2019, 2, 3), LocalDate.of(2019, 2, 3)),
        Period.of(LocalDate.of(2019, 2, 3), LocalDate.of(2019, 2, 3), null, null, TODAY), "one day is a period");
  }

  @Test
  void impossibleAndHalfGivenPeriodsAreRefused() {
    AcademyException backwards =
        assertThrows(AcademyException.class, () -> Period.of(LocalDate.of(2020, 5, 2), LocalDate.of(2020, 5, 1), null, null, TODAY));
    assertEquals(422, backwards.kind().status());
    assertEquals("indicator.period.impossible", backwards.messageKey());
    assertEquals("indicator.period.quarterWithoutYear",
        assertThrows(AcademyException.class, () -> Period.of(null, null, null, 2, TODAY)).messageKey());
    assertEquals("indicator.period.bothDays",
        assertThrows(AcademyException.class, () -> Period.of(LocalDate.of(2020, 1, 1), null, null, null, TODAY)).messageKey());
    assertEquals("indicator.period.both",
        assertThrows(AcademyException.class, () -> Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), 2020, null, TODAY)).messageKey());
  }

  @Test
  void theQuarterBeforeIsTheOneJustEnded() {
    assertEquals(Period.quarter(2025, 4), Period.quarterBefore(LocalDate.of(2026, 1, 1)), "across the new year");
    assertEquals(Period.quarter(2026, 1), Period.quarterBefore(LocalDate.of(2026, 4, 1)));
    assertEquals(Period.quarter(2026, 2), Period.quarterBefore(LocalDate.of(2026, 9, 30)));
    assertEquals(Period.quarter(2026, 3), Period.quarterBefore(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void daysAreDistrictDays() {
    // Yekaterinburg is UTC+5: the first quarter of 2020 starts at 19:00 UTC on 31 December 2019
    Period q1 = Period.quarter(2020, 1);
    assertEquals(Instant.parse("2019-12-31T19:00:00Z"), q1.start());
    assertEquals(Instant.parse("2020-03-31T19:00:00Z"), q1.end());
    assertEquals(91, q1.days(), "2020 is a leap year");
  }

  @Test
  void yearsAndQuartersTouched() {
    assertEquals(1, Period.quarter(2020, 2).quartersTouched());
    assertEquals(4, Period.year(2020).quartersTouched());
    Period across = new Period(LocalDate.of(2019, 12, 31), LocalDate.of(2021, 1, 1));
    assertEquals(3, across.yearsTouched());
    assertEquals(6, across.quartersTouched(), "Q4 2019, four of 2020, Q1 2021");
  }

  @Test
  void sharesArePercentsWithOneDecimal() {
    assertEquals("33.3", Indicator.percent(1, 3).toPlainString());
    assertEquals("66.7", Indicator.percent(2, 3).toPlainString());
    assertEquals("0.0", Indicator.percent(0, 0).toPlainString(), "nothing of nothing is not an error");
  }
}
