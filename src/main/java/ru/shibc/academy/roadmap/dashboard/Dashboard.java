package ru.shibc.academy.roadmap.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import ru.shibc.academy.certificate.CertificateStatistics;
import ru.shibc.academy.certificate.CertificateStatistics.By;
import ru.shibc.academy.certificate.QualificationCycle;
import ru.shibc.academy.course.CourseStatistics;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.people.StaffStatistics;
import ru.shibc.academy.platform.concurrent.Concurrently;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Certificates;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Compliance;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.ComplianceRow;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.IssuedRow;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Overview;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Person;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Roadmaps;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.School;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.SchoolRow;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Schools;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.StaffRow;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Taken;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.WebinarMonth;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Webinars;
import ru.shibc.academy.webinar.WebinarStatistics;

/**
 * The dashboard's figures, put together from the features' statistics queries. Each method reads
 * in one transaction; none loads more entities than the rows it shows (the drill-down to a school
 * reads its staff, a few dozen people, through {@link QualificationCycle} itself).
 */
@ApplicationScoped
@Transactional // each answer reads in a transaction: some figures are read on the executor meanwhile
public class Dashboard {

  @Inject private CertificateStatistics certificates;
  @Inject private WebinarStatistics webinars;
  @Inject private CourseStatistics courses;
  @Inject private StaffStatistics staffStatistics;
  @Inject private RoadmapProgress roadmapProgress;
  @Inject private QualificationCycle cycle;
  @Inject private Organisations organisations;
  @Inject private Staff staff;
  @Inject private Clock clock;
  @Inject private Concurrently concurrently;
  @Inject private DistrictCompliance districtCompliance;

  public LocalDate today() {
    return Clocks.day(clock.instant());
  }

  public Certificates certificates(Period period, By by, Long organisationId) {
    // by school and month there are some ten thousand rows (kept by the page's view): each period's
    // day and name, and each group's name, are made once and shared by its rows
    Map<LocalDate, String> names = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    List<IssuedRow> rows =
        certificates.issued(period.from(), period.to(), period.step().unit(), by, organisationId).stream()
            .map(i -> new IssuedRow(names.computeIfAbsent(i.periodStart(), period.step()::label), i.periodStart(), i.id(),
                i.label() == null ? null : labels.computeIfAbsent(i.label(), l -> l), i.count()))
            .toList();
    long total = rows.stream().mapToLong(IssuedRow::count).sum();
    List<String> periods = period.starts().stream().map(period.step()::label).toList();
    return new Certificates(period.from(), period.to(), period.step(), by, total, periods, rows);
  }

  /** Every organisation with staff, schools first, and the district's total. */
  public Compliance compliance() {
    DistrictCompliance.Counting counting = districtCompliance.start(today());
    List<StaffStatistics.OrganisationStaff> organisations = staffStatistics.organisations();
    Map<Long, CertificateStatistics.Compliance> byOrganisation = counting.byOrganisation();
    List<ComplianceRow> rows =
        organisations.stream()
            .filter(o -> byOrganisation.containsKey(o.id()))
            .map(o -> row(o.id(), o.shortName(), byOrganisation.get(o.id())))
            .toList();
    return new Compliance(today(), district(rows), rows);
  }

  /** Webinar participation; the months are counted on the executor while this thread counts the totals. */
  public Webinars webinars(Period period) {
    Future<List<WebinarStatistics.Month>> months = concurrently.start(() -> months(period));
    return webinars(period, totals(period), Concurrently.result(months));
  }

  /** The same, one aggregate after another (for a caller that already keeps the executor busy). */
  Webinars webinarsInTurn(Period period) {
    return webinars(period, totals(period), months(period));
  }

  private Webinars webinars(Period period, WebinarStatistics.Totals totals, List<WebinarStatistics.Month> counted) {
    List<WebinarMonth> months =
        counted.stream()
            .map(m -> new WebinarMonth(Period.Step.MONTH.label(m.month()), m.held(), m.participants(), m.schools()))
            .toList();
    long allSchools = staffStatistics.schools();
    return new Webinars(period.from(), period.to(), totals.held(), totals.participants(), totals.schools(), allSchools,
        Shares.percent(totals.schools(), allSchools), months);
  }

