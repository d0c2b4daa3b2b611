package ru.shibc.academy.roadmap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OverdueRuleTest {

  private static final LocalDate END = LocalDate.of(2019, 12, 31);

  @Test
  void anItemNotDoneIsOverdueFromTheDayAfterItsPeriodEnds() {
    assertFalse(RoadmapItem.overdue(ItemStatus.PLANNED, END, LocalDate.of(2019, 6, 1)));
    assertFalse(RoadmapItem.overdue(ItemStatus.IN_PROGRESS, END, END), "the last day still counts");
    assertTrue(RoadmapItem.overdue(ItemStatus.IN_PROGRESS, END, LocalDate.of(2020, 1, 1)));
    assertTrue(RoadmapItem.overdue(ItemStatus.PLANNED, END, LocalDate.of(2026, 11, 26)));
  }

  @Test
  void aDoneItemIsNeverOverdue() {
    assertFalse(RoadmapItem.overdue(ItemStatus.DONE, END, LocalDate.of(2026, 11, 26)));
    assertFalse(RoadmapItem.overdue(ItemStatus.DONE, END, LocalDate.of(2019, 1, 1)));
  }

  @Test
  void aRecurringItemIsJudgedOverItsWholePeriod() {
    // 8.1 «2019-2021 годы, 1 раз в квартал»: in progress during 2020 is not overdue, although a
    // quarter has passed; the quarterly rate is for the indicator to count.
    LocalDate end = LocalDate.of(2021, 12, 31);
    assertFalse(RoadmapItem.overdue(ItemStatus.IN_PROGRESS, end, LocalDate.of(2020, 7, 1)));
    assertTrue(RoadmapItem.overdue(ItemStatus.IN_PROGRESS, end, LocalDate.of(2022, 1, 1)));
  }
}
