package ru.shibc.academy.webinar;

import static ru.shibc.academy.webinar.Rows.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;

/**
 * Recording links shown to registrants: from the provider (each recordID once, by a unique key,
 * however often it is asked) or added by a methodologist.
 */
@ApplicationScoped
public class Recordings {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Webinars webinars;
  @Inject private AuditLog audit;

  @Transactional
  public int keep(long webinarId, List<ConferenceProvider.PublishedRecording> found) {
    int added = 0;
    for (ConferenceProvider.PublishedRecording r : found) {
      added += em.createNativeQuery("INSERT IGNORE INTO webinar_recordings (webinar_id, record_id, url, minutes, published_at)"
              + " VALUES (?, ?, ?, ?, ?)")
          .setParameter(1, webinarId)
          .setParameter(2, r.recordId())
          .setParameter(3, r.url().toString())
          .setParameter(4, r.minutes())
          .setParameter(5, ts(clock.instant()))
          .executeUpdate();
    }
    return added;
  }

  /** A methodologist publishes a recording made elsewhere. */
  @Transactional
  public RecordingLink add(long webinarId, String url, Integer minutes) {
    if (!webinars.mayManage()) {
      throw AcademyException.forbidden();
    }
    webinars.lock(webinarId);
    if (!WebinarRules.isWebUrl(url)) {
      throw AcademyException.invalid("webinar.recording.url");
    }
    if (minutes != null && (minutes < 1 || minutes > 1440)) {
      throw AcademyException.invalid("webinar.recording.minutes");
    }
    em.createNativeQuery("INSERT INTO webinar_recordings (webinar_id, url, minutes, published_at) VALUES (?, ?, ?, ?)")
        .setParameter(1, webinarId)
        .setParameter(2, url.strip())
        .setParameter(3, minutes)
        .setParameter(4, ts(clock.instant()))
        .executeUpdate();
    List<RecordingLink> all = list(webinarId);
    RecordingLink added = all.get(all.size() - 1);
    audit.record("webinar.recordingAdded", "webinar", webinarId, null, added);
    return added;
  }

  public List<RecordingLink> list(long webinarId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, record_id, url, minutes, published_at FROM webinar_recordings"
                + " WHERE webinar_id = ? ORDER BY id")
            .setParameter(1, webinarId)
            .getResultList();
    return rows.stream()
        .map(r -> new RecordingLink(Rows.lng(r[0]), (String) r[1], (String) r[2],
            r[3] == null ? null : Rows.integer(r[3]), Rows.instant(r[4])))
        .toList();
  }
}
