package ru.shibc.academy.roadmap.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.roadmap.indicator.Period;
import ru.shibc.academy.roadmap.indicator.RoadmapRows;
import ru.shibc.academy.roadmap.report.MonitoringReports;
import ru.shibc.academy.roadmap.report.StoredReport;

/** Quarterly monitoring reports: generate one for a quarter, and every stored version to download. */
@Named("reportsPage")
@ViewScoped
public class ReportsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MonitoringReports reports;
  @Inject private RoadmapRows roadmaps;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private Long roadmapId;
  private int year;
  private int quarter;
  private List<RoadmapRows.Roadmap> roadmapChoices;
  private transient List<StoredReport> rows;

  @PostConstruct
  void init() {
    roadmapChoices = roadmaps.all();
    LocalDate today = Clocks.day(clock.instant());
    Period last = Period.quarterBefore(today);
    year = last.from().getYear();
    quarter = Period.quarterOf(last.from());
    roadmapId = roadmaps.overlapping(last).stream().findFirst().map(RoadmapRows.Roadmap::id)
        .orElse(roadmapChoices.isEmpty() ? null : roadmapChoices.get(0).id());
  }

  public void generate() {
    if (roadmapId == null) {
      Pages.error("indicator.roadmapNotFound");
      return;
    }
    Pages.attempt(() -> reports.generate(roadmapId, year, quarter, currentUser.username()))
        .ifPresent(r -> {
          Pages.info("report.generated", r.quarter(), String.valueOf(r.year()), r.version());
          rows = null;
        });
  }

  public List<StoredReport> getRows() {
    if (rows == null) {
      rows = reports.list(roadmapId);
    }
    return rows;
  }

  public void choose() {
    rows = null;
  }

  public boolean isDepartment() {
    return currentUser.hasAny(Role.DEPARTMENT, Role.ADMIN);
  }

  public String periodText(StoredReport r) {
    Period p = Period.quarter(r.year(), r.quarter());
    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    return Pages.text("report.page.quarterOf", r.quarter(), String.valueOf(r.year()), p.from().format(day), p.to().format(day));
  }

  public String generatedBy(StoredReport r) {
    return MonitoringReports.SCHEDULER.equals(r.generatedBy()) ? Pages.text("report.page.scheduler") : r.generatedBy();
  }

  public String dateTime(StoredReport r) {
    return Clocks.dateTime(r.generatedAt());
  }

  public List<Integer> getYears() {
    int now = Clocks.day(clock.instant()).getYear();
    return java.util.stream.IntStream.rangeClosed(2019, now + 1).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
  }

  public String quarterLabel(int q) {
    return Pages.text("indicator.page.quarterN", q);
  }

  public List<Integer> getQuarters() {
    return List.of(1, 2, 3, 4);
  }

  public List<RoadmapRows.Roadmap> getRoadmapChoices() {
    return roadmapChoices;
  }

  public Long getRoadmapId() {
    return roadmapId;
  }

  public void setRoadmapId(Long roadmapId) {
    this.roadmapId = roadmapId;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public int getQuarter() {
    return quarter;
  }

  public void setQuarter(int quarter) {
    this.quarter = quarter;
  }
}