  private List<WebinarStatistics.Month> months(Period period) {
    return webinars.months(period.from(), period.to(), Clocks.DISTRICT_ZONE, clock.instant());
  }

  private WebinarStatistics.Totals totals(Period period) {
    return webinars.totals(period.from(), period.to(), Clocks.DISTRICT_ZONE, clock.instant());
  }

  public Roadmaps roadmaps() {
    LocalDate today = today();
    return new Roadmaps(today, roadmapProgress.on(today));
  }

  /**
   * The district table: each organisation with staff, its certificates in the period, cycle,
   * webinars. Half of the three-year states (the heaviest aggregate) is counted on the executor
   * meanwhile.
   */
  public Schools schools(Period period) {
    DistrictCompliance.Counting compliance = districtCompliance.start(today());
    return schools(period, issuedBySchool(period), compliance);
  }

  /**
   * Everything the dashboard page shows, each aggregate read once: half of the three-year states
   * and the certificates grouped by the page's choice on the executor, the rest here; the
   * certificates per period, and per school for the district table, are sums of the grouped ones
   * when those are by school.
   */
  public Overview overview(Period period, By by) {
    DistrictCompliance.Counting compliance = districtCompliance.start(today());
    Future<Certificates> grouping = concurrently.start(() -> certificates(period, by, null));
    Webinars webinars = webinarsInTurn(period);
    Roadmaps roadmaps = roadmaps();
    Map<Long, Long> issued = by == By.SCHOOL ? null : issuedBySchool(period); // else summed from the grouped rows
    Map<Long, Long> participants = participants(period);
    List<StaffStatistics.OrganisationStaff> organisations = staffStatistics.organisations();
    Map<Long, CertificateStatistics.Compliance> states = compliance.byOrganisation();
    Certificates grouped = Concurrently.result(grouping);
    Certificates perPeriod = by == By.NONE ? grouped : perPeriod(period, grouped);
    Schools schools = schools(period, issued == null ? perSchool(grouped) : issued, participants, organisations, states);
    return new Overview(perPeriod, grouped, schools, webinars, roadmaps);
  }

  private Schools schools(Period period, Map<Long, Long> issued, DistrictCompliance.Counting counting) {
    Map<Long, Long> participants = participants(period);
    List<StaffStatistics.OrganisationStaff> organisations = staffStatistics.organisations();
    return schools(period, issued, participants, organisations, counting.byOrganisation());
  }

  private Map<Long, Long> participants(Period period) {
    return webinars.participantsByOrganisation(period.from(), period.to(), Clocks.DISTRICT_ZONE, clock.instant(), null);
  }

  private static Schools schools(Period period, Map<Long, Long> issued, Map<Long, Long> participants,
      List<StaffStatistics.OrganisationStaff> organisations, Map<Long, CertificateStatistics.Compliance> compliance) {
    List<SchoolRow> rows =
        organisations.stream()
            .filter(o -> o.staff() > 0)
            .map(
                o -> {
                  var c = compliance.get(o.id());
                  return new SchoolRow(o.id(), o.shortName(), o.name(), o.kind().name(), o.staff(),
                      issued.getOrDefault(o.id(), 0L), c.current(), c.dueSoon(), c.overdue(), c.never(),
                      Shares.percent(c.current(), c.staff()), participants.getOrDefault(o.id(), 0L));
                })
            .toList();
    return new Schools(period.from(), period.to(), rows);
  }

  private Map<Long, Long> issuedBySchool(Period period) {
    return certificates.issuedPerOrganisation(period.from(), period.to());
  }

  private static Map<Long, Long> perSchool(Certificates bySchool) {
    Map<Long, Long> issued = new HashMap<>();
    bySchool.rows().forEach(r -> issued.merge(r.id(), r.count(), Long::sum));
    return issued;
  }

