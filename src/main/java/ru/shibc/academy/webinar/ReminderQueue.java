package ru.shibc.academy.webinar;

import static ru.shibc.academy.webinar.Rows.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Queues the reminders now due: 24 hours and 1 hour before the start, to everyone holding a place.
 * It coordinates with nothing on purpose: any number of runs, on any number of nodes, at the same
 * moment, queue each reminder once, because the outbox's unique dedupe key
 * ({@code webinar:{id}:reminder-24h:{person}:{sequence}}) lets only the first insert in.
 */
@ApplicationScoped
public class ReminderQueue {

  static final Duration DAY = Duration.ofHours(24);
  static final Duration HOUR = Duration.ofHours(1);

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Registrations registrations;
  @Inject private WebinarMail mail;

  /** Returns how many reminders this run queued (0 when another run had queued them). */
  @Transactional
  public int queueDue() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + Rows.WEBINAR_COLUMNS
                + " FROM webinars w WHERE w.status = 'SCHEDULED' AND w.starts_at > ? AND w.starts_at <= ? ORDER BY w.id")
            .setParameter(1, ts(now))
            .setParameter(2, ts(now.plus(DAY)))
            .getResultList();
    int queued = 0;
    for (Webinar w : rows.stream().map(Rows::webinar).toList()) {
      boolean lastHour = !w.startsAt().isAfter(now.plus(HOUR));
      String which = lastHour ? "reminder-1h" : "reminder-24h";
      for (Participant p : registrations.people(w.id(), RegistrationStatus.REGISTERED)) {
        if (mail.reminder(which, w, p, now)) {
          queued++;
        }
      }
    }
    return queued;
  }
}
