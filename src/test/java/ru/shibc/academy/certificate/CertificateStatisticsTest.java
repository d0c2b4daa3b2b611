package ru.shibc.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dashboard's SQL compares with two cut-off days; they must split the states exactly as the cycle's rule does. */
class CertificateStatisticsTest {

  private static CycleState bySql(LocalDate last, CertificateStatistics.Cutoffs cut) {
    if (last.isBefore(cut.overdueBefore())) {
      return CycleState.OVERDUE;
    }
    return last.isBefore(cut.currentFrom()) ? CycleState.DUE_SOON : CycleState.CURRENT;
  }

  @Test
  void theCutOffsAgreeWithTheCycleOnEveryDayAroundThemForFourYearsOfTodays() {
    // four years of "today", leap days included, and every last-training day within a year of the edges
    for (LocalDate today = LocalDate.of(2023, 1, 1); today.isBefore(LocalDate.of(2027, 1, 1)); today = today.plusDays(1)) {
      CertificateStatistics.Cutoffs cut = CertificateStatistics.cutoffs(today);
      for (LocalDate last = today.minusYears(4); last.isBefore(today.minusYears(2)); last = last.plusDays(1)) {
        assertEquals(QualificationCycle.standing(null, last, today).state(), bySql(last, cut), last + " on " + today);
      }
    }
  }

  @Test
  void onTheCyclesOwnExampleDay() {
    CertificateStatistics.Cutoffs cut = CertificateStatistics.cutoffs(LocalDate.of(2026, 11, 26));
    assertEquals(LocalDate.of(2023, 11, 26), cut.overdueBefore(), "due today is not yet overdue");
    assertEquals(LocalDate.of(2024, 5, 27), cut.currentFrom(), "due in exactly six months is due soon");
  }
}
