package ru.shibc.academy.roadmap.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.certificate.CertificateStatistics;
import ru.shibc.academy.certificate.CycleState;
import ru.shibc.academy.course.CourseStatistics;

/** What the dashboard answers: the API's JSON and the pages' rows (records, nothing else). */
public final class DashboardViews {

  private DashboardViews() {}

  /** Certificates issued in one period ("2026-03", "2026-Q1", "2026") for one group. */
  public record IssuedRow(String period, LocalDate periodStart, Long id, String label, long count) {}

  /** Certificates issued: the period's steps (for charts) and the non-empty rows. */
  public record Certificates(
      LocalDate from, LocalDate to, Period.Step step, CertificateStatistics.By by, long total, List<String> periods,
      List<IssuedRow> rows) {}

  /** Staff by three-year state, with shares in percent; the district's row has no organisation. */
  public record ComplianceRow(
      Long organisationId, String organisation, long staff, long current, long dueSoon, long overdue, long never,
      double currentShare, double dueSoonShare, double overdueShare, double neverShare) {}

  public record Compliance(LocalDate on, ComplianceRow district, List<ComplianceRow> organisations) {}

  public record WebinarMonth(String month, long held, long participants, long schools) {}

  /** Webinars held, distinct participants and schools taking part over the period, and per month. */
  public record Webinars(
      LocalDate from, LocalDate to, long held, long participants, long schools, long allSchools, double schoolsShare,
      List<WebinarMonth> months) {}

  public record Roadmaps(LocalDate on, List<RoadmapProgress.Row> roadmaps) {}

  /** One organisation in the district table: its staff, certificates in the period, cycle, webinars. */
  public record SchoolRow(
      long organisationId, String shortName, String name, String kind, long staff, long certificates, long current,
      long dueSoon, long overdue, long never, double currentShare, long webinarParticipants) {}

  public record Schools(LocalDate from, LocalDate to, List<SchoolRow> schools) {}

  /** All the dashboard page shows for one period and grouping. */
  public record Overview(Certificates perPeriod, Certificates grouped, Schools schools, Webinars webinars, Roadmaps roadmaps) {}

  /** A member of a school's staff: the latest certificate, the cycle, the courses being taken. */
  public record StaffRow(
      long personId, String fullName, String position, String lastCertificate, String lastProgramme,
      LocalDate lastIssuedOn, LocalDate lastTrainedOn, LocalDate dueOn, CycleState state, List<String> coursesInProgress) {}

  public record School(
      long organisationId, String shortName, String name, String kind, LocalDate from, LocalDate to,
      long certificates, long webinarParticipants, ComplianceRow compliance, List<StaffRow> staff) {}

  public record Person(
      long personId, String fullName, String position, long organisationId, String organisation,
      LocalDate lastTrainedOn, LocalDate dueOn, CycleState state, long webinarsAttended,
      List<CertificateStatistics.Held> certificates, List<Taken> courses) {}

  /** A course a person is enrolled in (or was). */
  public record Taken(String course, int hours, String status, Instant enrolledAt, Instant completedAt) {
    static Taken of(CourseStatistics.Taken t) {
      return new Taken(t.course(), t.hours(), t.status(), t.enrolledAt(), t.completedAt());
    }
  }
}
