package ru.shibc.academy.webinar;

import static ru.shibc.academy.webinar.Rows.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;

/**
 * Attendance as evidence. Rows are only ever inserted: a correction is a new row naming the row it
 * supersedes and why. A person's current attendance is their latest row that no other row
 * supersedes. Every write holds the webinar's row lock, so two writers never supersede the same
 * row.
 */
@ApplicationScoped
public class Attendance {

  private static final String COLUMNS =
      "a.id, a.webinar_id, a.person_id, CONCAT_WS(' ', p.surname, p.name, p.patronymic), a.source, a.joined_at,"
          + " a.left_at, a.minutes, a.supersedes_id, a.reason, a.recorded_by, a.recorded_at";

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Webinars webinars;
  @Inject private Registrations registrations;
  @Inject private WebinarActivities activities;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private Participants participants;
  @Inject private WebinarParticipation participation;

  /** Each person's current attendance at a webinar, by person id. */
  public Map<Long, AttendanceRecord> current(long webinarId) {
    Map<Long, AttendanceRecord> byPerson = new LinkedHashMap<>();
    for (AttendanceRecord r : query("a.webinar_id = ? AND NOT EXISTS (SELECT 1 FROM webinar_attendance s"
        + " WHERE s.supersedes_id = a.id)", webinarId)) {
      byPerson.put(r.personId(), r); // ordered by id: the latest wins
    }
    return byPerson;
  }

  public Optional<AttendanceRecord> currentOf(long webinarId, long personId) {
    return Optional.ofNullable(current(webinarId).get(personId));
  }

  /** Every row of a webinar, oldest first: the whole evidence including what was corrected. */
  public List<AttendanceRecord> history(long webinarId) {
    return query("a.webinar_id = ?", webinarId);
  }

  /**
   * Marks or corrects a person's attendance (a methodologist). A first mark needs no reason; a
   * correction of an existing row does.
   */
  @Transactional
  public AttendanceRecord mark(long webinarId, long personId, int minutes, Instant joinedAt, Instant leftAt,
      String reason) {
    if (!webinars.mayManage()) {
      throw AcademyException.forbidden();
    }
    Webinar webinar = webinars.lock(webinarId);
    if (clock.instant().isBefore(webinar.startsAt()) || webinar.status() == WebinarStatus.CANCELLED) {
      throw AcademyException.conflict("webinar.attendance.notStarted");
    }
    if (minutes < 0 || minutes > webinar.durationMinutes() + 240) {
      throw AcademyException.invalid("webinar.attendance.minutes", webinar.durationMinutes() + 240);
    }
    if (joinedAt != null && leftAt != null && leftAt.isBefore(joinedAt)) {
      throw AcademyException.invalid("webinar.attendance.times");
    }
    if (registrations.of(webinarId, personId).isEmpty() && currentOf(webinarId, personId).isEmpty()) {
      throw AcademyException.invalid("webinar.attendance.notRegistered");
    }
    Optional<AttendanceRecord> before = currentOf(webinarId, personId);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (before.isPresent() && why == null) {
      throw AcademyException.invalid("webinar.attendance.reasonRequired");
    }
    if (why != null && why.length() > 1000) {
      throw AcademyException.invalid("webinar.attendance.reasonTooLong");
    }
    AttendanceSource source = before.isPresent() ? AttendanceSource.CORRECTION : AttendanceSource.MARKED;
    AttendanceRecord after = append(webinar, personId, source, joinedAt, leftAt, minutes, why, currentUser.username());
    audit.record("webinar.attendance." + source.name().toLowerCase(java.util.Locale.ROOT), "webinar_attendance",
        after.id(), before.orElse(null), after);
    return after;
  }

  /**
   * Appends a row superseding the person's current one, if any, and keeps the monthly participation
   * summary in step; then a linked course activity may be complete. The caller holds the webinar's
   * row lock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AttendanceRecord append(Webinar webinar, long personId, AttendanceSource source, Instant joinedAt,
      Instant leftAt, int minutes, String reason, String recordedBy) {
    Optional<AttendanceRecord> current = currentOf(webinar.id(), personId);
    Instant now = clock.instant();
    em.createNativeQuery("INSERT INTO webinar_attendance (webinar_id, person_id, source, joined_at, left_at, minutes,"
            + " supersedes_id, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, webinar.id())
        .setParameter(2, personId)
        .setParameter(3, source.name())
        .setParameter(4, ts(joinedAt))
        .setParameter(5, ts(leftAt))
        .setParameter(6, minutes)
        .setParameter(7, current.map(AttendanceRecord::id).orElse(null))
        .setParameter(8, reason)
        .setParameter(9, recordedBy)
        .setParameter(10, ts(now))
        .executeUpdate();
    AttendanceRecord added = currentOf(webinar.id(), personId).orElseThrow();
    participation.attendanceChanged(webinar, personId, current.map(AttendanceRecord::minutes).orElse(null), minutes);
    activities.attended(webinar.id(), personId, minutes);
    return added;
  }

  /**
   * Records one sighting of the people in a running meeting (polling): each person's BBB_POLL row
   * is superseded by one from their first sighting until now. False when another node polled this
   * webinar less than half an interval ago (checked under the webinar's row lock).
   */
  @Transactional
  public boolean sighted(long webinarId, List<Long> personIds, long pollSeconds) {
    Webinar webinar = webinars.lock(webinarId);
    Instant now = clock.instant();
    Optional<Instant> last = lastPolled(webinarId);
    if (last.isPresent() && last.get().isAfter(now.minusSeconds(Math.max(1, pollSeconds / 2)))) {
      return false;
    }
    for (long personId : personIds) {
      if (participants.find(personId).isEmpty()) {
        continue;
      }
      Optional<AttendanceRecord> current = currentOf(webinarId, personId);
      if (current.isPresent() && current.get().source() != AttendanceSource.BBB_POLL) {
        continue; // a callback or a methodologist's mark is better evidence than a sighting
      }
      Instant since = current.map(AttendanceRecord::joinedAt).orElse(now);
      int minutes = (int) java.time.Duration.between(since, now).toMinutes();
      append(webinar, personId, AttendanceSource.BBB_POLL, since, now, minutes, null, "polling");
    }
    return true;
  }

  /** When this webinar was last polled, to let only one node poll it per interval. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Instant> lastPolled(long webinarId) {
    return Optional.ofNullable(Rows.instant(em.createNativeQuery(
            "SELECT MAX(recorded_at) FROM webinar_attendance WHERE webinar_id = ? AND source = 'BBB_POLL'")
        .setParameter(1, webinarId)
        .getSingleResult()));
  }

  private List<AttendanceRecord> query(String where, long webinarId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + COLUMNS + " FROM webinar_attendance a JOIN people p ON p.id = a.person_id"
                + " WHERE " + where + " ORDER BY a.id")
            .setParameter(1, webinarId)
            .getResultList();
    return rows.stream()
        .map(r -> new AttendanceRecord(Rows.lng(r[0]), Rows.lng(r[1]), Rows.lng(r[2]), (String) r[3],
            AttendanceSource.valueOf((String) r[4]), Rows.instant(r[5]), Rows.instant(r[6]), Rows.integer(r[7]),
            r[8] == null ? null : Rows.lng(r[8]), (String) r[9], (String) r[10], Rows.instant(r[11])))
        .toList();
  }
}
