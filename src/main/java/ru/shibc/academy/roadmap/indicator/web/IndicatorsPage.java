package ru.shibc.academy.roadmap.indicator.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.roadmap.indicator.Breakdown;
import ru.shibc.academy.roadmap.indicator.Indicator;
import ru.shibc.academy.roadmap.indicator.Indicators;
import ru.shibc.academy.roadmap.indicator.ManualValues;
import ru.shibc.academy.roadmap.indicator.Period;
import ru.shibc.academy.roadmap.indicator.RoadmapRows;

/**
 * The roadmap's indicators for a period the user picks (a year, a quarter of it, or two days),
 * each with its target and share, a breakdown on demand, the table as XLSX or CSV, and a form for
 * the department to enter the manual ones.
 */
@Named("indicatorsPage")
@ViewScoped
public class IndicatorsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Indicators indicators;
  @Inject private ManualValues manualValues;
  @Inject private RoadmapRows roadmaps;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private Integer year;
  private Integer quarter;
  private LocalDate from;
  private LocalDate to;
  private Period period;
  private Long roadmapId;
  private transient List<Indicator> rows;
  private Breakdown breakdown;
  private String breakdownName;
  private String manualItem;
  private BigDecimal manualValue;
  private String manualNote;

  @PostConstruct
  void init() {
    year = Clocks.day(clock.instant()).getYear();
    // a bookmarkable period: ?year=2020&quarter=2 or ?from=2020-01-01&to=2020-06-30
    Map<String, String> asked = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      if (asked.get("year") != null) {
        year = Integer.valueOf(asked.get("year"));
        quarter = asked.get("quarter") == null ? null : Integer.valueOf(asked.get("quarter"));
      }
      from = asked.get("from") == null ? null : LocalDate.parse(asked.get("from"));
      to = asked.get("to") == null ? null : LocalDate.parse(asked.get("to"));
    } catch (RuntimeException e) {
      // a mistyped address shows the current year
      year = Clocks.day(clock.instant()).getYear();
      quarter = null;
      from = null;
      to = null;
    }
    show();
    if (period == null) {
      from = null;
      to = null;
      quarter = null;
      year = Clocks.day(clock.instant()).getYear();
      show();
    }
  }

  /** Reads the indicators for the chosen period; an impossible one is said and nothing changes. */
  public void show() {
    try {
      Period chosen = from != null || to != null
          ? Period.of(from, to, null, null, today())
          : Period.of(null, null, year, quarter, today());
      period = chosen;
      roadmapId = roadmaps.overlapping(chosen).stream().findFirst().map(RoadmapRows.Roadmap::id).orElse(null);
      rows = null;
      breakdown = null;
    } catch (AcademyException e) {
      Pages.refused(e);
    }
  }

  public List<Indicator> getRows() {
    if (rows == null) {
      rows = indicators.of(period, roadmapId);
    }
    return rows;
  }

  /** Opens an indicator's breakdown. */
  public void open(Indicator indicator) {
    breakdown = indicators.breakdown(indicator.code(), period);
    breakdownName = indicator.name();
  }

  /** Starts entering a manual indicator's value for the shown period. */
  public void enter(Indicator indicator) {
    manualItem = indicator.item();
    manualValue = indicator.value();
    manualNote = indicator.note();
  }

  public void saveManual() {
    Map<String, Long> ids = roadmapId == null ? Map.of()
        : roadmaps.items(roadmapId).stream().collect(Collectors.toMap(RoadmapRows.Item::number, RoadmapRows.Item::id, (a, b) -> a));
    Long itemId = ids.get(manualItem);
    if (itemId == null) {
      Pages.error("indicator.itemNotFound");
      return;
    }
    if (Pages.attempt(() -> manualValues.save(itemId, period, manualValue, manualNote), "indicator.manual.saved", manualItem)) {
      rows = null;
    }
  }

  public boolean isDepartment() {
    return currentUser.hasAny(Role.DEPARTMENT, Role.ADMIN);
  }

  /** The API address of the table as a file, for the download buttons. */
  public String fileUrl(String format) {
    return "/api/indicators/file?format=" + format + "&from=" + period.from() + "&to=" + period.to()
        + (roadmapId == null ? "" : "&roadmapId=" + roadmapId);
  }

  public String number(BigDecimal n) {
    return n == null ? "—" : n.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  public String target(Indicator i) {
    return i.target() == null ? "" : number(i.target()) + (i.targetPercent() ? " %" : "");
  }

  public String share(Indicator i) {
    return i.share() == null ? "" : number(i.share()) + " %";
  }

  public String share(Breakdown.Row r) {
    return r.share() == null ? "" : number(r.share()) + " %";
  }

  public String periodText() {
    return Clocks.date(period.start()) + " — " + Clocks.date(period.end().minusSeconds(1));
  }

  public List<Integer> getYears() {
    int now = today().getYear();
    int first = Math.min(2019, year == null ? now : year);
    return java.util.stream.IntStream.rangeClosed(first, Math.max(now + 1, year == null ? now : year)).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
  }

  public String quarterLabel(int q) {
    return Pages.text("indicator.page.quarterN", q);
  }

  public List<Integer> getQuarters() {
    return List.of(1, 2, 3, 4);
  }

  private LocalDate today() {
    return Clocks.day(clock.instant());
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getQuarter() {
    return quarter;
  }

  public void setQuarter(Integer quarter) {
    this.quarter = quarter;
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

  public Long getRoadmapId() {
    return roadmapId;
  }

  public Breakdown getBreakdown() {
    return breakdown;
  }

  public String getBreakdownName() {
    return breakdownName;
  }

  public String getManualItem() {
    return manualItem;
  }

  public BigDecimal getManualValue() {
    return manualValue;
  }

  public void setManualValue(BigDecimal manualValue) {
    this.manualValue = manualValue;
  }

  public String getManualNote() {
    return manualNote;
  }

  public void setManualNote(String manualNote) {
    this.manualNote = manualNote;
  }
}
