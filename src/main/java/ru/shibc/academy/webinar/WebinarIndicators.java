package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only counts for roadmap items 1.3, 3.1 and 3.2: webinars, meetings and consultations held,
 * and who took part.
 *
 * <p>A webinar or meeting is held when it is not cancelled and it started in the period, before
 * now. Its participants are the people with current attendance (a row no correction superseded)
 * of more than 0 minutes. A consultation is held when its booking is marked HELD, or still BOOKED
 * with its slot (not cancelled) over; its participant is the one who booked it.
 */
@ApplicationScoped
public class WebinarIndicators {

  private static final String HELD_WEBINAR =
      " w.kind = ? AND w.status <> 'CANCELLED' AND w.starts_at >= ? AND w.starts_at < ? AND w.starts_at < ?";
  private static final String HELD_CONSULTATION =
      " s.status <> 'CANCELLED' AND s.starts_at >= ? AND s.starts_at < ?"
          + " AND (b.status = 'HELD' OR (b.status = 'BOOKED' AND s.ends_at < ?))";
  private static final String WEBINAR_PEOPLE =
      "SELECT a.person_id FROM webinar_attendance a JOIN webinars w ON w.id = a.webinar_id WHERE"
          + HELD_WEBINAR
          + " AND a.minutes > 0 AND NOT EXISTS (SELECT 1 FROM webinar_attendance c WHERE c.supersedes_id = a.id)";
  private static final String CONSULTATION_PEOPLE =
      "SELECT b.person_id FROM consultation_bookings b JOIN consultation_slots s ON s.id = b.slot_id WHERE"
          + HELD_CONSULTATION;

  /** WEBINAR or MEETING, as {@code webinars.kind} has them. */
  public enum Kind {
    WEBINAR,
    MEETING
  }

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** Webinars (or meetings) held in [start, end), as of {@code now}. */
  public long held(Kind kind, Instant start, Instant end, Instant now) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM webinars w WHERE" + HELD_WEBINAR)
                .setParameter(1, kind.name())
                .setParameter(2, Timestamp.from(start))
                .setParameter(3, Timestamp.from(end))
                .setParameter(4, Timestamp.from(now))
                .getSingleResult())
        .longValue();
  }

  /** The start instants of the held webinars (or meetings), for counts per year. */
  public List<Instant> heldStarts(Kind kind, Instant start, Instant end, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("SELECT w.starts_at FROM webinars w WHERE" + HELD_WEBINAR + " ORDER BY w.starts_at")
            .setParameter(1, kind.name())
            .setParameter(2, Timestamp.from(start))
            .setParameter(3, Timestamp.from(end))
            .setParameter(4, Timestamp.from(now))
            .getResultList();
    return rows.stream().map(WebinarIndicators::instant).toList();
  }

  /** Consultations held in [start, end), as of {@code now}. */
  public long consultationsHeld(Instant start, Instant end, Instant now) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM consultation_bookings b JOIN consultation_slots s ON s.id = b.slot_id WHERE"
                        + HELD_CONSULTATION)
                .setParameter(1, Timestamp.from(start))
                .setParameter(2, Timestamp.from(end))
                .setParameter(3, Timestamp.from(now))
                .getSingleResult())
        .longValue();
  }

  /**
   * Distinct people who took part in a webinar held or a consultation held in [start, end), per
   * their organisation id.
   */
  public Map<Long, Long> participantsByOrganisation(Instant start, Instant end, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.organisation_id, COUNT(DISTINCT t.person_id) FROM (" + WEBINAR_PEOPLE + " UNION "
                    + CONSULTATION_PEOPLE + ") t JOIN people p ON p.id = t.person_id GROUP BY p.organisation_id")
            .setParameter(1, Kind.WEBINAR.name())
            .setParameter(2, Timestamp.from(start))
            .setParameter(3, Timestamp.from(end))
            .setParameter(4, Timestamp.from(now))
            .setParameter(5, Timestamp.from(start))
            .setParameter(6, Timestamp.from(end))
            .setParameter(7, Timestamp.from(now))
            .getResultList();
    Map<Long, Long> counts = new HashMap<>();
    rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    return counts;
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    return (Instant) value;
  }
}
