package ru.shibc.academy.roadmap.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.platform.api.AcademyException;

class PeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void withoutDatesItIsTheLastTwelveMonthsByMonth() {
    Period p = Period.of(null, "", null, TODAY);
    assertEquals(LocalDate.of(2025, 12, 1), p.from());
    assertEquals(TODAY, p.to());
    assertEquals(12, p.starts().size());
    assertEquals("2025-12", p.step().label(p.starts().get(0)));
  }

  @Test
  void quartersAndYearsAreLabelledAndCoverThePeriodsEnds() {
    Period q = Period.of("2024-02-15", "2024-11-01", "QUARTER", TODAY);
    assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"), q.starts().stream().map(q.step()::label).toList());
    Period y = Period.of("2019-06-01", "2021-01-01", "YEAR", TODAY);
    assertEquals(List.of("2019", "2020", "2021"), y.starts().stream().map(y.step()::label).toList());
  }

  @Test
  void anImpossiblePeriodIsRefusedAsUnprocessable() {
    AcademyException e = assertThrows(AcademyException.class, () -> Period.of("2024-12-31", "2024-01-01", null, TODAY));
    assertEquals(AcademyException.Kind.UNPROCESSABLE, e.kind());
    assertEquals("dashboard.period.impossible", e.messageKey());
    assertEquals(AcademyException.Kind.UNPROCESSABLE,
        assertThrows(AcademyException.class, () -> Period.of("1900-01-01", "2024-01-01", null, TODAY)).kind());
    assertEquals(AcademyException.Kind.BAD_REQUEST,
        assertThrows(AcademyException.class, () -> Period.of("01.01.2024", null, null, TODAY)).kind());
    assertEquals(AcademyException.Kind.BAD_REQUEST,
        assertThrows(AcademyException.class, () -> Period.of(null, null, "WEEK", TODAY)).kind());
  }

  @Test
  void aSingleDayIsAPeriod() {
    Period p = Period.of("2024-03-05", "2024-03-05", "MONTH", TODAY);
    assertEquals(List.of(LocalDate.of(2024, 3, 1)), p.starts());
  }
}
