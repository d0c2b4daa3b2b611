package ru.shibc.academy.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * How many items of a roadmap stand where. Overdue items are counted under their status and
 * again under {@code overdue}, so the three statuses add up to {@code items}.
 */
public record RoadmapProgress(int items, int planned, int inProgress, int done, int overdue) {

  public static RoadmapProgress of(List<RoadmapItem> items, LocalDate today) {
    int planned = 0;
    int inProgress = 0;
    int done = 0;
    int overdue = 0;
    for (RoadmapItem i : items) {
      switch (i.getStatus()) {
        case PLANNED -> planned++;
        case IN_PROGRESS -> inProgress++;
        case DONE -> done++;
      }
      if (i.isOverdue(today)) {
        overdue++;
      }
    }
    return new RoadmapProgress(items.size(), planned, inProgress, done, overdue);
  }

  /** The share of items done, in whole percent. */
  public int donePercent() {
    return items == 0 ? 0 : Math.round(100f * done / items);
  }
}
