package ru.shibc.academy.webinar;

import static ru.shibc.academy.webinar.Rows.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;

/**
 * Registration with capacity and a waitlist. Every change takes the webinar row {@code FOR
 * UPDATE} first and counts after, so concurrent registrations queue on that lock and never
 * overbook; a freed place goes to the first in the waitlist in the same transaction.
 */
@ApplicationScoped
public class Registrations {

  private static final String COLUMNS =
      "r.id, r.webinar_id, r.status, r.queued_at, r.registered_at, r.promoted_at, r.cancelled_at, r.cancelled_by,"
          + " r.version, " + Participants.COLUMNS;

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Webinars webinars;
  @Inject private Participants participants;
  @Inject private WebinarMail mail;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;

  /**
   * Registers a person, or puts them in the waitlist when the webinar is full.
   *
   * @throws AcademyException 409 when already registered or waiting, or when the webinar is over
   *     or cancelled; 403 when the person is not in the webinar's audience
   */
  @Transactional
  public Registration register(long webinarId, long personId) {
    Webinar webinar = webinars.lock(webinarId);
    Instant now = clock.instant();
    if (webinar.status() != WebinarStatus.SCHEDULED || now.isAfter(webinar.endsAt())) {
      throw AcademyException.conflict("webinar.register.closed");
    }
    if (!webinars.inAudience(webinar, personId)) {
      throw new AcademyException(AcademyException.Kind.FORBIDDEN, "webinar.register.notAudience");
    }
    Optional<Registration> existing = of(webinarId, personId);
    if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
      throw AcademyException.conflict("webinar.register.twice");
    }
    boolean place = webinar.capacity() == null || registeredCount(webinarId) < webinar.capacity();
    RegistrationStatus status = place ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
    if (existing.isPresent()) {
      em.createNativeQuery("UPDATE webinar_registrations SET status = ?, queued_at = ?, registered_at = ?,"
              + " promoted_at = NULL, cancelled_at = NULL, cancelled_by = NULL, version = version + 1 WHERE id = ?")
          .setParameter(1, status.name())
          .setParameter(2, ts(now))
          .setParameter(3, place ? ts(now) : null)
          .setParameter(4, existing.get().id())
          .executeUpdate();
    } else {
      em.createNativeQuery("INSERT INTO webinar_registrations (webinar_id, person_id, status, queued_at, registered_at)"
              + " VALUES (?, ?, ?, ?, ?)")
          .setParameter(1, webinarId)
          .setParameter(2, personId)
          .setParameter(3, status.name())
          .setParameter(4, ts(now))
          .setParameter(5, place ? ts(now) : null)
          .executeUpdate();
    }
    Registration registration = of(webinarId, personId).orElseThrow();
    if (place) {
      mail.registered(webinar, registration.person(), registration.version());
    } else {
      mail.waitlisted(webinar, registration.person(), registration.version());
    }
    audit.record("webinar.registered", "webinar_registration", registration.id(), null, status.name());
    return registration;
  }

  /**
   * Gives up a place (by the person, or by a methodologist for them); the first in the waitlist
   * takes it.
   */
  @Transactional
  public Registration cancel(long webinarId, long personId) {
    Webinar webinar = webinars.lock(webinarId);
    Registration before =
        of(webinarId, personId)
            .filter(r -> r.status() != RegistrationStatus.CANCELLED)
            .orElseThrow(() -> AcademyException.conflict("webinar.register.notRegistered"));
    if (webinar.status() != WebinarStatus.SCHEDULED) {
      throw AcademyException.conflict("webinar.notScheduled");
    }
    em.createNativeQuery("UPDATE webinar_registrations SET status = 'CANCELLED', cancelled_at = ?, cancelled_by = ?,"
            + " version = version + 1 WHERE id = ?")
        .setParameter(1, ts(clock.instant()))
        .setParameter(2, currentUser.username())
        .setParameter(3, before.id())
        .executeUpdate();
    audit.record("webinar.registrationCancelled", "webinar_registration", before.id(), before.status().name(), "CANCELLED");
    if (before.status() == RegistrationStatus.REGISTERED) {
      fillFreedPlaces(webinar);
    }
    return of(webinarId, personId).orElseThrow();
  }

  /** Promotes from the waitlist while there are places; the caller holds the webinar's lock. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void fillFreedPlaces(Webinar webinar) {
    while (webinar.capacity() == null || registeredCount(webinar.id()) < webinar.capacity()) {
      List<Registration> waiting = list(webinar.id(), RegistrationStatus.WAITLISTED);
      if (waiting.isEmpty()) {
        return;
      }
      Registration first = waiting.get(0);
      Instant now = clock.instant();
      em.createNativeQuery("UPDATE webinar_registrations SET status = 'REGISTERED', registered_at = ?, promoted_at = ?,"
              + " version = version + 1 WHERE id = ? AND status = 'WAITLISTED'")
          .setParameter(1, ts(now))
          .setParameter(2, ts(now))
          .setParameter(3, first.id())
          .executeUpdate();
      Registration promoted = of(webinar.id(), first.person().id()).orElseThrow();
      mail.promoted(webinar, promoted.person(), promoted.version());
      audit.record("webinar.promoted", "webinar_registration", first.id(), "WAITLISTED", "REGISTERED");
    }
  }

  public Optional<Registration> of(long webinarId, long personId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + COLUMNS + " FROM webinar_registrations r JOIN people p ON p.id = r.person_id"
                + " JOIN organisations o ON o.id = p.organisation_id WHERE r.webinar_id = ? AND r.person_id = ?")
            .setParameter(1, webinarId)
            .setParameter(2, personId)
            .getResultList();
    return rows.stream().findFirst().map(Registrations::registration);
  }

  /** A webinar's registrations of one status in queue order. */
  public List<Registration> list(long webinarId, RegistrationStatus status) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + COLUMNS + " FROM webinar_registrations r JOIN people p ON p.id = r.person_id"
                + " JOIN organisations o ON o.id = p.organisation_id WHERE r.webinar_id = ? AND r.status = ?"
                + " ORDER BY r.queued_at, r.id")
            .setParameter(1, webinarId)
            .setParameter(2, status.name())
            .getResultList();
    return rows.stream().map(Registrations::registration).toList();
  }

  public List<Participant> people(long webinarId, RegistrationStatus status) {
    return list(webinarId, status).stream().map(Registration::person).toList();
  }

  public long registeredCount(long webinarId) {
    return Rows.lng(em.createNativeQuery(
            "SELECT COUNT(*) FROM webinar_registrations WHERE webinar_id = ? AND status = 'REGISTERED'")
        .setParameter(1, webinarId)
        .getSingleResult());
  }

  private static Registration registration(Object[] r) {
    Participant person = Participants.of(java.util.Arrays.copyOfRange(r, 9, 14));
    return new Registration(
        Rows.lng(r[0]), Rows.lng(r[1]), person, RegistrationStatus.valueOf((String) r[2]), Rows.instant(r[3]),
        Rows.instant(r[4]), Rows.instant(r[5]), Rows.instant(r[6]), (String) r[7], Rows.lng(r[8]));
  }

  /** Whether a person holds a place (not waiting, not cancelled). */
  public boolean holdsPlace(long webinarId, long personId) {
    return of(webinarId, personId).map(r -> r.status() == RegistrationStatus.REGISTERED).orElse(false);
  }
}
