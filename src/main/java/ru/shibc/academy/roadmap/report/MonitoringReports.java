package ru.shibc.academy.roadmap.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.roadmap.indicator.Indicator;
import ru.shibc.academy.roadmap.indicator.Indicators;
import ru.shibc.academy.roadmap.ItemStatus;
import ru.shibc.academy.roadmap.RoadmapItem;
import ru.shibc.academy.roadmap.indicator.Period;
import ru.shibc.academy.roadmap.indicator.RoadmapRows;

/**
 * Quarterly monitoring reports (roadmap item 8.1): the roadmap and its indicators for a quarter,
 * frozen as a JSON snapshot and rendered once as PDF and XLSX. Nothing ever renders a stored report
 * again, so later data cannot change it; generating the quarter again stores the next version.
 */
@ApplicationScoped
public class MonitoringReports {

  /** Who the quarter-end job writes as the author. */
  public static final String SCHEDULER = "scheduler";

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final int VERSION_TRIES = 5;

  @Inject private RoadmapRows roadmaps;
  @Inject private Indicators indicators;
  @Inject private ReportStore store;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** A new version of the quarter's report, made at a user's request. */
  public StoredReport generate(long roadmapId, int year, int quarter, String by) {
    RoadmapRows.Roadmap roadmap = roadmaps.find(roadmapId).orElseThrow(() -> new AcademyException(AcademyException.Kind.NOT_FOUND, "indicator.roadmapNotFound"));
    Period period = Period.quarter(year, quarter);
    if (period.to().isBefore(roadmap.periodStart()) || period.from().isAfter(roadmap.periodEnd())) {
      throw AcademyException.invalid("report.quarterOutsideRoadmap");
    }
    for (int attempt = 0; attempt < VERSION_TRIES; attempt++) {
      int version = store.latestVersion(roadmapId, year, quarter) + 1;
      if (store(roadmap, period, year, quarter, version, by)) {
        StoredReport stored = store.find(roadmapId, year, quarter, version).orElseThrow();
        audit.record("report.generate", "monitoringReport", stored.id(), null, stored);
        return stored;
      }
      // another user took this version number at the same moment: take the next one
    }
    throw AcademyException.conflict("report.busy");
  }

  /**
   * The quarter-end job's report: version 1 or nothing. On several nodes each scheduler calls this;
   * the unique key lets exactly one insert win and the others return false.
   */
  public boolean generateScheduled(long roadmapId, int year, int quarter) {
    if (store.latestVersion(roadmapId, year, quarter) > 0) {
      return false;
    }
    RoadmapRows.Roadmap roadmap = roadmaps.find(roadmapId).orElseThrow(() -> new AcademyException(AcademyException.Kind.NOT_FOUND, "indicator.roadmapNotFound"));
    return store(roadmap, Period.quarter(year, quarter), year, quarter, 1, SCHEDULER);
  }

  private boolean store(RoadmapRows.Roadmap roadmap, Period period, int year, int quarter, int version, String by) {
    ReportSnapshot snapshot = snapshot(roadmap, period, year, quarter, version, by);
    String json = JSON.toJson(snapshot);
    return store.insert(snapshot, json, ReportPdf.render(snapshot), ReportXlsx.render(snapshot));
  }

  ReportSnapshot snapshot(RoadmapRows.Roadmap roadmap, Period period, int year, int quarter, int version, String by) {
    // the snapshot's time is cut to microseconds, as the DATETIME(6) column keeps it
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    LocalDate today = Clocks.day(now);
    List<Indicator> all = indicators.of(period, roadmap.id());
    Map<Long, List<String>> evidence = roadmaps.evidenceTitles(roadmap.id());
    List<ReportSnapshot.ItemRow> items = new ArrayList<>();
    for (RoadmapRows.Item item : roadmaps.items(roadmap.id())) {
      List<String> shown = all.stream()
          .filter(i -> i.item().equals(item.number()) && (!i.manual() || i.value() != null || i.note() != null))
          .map(ReportTexts::indicator)
          .toList();
      items.add(new ReportSnapshot.ItemRow(
          item.number(), item.section(), item.measure(), item.timeframe(), item.status(),
          RoadmapItem.overdue(ItemStatus.valueOf(item.status()), item.periodEnd(), today), item.responsible(), item.executors(), shown,
          evidence.getOrDefault(item.id(), List.of())));
    }
    return new ReportSnapshot(roadmap.id(), roadmap.title(), year, quarter, period.from(), period.to(), version, now, by,
        today, items, all);
  }

  public List<StoredReport> list(Long roadmapId) {
    return store.list(roadmapId);
  }

  public StoredReport get(long id) {
    return store.find(id).orElseThrow(() -> new AcademyException(AcademyException.Kind.NOT_FOUND, "report.notFound"));
  }

  public String snapshotJson(long id) {
    return (String) content(id, "snapshot_json");
  }

  public byte[] pdf(long id) {
    return (byte[]) content(id, "pdf");
  }

  public byte[] xlsx(long id) {
    return (byte[]) content(id, "xlsx");
  }

  private Object content(long id, String column) {
    Optional<Object> found = store.content(id, column);
    return found.orElseThrow(() -> new AcademyException(AcademyException.Kind.NOT_FOUND, "report.notFound"));
  }
}
