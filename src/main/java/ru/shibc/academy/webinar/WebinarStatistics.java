package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read-only counts of webinar participation for the department's dashboard, each one SQL
 * aggregate. A webinar is held when it was not cancelled and has started; a participant is a
 * person with current attendance of more than zero minutes (attendance is append-only: the current
 * row is the one no later row supersedes).
 *
 * <p>Whole months that are over come from the monthly summary ({@link WebinarParticipation}): a
 * few narrow rows per person and month instead of every attendance row joined to people; the rest
 * of the period comes from the evidence ({@link ParticipationSpan}). Distinct people and schools
 * over both are counted as those of the summary plus those only the evidence has.
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
  private static final String SUMMARY = "webinar_month_participants";
  private static final String IN_WHOLE_MONTHS = "m.month >= ? AND m.month < ?";
  private static final String PERSON_INDEX = "ix_webinar_month_participants_person";
  private static final String ORGANISATION_INDEX = "ix_webinar_month_participants_organisation";

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** Per month of the days {@code from}..{@code to} in {@code zone}: held, participants, schools. */
  public List<Month> months(LocalDate from, LocalDate to, ZoneId zone, Instant now) {
    String local = "DATE_ADD(w.starts_at, INTERVAL " + offsetMinutes(zone, from) + " MINUTE)";
    Map<LocalDate, long[]> byMonth = new TreeMap<>();
    Query held =
        em.createNativeQuery(
            "SELECT YEAR(" + local + ") y, MONTH(" + local + ") m, COUNT(*) FROM webinars w WHERE " + HELD + " GROUP BY y, m");
    for (Object[] r : rows(bind(held, from, to, zone, now))) {
      byMonth.computeIfAbsent(month(r), k -> new long[3])[0] = number(r[2]);
    }
    ParticipationSpan span = ParticipationSpan.of(from, to, zone, now);
    List<Object[]> people = new ArrayList<>();
    if (span.hasWholeMonths()) {
      people.addAll(new Sql("SELECT YEAR(m.month), MONTH(m.month), COUNT(*),"
              + " COUNT(DISTINCT CASE WHEN m.school THEN m.organisation_id END) FROM " + SUMMARY + " m WHERE ")
          .whole(span).add(" GROUP BY m.month").rows(em));
    }
    if (!span.evidence().isEmpty()) {
      people.addAll(new Sql("SELECT x.y, x.m, COUNT(*), COUNT(DISTINCT CASE WHEN o.kind = 'SCHOOL' THEN o.id END)"
              + " FROM (SELECT DISTINCT YEAR(" + local + ") y, MONTH(" + local + ") m, a.person_id")
          .attended(span, now).add(") x JOIN people p ON p.id = x.person_id JOIN organisations o ON o.id = p.organisation_id"
              + " GROUP BY x.y, x.m").rows(em));
    }
    for (Object[] r : people) {
      long[] v = byMonth.computeIfAbsent(month(r), k -> new long[3]);
      v[1] = number(r[2]);
      v[2] = number(r[3]);
    }
    return byMonth.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
  }

  /** The whole period's webinars held, distinct participants and distinct schools taking part. */
  public Totals totals(LocalDate from, LocalDate to, ZoneId zone, Instant now) {
    long held = number(bind(em.createNativeQuery("SELECT COUNT(*) FROM webinars w WHERE " + HELD), from, to, zone, now).getSingleResult());
    ParticipationSpan span = ParticipationSpan.of(from, to, zone, now);
    if (!span.hasWholeMonths()) {
      Object[] r = new Sql("SELECT COUNT(*), COUNT(DISTINCT CASE WHEN o.kind = 'SCHOOL' THEN o.id END) FROM (SELECT DISTINCT a.person_id")
          .attended(span, now).add(") x JOIN people p ON p.id = x.person_id JOIN organisations o ON o.id = p.organisation_id")
          .rows(em).get(0);
      return new Totals(held, number(r[0]), number(r[1]));
    }
    // people: those of the summary, plus those only the evidence has
    Sql people =
        span.longWholeMonths()
            ? new Sql("SELECT (SELECT COUNT(*) FROM (SELECT m.person_id FROM " + SUMMARY + " m FORCE INDEX (" + PERSON_INDEX
                    + ") WHERE ").whole(span).add(" GROUP BY m.person_id) s)")
            : new Sql("SELECT (SELECT COUNT(DISTINCT m.person_id) FROM " + SUMMARY + " m WHERE ").whole(span).add(")");
    if (!span.evidence().isEmpty()) {
      people.add(" + (SELECT COUNT(DISTINCT a.person_id)").attended(span, now).notInWholeMonths(span).add(")");
    }
    // schools: those of the summary (over years each school probed once, as most are found at
    // their first row), with the few the evidence adds
    Sql schools =
        span.longWholeMonths()
            ? new Sql("SELECT COUNT(DISTINCT x.id) FROM (SELECT o.id FROM organisations o WHERE o.kind = 'SCHOOL'"
                    + " AND (SELECT 1 FROM " + SUMMARY + " m WHERE m.organisation_id = o.id AND ").whole(span).add(" LIMIT 1) IS NOT NULL")
            : new Sql("SELECT COUNT(DISTINCT x.id) FROM (SELECT DISTINCT m.organisation_id id FROM " + SUMMARY + " m WHERE m.school AND ")
                .whole(span);
    if (!span.evidence().isEmpty()) {
      schools.add(" UNION ALL SELECT o.id FROM (SELECT DISTINCT a.person_id").attended(span, now)
          .add(") e JOIN people p ON p.id = e.person_id JOIN organisations o ON o.id = p.organisation_id WHERE o.kind = 'SCHOOL'");
    }
    return new Totals(held, number(people.add(" FROM DUAL").single(em)), number(schools.add(") x").single(em)));
  }

  /** Distinct participants per organisation in the period. */
  public Map<Long, Long> participantsByOrganisation(LocalDate from, LocalDate to, ZoneId zone, Instant now, Long organisationId) {
    ParticipationSpan span = ParticipationSpan.of(from, to, zone, now);
    Sql q;
    if (!span.hasWholeMonths()) {
      q = new Sql("SELECT p.organisation_id, COUNT(*) FROM (SELECT DISTINCT a.person_id").attended(span, now)
          .add(") x JOIN people p ON p.id = x.person_id").onlyOne("p", organisationId).add(" GROUP BY p.organisation_id");
    } else {
      // those of the summary per organisation (over years, or for one organisation, in the order of
      // its organisation index; else its month range), plus those only the evidence has
      String index = organisationId != null || span.longWholeMonths() ? ORGANISATION_INDEX : "PRIMARY";
      q = new Sql("SELECT u.organisation_id, SUM(u.n) FROM (SELECT m.organisation_id, COUNT(DISTINCT m.person_id) n FROM "
              + SUMMARY + " m FORCE INDEX (" + index + ")").onlyOne("m", organisationId)
          .add(organisationId == null ? " WHERE " : " AND ").whole(span).add(" GROUP BY m.organisation_id");
      if (!span.evidence().isEmpty()) {
        q.add(" UNION ALL SELECT p.organisation_id, COUNT(*) FROM (SELECT DISTINCT a.person_id").attended(span, now)
            .notInWholeMonths(span).add(") x JOIN people p ON p.id = x.person_id").onlyOne("p", organisationId)
            .add(" GROUP BY p.organisation_id");
      }
      q.add(") u GROUP BY u.organisation_id");
    }
    Map<Long, Long> out = new HashMap<>();
    q.rows(em).forEach(r -> out.put(number(r[0]), number(r[1])));
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
    return number(n);
  }

  /** A native query put together with its parameters in order (unnumbered {@code ?}). */
  private static final class Sql {
    private final StringBuilder text;
    private final List<Object> params = new ArrayList<>();

    Sql(String start) {
      text = new StringBuilder(start);
    }

    Sql add(String more) {
      text.append(more);
      return this;
    }

    /** The summary's whole months of the span (alias {@code m}). */
    Sql whole(ParticipationSpan span) {
      params.add(java.sql.Date.valueOf(span.wholeFrom()));
      params.add(java.sql.Date.valueOf(span.wholeUntil()));
      return add(IN_WHOLE_MONTHS);
    }

    /**
     * Only people the summary does not have in its whole months: a per-row probe (a scalar
     * subquery), so that the planner cannot turn it into a scan of the whole summary.
     */
    Sql notInWholeMonths(ParticipationSpan span) {
      return add(" AND (SELECT 1 FROM " + SUMMARY + " m WHERE m.person_id = a.person_id AND ").whole(span).add(" LIMIT 1) IS NULL");
    }

    /** {@code WHERE alias.organisation_id = ?} when one organisation is asked for. */
    Sql onlyOne(String alias, Long organisationId) {
      if (organisationId == null) {
        return this;
      }
      params.add(organisationId);
      return add(" WHERE " + alias + ".organisation_id = ?");
    }

    /**
     * The current attendance at held webinars in the span's evidence ranges: webinars first (a
     * range of their start), then the attendance from its covering index; people are joined by
     * the callers only after DISTINCT has made them few.
     */
    Sql attended(ParticipationSpan span, Instant now) {
      add(" FROM webinars w STRAIGHT_JOIN webinar_attendance a ON a.webinar_id = w.id"
          + " WHERE w.status <> 'CANCELLED' AND w.starts_at <= ? AND (");
      params.add(utc(now));
      for (int i = 0; i < span.evidence().size(); i++) {
        ParticipationSpan.Range r = span.evidence().get(i);
        add(i == 0 ? "" : " OR ").add("(w.starts_at >= ? AND w.starts_at < ?)");
        params.add(utc(r.from()));
        params.add(utc(r.until()));
      }
      return add(") AND " + CURRENT);
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em) {
      return query(em).getResultList();
    }

    Object single(EntityManager em) {
      return query(em).getSingleResult();
    }

    private Query query(EntityManager em) {
      Query q = em.createNativeQuery(text.toString());
      for (int i = 0; i < params.size(); i++) {
        q.setParameter(i + 1, params.get(i));
      }
      return q;
    }
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

  private static long number(Object o) {
    return ((Number) o).longValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query q) {
    return q.getResultList();
  }
}
