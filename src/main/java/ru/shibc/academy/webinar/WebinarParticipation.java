package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import ru.shibc.academy.people.PersonMoved;

/**
 * Keeps {@code webinar_month_participants} (V13) equal to what the attendance evidence says: per
 * person and district month, how many current attendance rows of more than zero minutes they have
 * at webinars that were not cancelled. Every change is written in the transaction that changes the
 * evidence, the webinar or the person, as a signed step on the row ({@code attended + n}), so
 * writers of different webinars for the same person add up instead of overwriting each other;
 * a row that reaches zero is deleted. Writers of a webinar hold its row lock, so what a webinar
 * contributes cannot change while it is counted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebinarParticipation {

  /** The summary's months are district months at this offset; V13 fills them the same way. */
  public static final ZoneOffset MONTH_OFFSET = ZoneOffset.ofHours(5);

  /** Each person's current attendance rows above zero minutes at one webinar. */
  private static final String CURRENT_AT_WEBINAR =
      "SELECT a.person_id, COUNT(*) FROM webinar_attendance a WHERE a.webinar_id = ? AND a.minutes > 0"
          + " AND NOT EXISTS (SELECT 1 FROM webinar_attendance s WHERE s.supersedes_id = a.id) GROUP BY a.person_id";

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** The first day of the district month a webinar starting at this instant belongs to. */
  public static LocalDate month(Instant startsAt) {
    return startsAt.atOffset(MONTH_OFFSET).toLocalDate().withDayOfMonth(1);
  }

  /**
   * A row was appended for a person: their current attendance went from {@code before} minutes
   * ({@code null}: none yet) to {@code after}. The caller holds the webinar's row lock.
   */
  public void attendanceChanged(Webinar webinar, long personId, Integer before, int after) {
    if (webinar.status() == WebinarStatus.CANCELLED) {
      return; // a cancelled webinar counts for nobody, before or after
    }
    int step = (after > 0 ? 1 : 0) - (before != null && before > 0 ? 1 : 0);
    add(month(webinar.startsAt()), personId, step);
  }

  /** A started webinar (it may have attendance) was moved to another start; its attendance goes along. */
  public void moved(long webinarId, Instant from, Instant to) {
    LocalDate before = month(from);
    LocalDate after = month(to);
    if (before.equals(after)) {
      return;
    }
    for (Object[] r : currentAt(webinarId)) {
      long person = ((Number) r[0]).longValue();
      int rows = ((Number) r[1]).intValue();
      add(before, person, -rows);
      add(after, person, rows);
    }
  }

  /** A webinar was cancelled: its attendance no longer counts. The caller holds its row lock. */
  public void cancelled(Webinar webinar) {
    LocalDate month = month(webinar.startsAt());
    for (Object[] r : currentAt(webinar.id())) {
      add(month, ((Number) r[0]).longValue(), -((Number) r[1]).intValue());
    }
  }

  /** The person's rows follow them to their new organisation (the dashboard counts people where they work). */
  void personMoved(@Observes PersonMoved moved) {
    em.createNativeQuery(
            "UPDATE webinar_month_participants m JOIN people p ON p.id = m.person_id"
                + " JOIN organisations o ON o.id = p.organisation_id"
                + " SET m.organisation_id = p.organisation_id, m.school = (o.kind = 'SCHOOL') WHERE m.person_id = ?")
        .setParameter(1, moved.personId())
        .executeUpdate();
  }

  private void add(LocalDate month, long personId, int step) {
    if (step > 0) {
      // the organisation is read with a shared lock (INSERT … SELECT), so a concurrent move of the
      // person either is committed and seen here, or waits until this row exists and then moves it
      em.createNativeQuery(
              "INSERT INTO webinar_month_participants (month, person_id, organisation_id, school, attended)"
                  + " SELECT ?, p.id, p.organisation_id, o.kind = 'SCHOOL', ? FROM people p"
                  + " JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?"
                  + " ON DUPLICATE KEY UPDATE attended = attended + VALUES(attended)")
          .setParameter(1, java.sql.Date.valueOf(month))
          .setParameter(2, step)
          .setParameter(3, personId)
          .executeUpdate();
    } else if (step < 0) {
      em.createNativeQuery("UPDATE webinar_month_participants SET attended = attended + ? WHERE month = ? AND person_id = ?")
          .setParameter(1, step)
          .setParameter(2, java.sql.Date.valueOf(month))
          .setParameter(3, personId)
          .executeUpdate();
      em.createNativeQuery("DELETE FROM webinar_month_participants WHERE month = ? AND person_id = ? AND attended <= 0")
          .setParameter(1, java.sql.Date.valueOf(month))
          .setParameter(2, personId)
          .executeUpdate();
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> currentAt(long webinarId) {
    return em.createNativeQuery(CURRENT_AT_WEBINAR).setParameter(1, webinarId).getResultList();
  }
}