  /** The grouped rows summed per period: what {@code certificates(period, NONE, null)} counts. */
  private static Certificates perPeriod(Period period, Certificates grouped) {
    Map<LocalDate, Long> counts = new TreeMap<>();
    grouped.rows().forEach(r -> counts.merge(r.periodStart(), r.count(), Long::sum));
    List<IssuedRow> rows =
        counts.entrySet().stream()
            .map(e -> new IssuedRow(period.step().label(e.getKey()), e.getKey(), null, null, e.getValue()))
            .toList();
    return new Certificates(period.from(), period.to(), period.step(), By.NONE, grouped.total(), grouped.periods(), rows);
  }

  /** One organisation: its figures for the period and each member of staff. */
  public School school(long organisationId, Period period) {
    Organisation o = organisations.get(organisationId);
    var compliance = complianceByOrganisation(organisationId).get(organisationId);
    ComplianceRow row =
        compliance == null ? row(organisationId, o.getShortName(), new CertificateStatistics.Compliance(organisationId, 0, 0, 0, 0, 0))
            : row(organisationId, o.getShortName(), compliance);
    long issued =
        certificates.issued(period.from(), period.to(), ChronoUnit.YEARS, By.NONE, organisationId).stream()
            .mapToLong(CertificateStatistics.Issued::count).sum();
    long participants =
        webinars.participantsByOrganisation(period.from(), period.to(), Clocks.DISTRICT_ZONE, clock.instant(), organisationId)
            .getOrDefault(organisationId, 0L);
    Map<Long, CertificateStatistics.Latest> latest = certificates.latestOfStaff(organisationId);
    Map<Long, List<String>> taking = courses.inProgress(organisationId);
    List<StaffRow> people =
        cycle.ofOrganisation(organisationId).stream()
            .map(
                s -> {
                  long id = s.person().getId();
                  var last = latest.get(id);
                  return new StaffRow(id, s.person().fullName(), s.person().getPosition(),
                      last == null ? null : last.registrationNumber(), last == null ? null : last.programme(),
                      last == null ? null : last.issuedOn(), s.lastTrainedOn(), s.dueOn(), s.state(),
                      taking.getOrDefault(id, List.of()));
                })
            .toList();
    return new School(organisationId, o.getShortName(), o.getName(), o.getKind().name(), period.from(), period.to(),
        issued, participants, row, people);
  }

  /** One person: the cycle, every certificate, every course, webinars attended. */
  public Person person(long personId) {
    var p = staff.get(personId);
    var standing = cycle.of(List.of(p)).get(0);
    return new Person(personId, p.fullName(), p.getPosition(), p.getOrganisation().getId(), p.getOrganisation().getShortName(),
        standing.lastTrainedOn(), standing.dueOn(), standing.state(), webinars.attendedBy(personId),
        certificates.ofPerson(personId), courses.ofPerson(personId).stream().map(Taken::of).toList());
  }

  private Map<Long, CertificateStatistics.Compliance> complianceByOrganisation(Long organisationId) {
    Map<Long, CertificateStatistics.Compliance> out = new HashMap<>();
    certificates.compliance(today(), organisationId).forEach(c -> out.put(c.organisationId(), c));
    return out;
  }

  private static ComplianceRow row(Long id, String name, CertificateStatistics.Compliance c) {
    return new ComplianceRow(id, name, c.staff(), c.current(), c.dueSoon(), c.overdue(), c.never(),
        Shares.percent(c.current(), c.staff()), Shares.percent(c.dueSoon(), c.staff()),
        Shares.percent(c.overdue(), c.staff()), Shares.percent(c.never(), c.staff()));
  }

  private static ComplianceRow district(List<ComplianceRow> rows) {
    long staff = 0, current = 0, dueSoon = 0, overdue = 0, never = 0;
    for (ComplianceRow r : rows) {
      staff += r.staff();
      current += r.current();
      dueSoon += r.dueSoon();
      overdue += r.overdue();
      never += r.never();
    }
    return row(null, null, new CertificateStatistics.Compliance(0, staff, current, dueSoon, overdue, never));
  }
}
