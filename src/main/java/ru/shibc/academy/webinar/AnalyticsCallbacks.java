package ru.shibc.academy.webinar;

import static ru.shibc.academy.webinar.Rows.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.webinar.bigbluebutton.AnalyticsCallbackVerifier;
import ru.shibc.academy.webinar.bigbluebutton.AttendeeAttendance;
import ru.shibc.academy.webinar.bigbluebutton.CallbackRejectedException;
import ru.shibc.academy.webinar.bigbluebutton.MeetingAnalytics;

/**
 * BigBlueButton's meeting-end analytics: verified (HS512 token with the shared secret), for a
 * meeting we created, and taken once per session of the meeting: the digest of meeting and
 * internal meeting id goes into {@code webinar_callbacks} under a unique key, so a replay, even a
 * simultaneous one, stores nothing.
 */
@ApplicationScoped
public class AnalyticsCallbacks {

  /** How a callback was refused: the HTTP status to answer and the bundle key. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String key) {
      super(key);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private BigBlueButtonSettings settings;
  @Inject private Webinars webinars;
  @Inject private Attendance attendance;
  @Inject private Participants participants;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  /** Checks and stores a callback; answers how many attendance rows it added. */
  @Transactional
  public int receive(String authorization, String body) {
    AnalyticsCallbackVerifier verifier =
        settings.verifier().orElseThrow(() -> new Refused(403, "webinar.callback.notConfigured"));
    try {
      verifier.verify(authorization);
    } catch (CallbackRejectedException e) {
      throw new Refused(401, "webinar.callback.rejected");
    }
    MeetingAnalytics analytics;
    try {
      analytics = MeetingAnalytics.parse(body);
    } catch (CallbackRejectedException e) {
      throw new Refused(400, "webinar.callback.malformed");
    }
    Webinar found = webinars.byMeetingId(analytics.meetingId())
        .orElseThrow(() -> new Refused(403, "webinar.callback.unknownMeeting"));
    Webinar webinar = webinars.lock(found.id());
    int inserted = em.createNativeQuery("INSERT IGNORE INTO webinar_callbacks (webinar_id, digest, received_at)"
            + " VALUES (?, ?, ?)")
        .setParameter(1, webinar.id())
        .setParameter(2, digest(analytics.meetingId() + "\n" + analytics.internalMeetingId()))
        .setParameter(3, ts(clock.instant()))
        .executeUpdate();
    if (inserted == 0) {
      throw new Refused(409, "webinar.callback.replayed");
    }
    int rows = 0;
    for (AttendeeAttendance a : analytics.attendees()) {
      Optional<Long> personId = a.externalUserId().flatMap(AnalyticsCallbacks::number);
      if (personId.isEmpty() || participants.find(personId.get()).isEmpty()) {
        continue; // a guest or someone we did not send: no evidence about our people
      }
      attendance.append(webinar, personId.get(), AttendanceSource.BBB_CALLBACK, a.firstJoined().orElse(null),
          a.lastLeft().orElse(null), (int) Math.min(Integer.MAX_VALUE, a.minutesAttended()), null, "bigbluebutton");
      rows++;
    }
    Instant end = analytics.finish().orElse(clock.instant());
    webinars.markEnded(webinar.id(), end);
    audit.record("webinar.callback", "webinar", webinar.id(), null, rows);
    return rows;
  }

  private static Optional<Long> number(String text) {
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
