package ru.shibc.academy.webinar;

import static ru.shibc.academy.webinar.Rows.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.webinar.bigbluebutton.MeetingInfo;

/**
 * The fallback when BigBlueButton's callbacks cannot reach us: during a meeting, getMeetingInfo
 * says who is in it, and each person's BBB_POLL row is superseded by one covering from their first
 * sighting until now. Several nodes may run this at once: each webinar is handled under its row
 * lock, and a webinar polled less than half an interval ago is skipped. For two days after a
 * meeting ends it also looks for its published recordings (a unique record id keeps each once).
 */
@ApplicationScoped
public class MeetingPolling {

  private static final Logger LOG = Logger.getLogger(MeetingPolling.class.getName());

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Webinars webinars;
  @Inject private Attendance attendance;
  @Inject private BigBlueButtonProvider bigBlueButton;
  @Inject private BigBlueButtonSettings settings;
  @Inject private Conferences conferences;

  @Inject
  @ConfigProperty(name = "shibc.webinar.poll-seconds", defaultValue = "60")
  long pollSeconds;

  /** Polls every BigBlueButton webinar now open; answers how many it polled. */
  public int pollRunning() {
    if (settings.client().isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery("SELECT id FROM webinars WHERE provider = 'BIGBLUEBUTTON' AND status = 'SCHEDULED'"
                + " AND starts_at <= ? AND DATE_ADD(starts_at, INTERVAL duration_minutes + 60 MINUTE) >= ?")
            .setParameter(1, ts(now.plus(Duration.ofHours(4))))
            .setParameter(2, ts(now))
            .getResultList();
    int polled = 0;
    for (Object id : ids) {
      Webinar webinar = webinars.get(Rows.lng(id));
      if (now.isBefore(webinar.joinOpensAt())) {
        continue;
      }
      try {
        Optional<MeetingInfo> info = bigBlueButton.info(webinar);
        if (info.isPresent() && attendance.sighted(webinar.id(), info.get().attendees().stream()
            .map(a -> a.userId().flatMap(MeetingPolling::number)).flatMap(Optional::stream).toList(), pollSeconds)) {
          polled++;
        }
      } catch (ConferenceUnavailable e) {
        LOG.info("getMeetingInfo of webinar " + webinar.id() + " failed (" + e.messageKey() + "); next time");
      }
    }
    refreshRecentRecordings(now);
    return polled;
  }

  /** Recordings take a while to process after the end: looks for them for two days. */
  private void refreshRecentRecordings(Instant now) {
    @SuppressWarnings("unchecked")
    List<Object> ended =
        em.createNativeQuery("SELECT id FROM webinars WHERE provider = 'BIGBLUEBUTTON' AND status = 'ENDED'"
                + " AND ended_at >= ?")
            .setParameter(1, ts(now.minus(Duration.ofDays(2))))
            .getResultList();
    for (Object id : ended) {
      try {
        conferences.refreshRecordings(Rows.lng(id));
      } catch (ConferenceUnavailable e) {
        LOG.info("getRecordings of webinar " + id + " failed (" + e.messageKey() + "); next time");
      }
    }
  }

  private static Optional<Long> number(String text) {
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
