package ru.shibc.academy.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodShiftTest {

  @Test
  void movesDatesByWholeYears() {
    assertEquals(LocalDate.of(2025, 1, 1), PeriodShift.shift(LocalDate.of(2019, 1, 1), 6));
    assertEquals(LocalDate.of(2027, 12, 31), PeriodShift.shift(LocalDate.of(2021, 12, 31), 6));
    assertEquals(LocalDate.of(2016, 3, 15), PeriodShift.shift(LocalDate.of(2019, 3, 15), -3));
  }

  @Test
  void aMonthsLastDayStaysLastAcrossLeapYears() {
    // «февраль 2019 года» moved into 2020 and into 2025
    assertEquals(LocalDate.of(2020, 2, 29), PeriodShift.shift(LocalDate.of(2019, 2, 28), 1));
    assertEquals(LocalDate.of(2025, 2, 28), PeriodShift.shift(LocalDate.of(2020, 2, 29), 5));
    assertEquals(LocalDate.of(2025, 2, 1), PeriodShift.shift(LocalDate.of(2019, 2, 1), 6));
  }

  @Test
  void movesTheYearsWrittenInATimeframe() {
    assertEquals("2025-2027 годы, 1 раз в квартал", PeriodShift.shiftYears("2019-2021 годы, 1 раз в квартал", 6));
    assertEquals("февраль 2025 года", PeriodShift.shiftYears("февраль 2019 года", 6));
    assertEquals("не реже 2 раз в год", PeriodShift.shiftYears("не реже 2 раз в год", 6));
    assertEquals("приказ № 12345 от 2025", PeriodShift.shiftYears("приказ № 12345 от 2019", 6));
  }
}
