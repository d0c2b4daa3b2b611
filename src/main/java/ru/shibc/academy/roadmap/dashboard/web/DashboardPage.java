package ru.shibc.academy.roadmap.dashboard.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.certificate.CertificateStatistics.By;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.roadmap.dashboard.Dashboard;
import ru.shibc.academy.roadmap.dashboard.DashboardViews;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.ComplianceRow;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.IssuedRow;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.SchoolRow;
import ru.shibc.academy.roadmap.dashboard.Period;
import ru.shibc.academy.roadmap.dashboard.Shares;

/**
 * The department's dashboard page: a period filter, tiles, four charts and the tables, each with
 * its XLSX and CSV link (the API's files, read with the page's session). Everything is read once
 * per filter change; a school's row leads to its page.
 */
@Named("dashboardPage")
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Dashboard dashboard;

  private LocalDate from;
  private LocalDate to;
  private Period.Step step = Period.Step.MONTH;
  private By by = By.SCHOOL;
  private Period period;
  private transient DashboardViews.Certificates perPeriod;
  private transient DashboardViews.Certificates grouped;
  private transient DashboardViews.Schools schools;
  private transient DashboardViews.Webinars webinars;
  private transient DashboardViews.Roadmaps roadmaps;
  private transient ComplianceRow district;

  @PostConstruct
  void init() {
    period = Period.of(null, null, null, dashboard.today());
    from = period.from();
    to = period.to();
    read();
  }

  /** The filter's button: read everything again for the new period, or say why it is impossible. */
  public void apply() {
    Period defaults = Period.of(null, null, null, dashboard.today());
    Pages.attempt(() -> new Period(from == null ? defaults.from() : from, to == null ? defaults.to() : to, step))
        .ifPresent(
            p -> {
              period = p;
              read();
            });
  }

  /** The figures are not kept when the view is serialised: they are read again. */
  private void ensure() {
    if (perPeriod == null) {
      read();
    }
  }

  /** Every figure of the page in one overview: each aggregate once, two read at the same time. */
  private void read() {
    DashboardViews.Overview overview = dashboard.overview(period, by);
    perPeriod = overview.perPeriod();
    grouped = overview.grouped();
    schools = overview.schools();
    webinars = overview.webinars();
    roadmaps = overview.roadmaps();
    long staff = 0, current = 0, dueSoon = 0, overdue = 0, never = 0;
    for (SchoolRow r : schools.schools()) {
      staff += r.staff();
      current += r.current();
      dueSoon += r.dueSoon();
      overdue += r.overdue();
      never += r.never();
    }
    district = new ComplianceRow(null, null, staff, current, dueSoon, overdue, never, Shares.percent(current, staff),
        Shares.percent(dueSoon, staff), Shares.percent(overdue, staff), Shares.percent(never, staff));
  }

  // ---- charts ----------------------------------------------------------------------------------

  public String getCertificatesChart() {
    ensure();
    Map<String, Long> counts = new HashMap<>();
    perPeriod.rows().forEach(r -> counts.put(r.period(), r.count()));
    List<Long> values = perPeriod.periods().stream().map(p -> counts.getOrDefault(p, 0L)).toList();
    return ChartJson.bar(perPeriod.periods(), List.of(new ChartJson.Series(Pages.text("dashboard.certificates.count"), values, ChartJson.BLUE)),
        false, false);
  }

  public String getComplianceChart() {
    ensure();
    return ChartJson.doughnut(
        List.of(Pages.text("cycle.state.CURRENT"), Pages.text("cycle.state.DUE_SOON"), Pages.text("cycle.state.OVERDUE"),
            Pages.text("cycle.state.NEVER")),
        List.of(district.current(), district.dueSoon(), district.overdue(), district.never()),
        List.of(ChartJson.GREEN, ChartJson.AMBER, ChartJson.RED, ChartJson.GREY));
  }

  public String getWebinarsChart() {
    ensure();
    List<String> months = new ArrayList<>();
    List<Long> held = new ArrayList<>();
    List<Long> people = new ArrayList<>();
    Map<String, DashboardViews.WebinarMonth> byMonth = new HashMap<>();
    webinars.months().forEach(m -> byMonth.put(m.month(), m));
    for (LocalDate m : new Period(period.from(), period.to(), Period.Step.MONTH).starts()) {
      String label = Period.Step.MONTH.label(m);
      var w = byMonth.get(label);
      months.add(label);
      held.add(w == null ? 0 : w.held());
      people.add(w == null ? 0 : w.participants());
    }
    return ChartJson.bar(months,
        List.of(new ChartJson.Series(Pages.text("dashboard.webinars.held"), held, ChartJson.BLUE),
            new ChartJson.Series(Pages.text("dashboard.webinars.participants"), people, ChartJson.TEAL, "line", "y1")),
        false, false);
  }

  public String getRoadmapChart() {
    ensure();
    var rows = roadmaps.roadmaps();
    List<String> titles = rows.stream().map(r -> shorten(r.title())).toList();
    return ChartJson.bar(titles,
        List.of(
            new ChartJson.Series(Pages.text("dashboard.roadmap.DONE"), rows.stream().map(r -> r.done()).toList(), ChartJson.GREEN),
            new ChartJson.Series(Pages.text("dashboard.roadmap.IN_PROGRESS"), rows.stream().map(r -> r.inProgress()).toList(), ChartJson.BLUE),
            new ChartJson.Series(Pages.text("dashboard.roadmap.PLANNED"), rows.stream().map(r -> r.planned()).toList(), ChartJson.GREY),
            new ChartJson.Series(Pages.text("dashboard.roadmap.OVERDUE"), rows.stream().map(r -> r.overdue()).toList(), ChartJson.RED)),
        true, true);
  }

  private static String shorten(String title) {
    String oneLine = title.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine;
  }

  // ---- links -------------------------------------------------------------------------------------

  /** The API's file of a table for the period shown, e.g. {@code file('schools', 'xlsx')}. */
  public String file(String table, String format) {
    StringBuilder url =
        new StringBuilder("/api/dashboard/files/").append(table).append("?format=").append(format)
            .append("&from=").append(period.from()).append("&to=").append(period.to()).append("&step=").append(period.step());
    if ("certificates".equals(table)) {
      url.append("&by=").append(by);
    }
    return url.toString();
  }

  public String groupLabel(IssuedRow r) {
    if (r.label() != null) {
      return r.label();
    }
    return grouped.by() == By.COURSE ? Pages.text("dashboard.noCourse") : Pages.text("dashboard.district");
  }

  // ---- figures and filter ------------------------------------------------------------------------

  public DashboardViews.Certificates getGrouped() {
    ensure();
    return grouped;
  }

  public DashboardViews.Certificates getPerPeriod() {
    ensure();
    return perPeriod;
  }

  public List<SchoolRow> getSchools() {
    ensure();
    return schools.schools();
  }

  public DashboardViews.Webinars getWebinars() {
    ensure();
    return webinars;
  }

  public List<ru.shibc.academy.roadmap.dashboard.RoadmapProgress.Row> getRoadmaps() {
    ensure();
    return roadmaps.roadmaps();
  }

  public ComplianceRow getDistrict() {
    ensure();
    return district;
  }

  public Period getPeriod() {
    return period;
  }

  public List<Period.Step> getSteps() {
    return List.of(Period.Step.values());
  }

  public List<By> getGroups() {
    return List.of(By.values());
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Period.Step getStep() {
    return step;
  }

  public void setStep(Period.Step step) {
    this.step = step;
  }

  public By getBy() {
    return by;
  }

  public void setBy(By by) {
    this.by = by;
  }
}
