package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Read-only counts over the register for the department's dashboard: every figure is one SQL
 * aggregate (GROUP BY over indexed columns), never a count of loaded entities. Only valid
 * certificates count as issued: a revoked one was never a qualification, and a replaced one lives
 * on in its reissue. The three-year states are those of {@link QualificationCycle}: its own rule
 * decides the two dates that split the states, and SQL only compares with them.
 */
@ApplicationScoped
public class CertificateStatistics {

  /** What issued certificates are grouped by besides the period. */
  public enum By {
    NONE,
    SCHOOL,
    COURSE,
    POSITION
  }

  /** Certificates issued in one period (its first day) for one group; id null for NONE and POSITION. */
  public record Issued(LocalDate periodStart, Long id, String label, long count) {}

  /** An organisation's staff by three-year state. */
  public record Compliance(long organisationId, long staff, long current, long dueSoon, long overdue, long never) {}

  /** A person's latest valid certificate. */
  public record Latest(String registrationNumber, String programme, int hours, LocalDate issuedOn) {}

  /** One certificate of a person, for the drill-down to a person. */
  public record Held(
      long id, String registrationNumber, String programme, int hours, LocalDate issuedOn, String status) {}

  /**
   * The last training days that split the states on a day: before {@code overdueBefore} is
   * overdue, from {@code currentFrom} on is current, between them due soon.
   */
  public record Cutoffs(LocalDate overdueBefore, LocalDate currentFrom) {}

  private static final String VALID = "c.status = 'VALID'";

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private IssuedByPosition byPosition;

