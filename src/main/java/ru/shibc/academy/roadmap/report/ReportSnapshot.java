package ru.shibc.academy.roadmap.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.roadmap.indicator.Indicator;

/**
 * Everything a quarterly monitoring report shows, fixed when it is generated and stored as JSON
 * beside the rendered files: later data changes neither.
 *
 * @param asOf the district day on which statuses and overdue were judged (the generation day)
 */
public record ReportSnapshot(
    long roadmapId, String roadmapTitle, int year, int quarter, LocalDate from, LocalDate to, int version,
    Instant generatedAt, String generatedBy, LocalDate asOf, List<ItemRow> items, List<Indicator> indicators) {

  /**
   * One roadmap item as it stood.
   *
   * @param status PLANNED, IN_PROGRESS or DONE
   * @param overdue not done and its period over (see {@code RoadmapItem.overdue})
   * @param indicators the item's indicators as printed, e.g. "Вебинаров проведено: 3"
   */
  public record ItemRow(
      String number, String section, String measure, String timeframe, String status, boolean overdue,
      String responsible, String executors, List<String> indicators, List<String> evidence) {}

  public long overdueCount() {
    return items.stream().filter(ItemRow::overdue).count();
  }
}
