package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only counts of webinar participation for the department's dashboard, each one SQL
 * aggregate. A webinar is held when it was not cancelled and has started; a participant is a
 * person with current attendance of more than zero minutes (attendance is append-only: the current
 * row is the one no later row supersedes).
 */
@ApplicationScoped
public class WebinarStatistics {

  /** One month (its first day, in the district's time) of webinars. */
  public record Month(LocalDate month, long held, long participants, long schools) {}

  /** The period's totals: distinct people and schools over the whole period, not sums of months. */
  public record Totals(long held, long participants, long schools) {}

  private static final String HELD = "w.status <> 'CANCELLED' AND w.starts_at >= ?1 AND w.starts_at < ?2 AND w.starts_at <= ?3";
  private static final String CURRENT =
      "a.minutes > 0 AND NOT EXISTS (SELECT 1 FROM webinar_attendance s WHERE s.supersedes_id = a.id)";

  /**
   * The current attendance of the held webinars, webinars first (a range of their start) and the
   * attendance from its covering index; people are joined only after DISTINCT has made them few.
   */
  private static final String ATTENDED =
      " FROM webinars w STRAIGHT_JOIN webinar_attendance a ON a.webinar_id = w.id WHERE " + HELD + " AND " + CURRENT;

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** Per month of the days {@code from}..{@code to} in {@code zone}: held, participants, schools. */
  public List<Month> months(LocalDate from, LocalDate to, ZoneId zone, Instant now) {
    String local = "DATE_ADD(w.starts_at, INTERVAL " + offsetMinutes(zone, from) + " MINUTE)";
    Map<LocalDate, long[]> byMonth = new java.util.TreeMap<>();
    Query held =
        em.createNativeQuery(
            "SELECT YEAR(" + local + ") y, MONTH(" + local + ") m, COUNT(*) FROM webinars w WHERE " + HELD + " GROUP BY y, m");
    for (Object[] r : rows(bind(held, from, to, zone, now))) {
      byMonth.computeIfAbsent(month(r), k -> new long[3])[0] = ((Number) r[2]).longValue();
    }
    Query people =
        em.createNativeQuery(
            "SELECT x.y, x.m, COUNT(*), COUNT(DISTINCT CASE WHEN o.kind = 'SCHOOL' THEN o.id END) FROM (SELECT DISTINCT YEAR("
                + local + ") y, MONTH(" + local + ") m, a.person_id" + ATTENDED + ") x"
                + " JOIN people p ON p.id = x.person_id JOIN organisations o ON o.id = p.organisation_id GROUP BY x.y, x.m");
    for (Object[] r : rows(bind(people, from, to, zone, now))) {
      long[] v = byMonth.computeIfAbsent(month(r), k -> new long[3]);
      v[1] = ((Number) r[2]).longValue();
      v[2] = ((Number) r[3]).longValue();
    }
    return byMonth.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
  }

  /** The whole period's webinars held, distinct participants and distinct schools taking part. */
  public Totals totals(LocalDate from, LocalDate to, ZoneId zone, Instant now) {
    Object held = bind(em.createNativeQuery("SELECT COUNT(*) FROM webinars w WHERE " + HELD), from, to, zone, now).getSingleResult();
    Object[] people =
        (Object[])
            bind(
                    em.createNativeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT CASE WHEN o.kind = 'SCHOOL' THEN o.id END)"
                            + " FROM (SELECT DISTINCT a.person_id" + ATTENDED + ") x"
                            + " JOIN people p ON p.id = x.person_id JOIN organisations o ON o.id = p.organisation_id"),
                    from, to, zone, now)
                .getSingleResult();
    return new Totals(((Number) held).longValue(), ((Number) people[0]).longValue(), ((Number) people[1]).longValue());
  }

  /** Distinct participants per organisation in the period. */
  public Map<Long, Long> participantsByOrganisation(LocalDate from, LocalDate to, ZoneId zone, Instant now, Long organisationId) {
    Query q =
        em.createNativeQuery(
            "SELECT p.organisation_id, COUNT(*) FROM (SELECT DISTINCT a.person_id" + ATTENDED + ") x"
                + " JOIN people p ON p.id = x.person_id"
                + (organisationId == null ? "" : " WHERE p.organisation_id = ?4") + " GROUP BY p.organisation_id");
    bind(q, from, to, zone, now);
    if (organisationId != null) {
      q.setParameter(4, organisationId);
    }
    Map<Long, Long> out = new HashMap<>();
    rows(q).forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    return out;
  }

  /** How many held webinars a person attended, ever. */
  public long attendedBy(long personId) {
    Object n =
        em.createNativeQuery(
                "SELECT COUNT(DISTINCT a.webinar_id) FROM webinar_attendance a JOIN webinars w ON w.id = a.webinar_id"
                    + " WHERE a.person_id = ?1 AND w.status <> 'CANCELLED' AND " + CURRENT)
            .setParameter(1, personId)
            .getSingleResult();
    return ((Number) n).longValue();
  }

  private static Query bind(Query q, LocalDate from, LocalDate to, ZoneId zone, Instant now) {
    return q.setParameter(1, utc(from.atStartOfDay(zone).toInstant()))
        .setParameter(2, utc(to.plusDays(1).atStartOfDay(zone).toInstant()))
        .setParameter(3, utc(now));
  }

  /** As InstantConverter binds them: the driver stores the instant as UTC (connectionTimeZone=UTC). */
  private static Timestamp utc(Instant instant) {
    return Timestamp.from(instant);
  }

  /** The zone's offset; the district's zone (Yekaterinburg) has kept one offset since 2014. */
  private static int offsetMinutes(ZoneId zone, LocalDate day) {
    return zone.getRules().getOffset(day.atStartOfDay(zone).toInstant()).getTotalSeconds() / 60;
  }

  private static LocalDate month(Object[] r) {
    return LocalDate.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), 1);
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query q) {
    return q.getResultList();
  }
}