  /** Valid certificates issued from {@code from} to {@code to} (inclusive), per period and group. */
  public List<Issued> issued(LocalDate from, LocalDate to, TemporalUnit step, By by, Long organisationId) {
    String part = step == ChronoUnit.MONTHS ? "MONTH(c.issued_on)" : step == IsoFields.QUARTER_YEARS ? "QUARTER(c.issued_on)" : "1";
    int monthsPer = step == ChronoUnit.MONTHS ? 1 : step == IsoFields.QUARTER_YEARS ? 3 : 12;
    if (by == By.POSITION) {
      return byPosition.issued(from, to, part, monthsPer, organisationId);
    }
    String key =
        switch (by) {
          case SCHOOL -> "c.organisation_id";
          case COURSE -> "c.course_id";
          default -> "NULL";
        };
    // labels are joined to the grouped rows, one look-up per row
    String label =
        switch (by) {
          case SCHOOL -> "o.short_name";
          case COURSE -> "co.title";
          default -> "NULL";
        };
    String labels =
        switch (by) {
          case SCHOOL -> " LEFT JOIN organisations o ON o.id = g.k";
          case COURSE -> " LEFT JOIN courses co ON co.id = g.k";
          default -> "";
        };
    Query q =
        em.createNativeQuery(
            "SELECT g.y, g.s, g.k, " + label + ", g.n FROM (SELECT YEAR(c.issued_on) y, " + part + " s, " + key
                + " k, COUNT(*) n FROM certificates c WHERE " + VALID
                + " AND c.issued_on BETWEEN ?1 AND ?2" + (organisationId == null ? "" : " AND c.organisation_id = ?3")
                + " GROUP BY y, s, k) g" + labels + " ORDER BY g.y, g.s, g.n DESC, 4");
    q.setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to));
    if (organisationId != null) {
      q.setParameter(3, organisationId);
    }
    List<Issued> out = new ArrayList<>();
    for (Object[] r : rows(q)) {
      LocalDate start = LocalDate.of(number(r[0]).intValue(), (number(r[1]).intValue() - 1) * monthsPer + 1, 1);
      Long id = by == By.SCHOOL || by == By.COURSE ? (r[2] == null ? null : number(r[2]).longValue()) : null;
      out.add(new Issued(start, id, r[3] == null ? null : r[3].toString(), number(r[4]).longValue()));
    }
    return out;
  }

  /** Valid certificates issued from {@code from} to {@code to} (inclusive) per organisation: counts only, no names. */
  public Map<Long, Long> issuedPerOrganisation(LocalDate from, LocalDate to) {
    Query q =
        em.createNativeQuery(
            "SELECT c.organisation_id, COUNT(*) FROM certificates c WHERE " + VALID + " AND c.issued_on BETWEEN ?1 AND ?2"
                + " GROUP BY c.organisation_id");
    q.setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to));
    Map<Long, Long> out = new HashMap<>();
    rows(q).forEach(r -> out.put(number(r[0]).longValue(), number(r[1]).longValue()));
    return out;
  }

  /**
   * Each organisation's staff (everyone on it, as in {@link QualificationCycle#ofOrganisation}) by
   * state on {@code today}; only one organisation's when {@code organisationId} is given.
   */
  public List<Compliance> compliance(LocalDate today, Long organisationId) {
    String only = organisationId == null ? "" : " AND person_id IN (SELECT id FROM people WHERE organisation_id = ?3)";
    return compliance(today, only, organisationId == null ? "" : " WHERE p.organisation_id = ?3", organisationId);
  }

  /**
   * The same for the people whose ids are from {@code fromId} (included) to {@code untilId}
   * (excluded), per their organisation: counts of halves of the people add up to the whole, so a
   * caller may count two halves at the same time.
   */
  public List<Compliance> complianceOfPeople(LocalDate today, long fromId, long untilId) {
    return compliance(today, " AND person_id >= " + fromId + " AND person_id < " + untilId,
        " WHERE p.id >= " + fromId + " AND p.id < " + untilId, null);
  }

  /** The least and the greatest id of a person, or nothing when there are no people. */
  public Optional<long[]> personIds() {
    Object[] r = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM people").getSingleResult();
    return r[0] == null ? Optional.empty() : Optional.of(new long[] {number(r[0]).longValue(), number(r[1]).longValue()});
  }

  private List<Compliance> compliance(LocalDate today, String onlyRows, String onlyPeople, Long organisationId) {
    Cutoffs cut = cutoffs(today);
    // each source grouped by person first, in the order of its person index, so that only one row
    // per person and source is unioned and grouped again (not every certificate sorted); the
    // latest day is then a plain column, compared four times per person
    Query q =
        em.createNativeQuery(
            "SELECT p.organisation_id, COUNT(*),"
                + " SUM(CASE WHEN t.last >= ?2 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.last >= ?1 AND t.last < ?2 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.last < ?1 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.last IS NULL THEN 1 ELSE 0 END)"
                + " FROM people p LEFT JOIN (SELECT u.person_id, MAX(u.d) last FROM ("
                + "SELECT person_id, MAX(issued_on) d FROM certificates WHERE status = 'VALID' AND academic_hours >= "
                + QualificationCycle.MIN_HOURS + onlyRows + " GROUP BY person_id"
                + " UNION ALL SELECT person_id, MAX(completed_on) FROM external_trainings WHERE academic_hours >= "
                + QualificationCycle.MIN_HOURS + onlyRows + " GROUP BY person_id"
                + ") u GROUP BY u.person_id) t ON t.person_id = p.id" + onlyPeople
                + " GROUP BY p.organisation_id");
    q.setParameter(1, java.sql.Date.valueOf(cut.overdueBefore())).setParameter(2, java.sql.Date.valueOf(cut.currentFrom()));
    if (organisationId != null) {
      q.setParameter(3, organisationId);
    }
    return rows(q).stream()
        .map(
            r ->
                new Compliance(
                    number(r[0]).longValue(), number(r[1]).longValue(), number(r[2]).longValue(),
                    number(r[3]).longValue(), number(r[4]).longValue(), number(r[5]).longValue()))
        .toList();
  }

  /** The latest valid certificate of each person on an organisation's staff who has one. */
  public Map<Long, Latest> latestOfStaff(long organisationId) {
    Query q =
        em.createNativeQuery(
            "SELECT c.person_id, c.registration_number, c.programme_title, c.academic_hours, c.issued_on"
                + " FROM certificates c JOIN people p ON p.id = c.person_id"
                + " WHERE p.organisation_id = ?1 AND " + VALID
                + " ORDER BY c.person_id, c.issued_on, c.id");
    q.setParameter(1, organisationId);
    Map<Long, Latest> latest = new HashMap<>();
    for (Object[] r : rows(q)) {
      // ordered by day, so the last one put is the latest
      latest.put(number(r[0]).longValue(), new Latest((String) r[1], (String) r[2], number(r[3]).intValue(), day(r[4])));
    }
    return latest;
  }

  /** Every certificate of a person, newest first, whatever its status. */
  public List<Held> ofPerson(long personId) {
    Query q =
        em.createNativeQuery(
            "SELECT c.id, c.registration_number, c.programme_title, c.academic_hours, c.issued_on, c.status"
                + " FROM certificates c WHERE c.person_id = ?1 ORDER BY c.issued_on DESC, c.id DESC");
    q.setParameter(1, personId);
    return rows(q).stream()
        .map(r -> new Held(number(r[0]).longValue(), (String) r[1], (String) r[2], number(r[3]).intValue(), day(r[4]), (String) r[5]))
        .toList();
  }

  /**
   * The cut-off days, found by asking the cycle's own rule about the days around three years ago,
   * so that SQL and {@link QualificationCycle} can never disagree (the state only moves forward as
   * the last training day does).
   */
  public static Cutoffs cutoffs(LocalDate today) {
    LocalDate overdueBefore =
        first(today.minusYears(QualificationCycle.YEARS).minusDays(4), d -> state(d, today) != CycleState.OVERDUE);
    LocalDate currentFrom =
        first(
            today.plusMonths(QualificationCycle.WARN_MONTHS).minusYears(QualificationCycle.YEARS).minusDays(4),
            d -> state(d, today) == CycleState.CURRENT);
    return new Cutoffs(overdueBefore, currentFrom);
  }

  private static CycleState state(LocalDate last, LocalDate today) {
    return QualificationCycle.standing(null, last, today).state();
  }

  private static LocalDate first(LocalDate start, Predicate<LocalDate> test) {
    LocalDate d = start;
    while (!test.test(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query q) {
    return q.getResultList();
  }

  private static Number number(Object o) {
    return (Number) o;
  }

  private static LocalDate day(Object o) {
    return o instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) o;
  }
}
