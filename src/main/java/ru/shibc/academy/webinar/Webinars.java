package ru.shibc.academy.webinar;

import static ru.shibc.academy.webinar.Rows.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.time.Clocks;

/**
 * Scheduling: a methodologist creates, edits and cancels webinars. An edit or a cancellation
 * raises the iCalendar SEQUENCE, so that calendars replace the entry they have, and mails every
 * registered person (and the waitlist, on cancellation).
 */
@ApplicationScoped
public class Webinars {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog audit;
  @Inject private WebinarRules rules;
  @Inject private WebinarMail mail;
  @Inject private Registrations registrations;
  @Inject private WebinarParticipation participation;

  public Webinar get(long id) {
    return find(id, false);
  }

  /** The webinar row under an exclusive lock until the transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Webinar lock(long id) {
    return find(id, true);
  }

  private Webinar find(long id, boolean forUpdate) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + Rows.WEBINAR_COLUMNS + " FROM webinars w WHERE w.id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(Rows::webinar).orElseThrow(() -> AcademyException.notFound("webinar"));
  }

  public java.util.Optional<Webinar> byMeetingId(String meetingId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + Rows.WEBINAR_COLUMNS + " FROM webinars w WHERE w.meeting_id = ?")
            .setParameter(1, meetingId)
            .getResultList();
    return rows.stream().findFirst().map(Rows::webinar);
  }

  /** Webinars starting in [from, to), oldest first, for the methodologist's calendar. */
  public List<Webinar> between(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + Rows.WEBINAR_COLUMNS
                + " FROM webinars w WHERE w.starts_at >= ? AND w.starts_at < ? ORDER BY w.starts_at, w.id")
            .setParameter(1, ts(from))
            .setParameter(2, ts(to))
            .getResultList();
    return rows.stream().map(Rows::webinar).toList();
  }

  /**
   * Webinars a person may see: those of their audience (everyone's, their school's, their
   * cohorts') and those they registered for; upcoming ones soonest first, past ones latest first.
   */
  public List<Webinar> visibleTo(long personId, boolean upcoming, int max) {
    Instant now = clock.instant();
    String sql =
        "SELECT " + Rows.WEBINAR_COLUMNS + " FROM webinars w WHERE "
            + (upcoming
                ? "w.status = 'SCHEDULED' AND DATE_ADD(w.starts_at, INTERVAL w.duration_minutes MINUTE) >= ?"
                : "(w.status <> 'SCHEDULED' OR DATE_ADD(w.starts_at, INTERVAL w.duration_minutes MINUTE) < ?)")
            + " AND (w.audience = 'ALL'"
            + " OR EXISTS (SELECT 1 FROM webinar_audience a JOIN people p ON p.organisation_id = a.organisation_id"
            + "   WHERE a.webinar_id = w.id AND p.id = ?)"
            + " OR EXISTS (SELECT 1 FROM webinar_audience a JOIN cohort_members m ON m.cohort_id = a.cohort_id"
            + "   WHERE a.webinar_id = w.id AND m.person_id = ?)"
            + " OR EXISTS (SELECT 1 FROM webinar_registrations r WHERE r.webinar_id = w.id AND r.person_id = ?))"
            + (upcoming ? " ORDER BY w.starts_at, w.id" : " ORDER BY w.starts_at DESC, w.id DESC")
            + " LIMIT ?";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql)
            .setParameter(1, ts(now))
            .setParameter(2, personId)
            .setParameter(3, personId)
            .setParameter(4, personId)
            .setParameter(5, max)
            .getResultList();
    return rows.stream().map(Rows::webinar).toList();
  }

  /** Schools and cohorts of a webinar's audience. */
  public Map<String, List<Long>> audienceOf(long webinarId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT organisation_id, cohort_id FROM webinar_audience WHERE webinar_id = ?")
            .setParameter(1, webinarId)
            .getResultList();
    List<Long> schools = new ArrayList<>();
    List<Long> cohorts = new ArrayList<>();
    for (Object[] r : rows) {
      if (r[0] != null) {
        schools.add(Rows.lng(r[0]));
      }
      if (r[1] != null) {
        cohorts.add(Rows.lng(r[1]));
      }
    }
    return Map.of("organisations", schools, "cohorts", cohorts);
  }

  public boolean inAudience(Webinar webinar, long personId) {
    return switch (webinar.audience()) {
      case ALL -> true;
      case SCHOOLS -> count("SELECT COUNT(*) FROM webinar_audience a JOIN people p ON p.organisation_id = a.organisation_id"
          + " WHERE a.webinar_id = ? AND p.id = ?", webinar.id(), personId) > 0;
      case COHORTS -> count("SELECT COUNT(*) FROM webinar_audience a JOIN cohort_members m ON m.cohort_id = a.cohort_id"
          + " WHERE a.webinar_id = ? AND m.person_id = ?", webinar.id(), personId) > 0;
    };
  }

  /** Schedules a webinar; its start must be in the future. */
  @Transactional
  public Webinar schedule(WebinarDraft draft) {
    requireOrganiser();
    long organiser = currentUser.personId().orElseThrow(() -> AcademyException.invalid("webinar.noPerson"));
    rules.check(draft, clock.instant());
    long id = insert(draft, organiser, clock.instant());
    Webinar webinar = get(id);
    audit.record("webinar.scheduled", "webinar", id, null, webinar);
    return webinar;
  }

  /**
   * Records a webinar as it was, start in the past allowed: for demo data and for moving an
   * earlier webinar's record in. No rules of scheduling apply beyond the draft's own checks.
   */
  @Transactional
  public long record(WebinarDraft draft, long organiserId, WebinarStatus status) {
    rules.check(draft, draft.startsAt().minusSeconds(1));
    long id = insert(draft, organiserId, clock.instant());
    if (status != WebinarStatus.SCHEDULED) {
      em.createNativeQuery("UPDATE webinars SET status = ?, ended_at = ? WHERE id = ?")
          .setParameter(1, status.name())
          .setParameter(2, status == WebinarStatus.ENDED ? ts(draft.startsAt().plusSeconds(60L * draft.durationMinutes())) : null)
          .setParameter(3, id)
          .executeUpdate();
    }
    return id;
  }

  private long insert(WebinarDraft draft, long organiserId, Instant now) {
    String uid = UUID.randomUUID().toString().replace("-", "");
    em.createNativeQuery(
            "INSERT INTO webinars (uid, kind, title, description, speakers, starts_at, duration_minutes, time_zone,"
                + " capacity, audience, course_id, roadmap_items, status, provider, join_url, meeting_id,"
                + " join_opens_minutes, sequence, organiser_id, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, ?, ?, 0, ?, ?, ?)")
        .setParameter(1, uid)
        .setParameter(2, draft.kind().name())
        .setParameter(3, draft.title().strip())
        .setParameter(4, blankToNull(draft.description()))
        .setParameter(5, blankToNull(draft.speakers()))
        .setParameter(6, ts(draft.startsAt()))
        .setParameter(7, draft.durationMinutes())
        .setParameter(8, Clocks.DISTRICT_ZONE.getId())
        .setParameter(9, draft.capacity())
        .setParameter(10, draft.audience().name())
        .setParameter(11, draft.courseId())
        .setParameter(12, draft.roadmapItems().isEmpty() ? null : String.join(",", draft.roadmapItems()))
        .setParameter(13, draft.provider().name())
        .setParameter(14, draft.provider() == ProviderKind.LINK ? draft.joinUrl().strip() : null)
        .setParameter(15, draft.provider() == ProviderKind.BIGBLUEBUTTON ? "academy-" + uid : null)
        .setParameter(16, joinOpens(draft))
        .setParameter(17, organiserId)
        .setParameter(18, ts(now))
        .setParameter(19, ts(now))
        .executeUpdate();
    long id = Rows.lng(em.createNativeQuery("SELECT id FROM webinars WHERE uid = ?").setParameter(1, uid).getSingleResult());
    writeAudience(id, draft);
    return id;
  }

  /** Changes a scheduled webinar: SEQUENCE + 1, and registered people get the new entry by mail. */
  @Transactional
  public Webinar edit(long id, WebinarDraft draft) {
    requireOrganiser();
    Webinar before = lock(id);
    if (before.status() != WebinarStatus.SCHEDULED) {
      throw AcademyException.conflict("webinar.notScheduled");
    }
    rules.check(draft, clock.instant());
    if (draft.provider() != before.provider()) {
      throw AcademyException.invalid("webinar.providerFixed");
    }
    em.createNativeQuery(
            "UPDATE webinars SET kind = ?, title = ?, description = ?, speakers = ?, starts_at = ?, duration_minutes = ?,"
                + " capacity = ?, audience = ?, course_id = ?, roadmap_items = ?, join_url = ?, join_opens_minutes = ?,"
                + " sequence = sequence + 1, updated_at = ?, version = version + 1 WHERE id = ?")
        .setParameter(1, draft.kind().name())
        .setParameter(2, draft.title().strip())
        .setParameter(3, blankToNull(draft.description()))
        .setParameter(4, blankToNull(draft.speakers()))
        .setParameter(5, ts(draft.startsAt()))
        .setParameter(6, draft.durationMinutes())
        .setParameter(7, draft.capacity())
        .setParameter(8, draft.audience().name())
        .setParameter(9, draft.courseId())
        .setParameter(10, draft.roadmapItems().isEmpty() ? null : String.join(",", draft.roadmapItems()))
        .setParameter(11, draft.provider() == ProviderKind.LINK ? draft.joinUrl().strip() : null)
        .setParameter(12, joinOpens(draft))
        .setParameter(13, ts(clock.instant()))
        .setParameter(14, id)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM webinar_audience WHERE webinar_id = ?").setParameter(1, id).executeUpdate();
    writeAudience(id, draft);
    participation.moved(id, before.startsAt(), draft.startsAt()); // a started webinar may have attendance
    Webinar after = get(id);
    registrations.fillFreedPlaces(after);
    for (Participant p : registrations.people(id, RegistrationStatus.REGISTERED)) {
      mail.updated(after, p);
    }
    audit.record("webinar.edited", "webinar", id, before, after);
    return after;
  }

  /** Cancels a webinar: STATUS:CANCELLED in calendars, a mail to everyone registered or waiting. */
  @Transactional
  public Webinar cancel(long id) {
    requireOrganiser();
    Webinar before = lock(id);
    if (before.status() != WebinarStatus.SCHEDULED) {
      throw AcademyException.conflict("webinar.notScheduled");
    }
    em.createNativeQuery("UPDATE webinars SET status = 'CANCELLED', sequence = sequence + 1, updated_at = ?,"
            + " version = version + 1 WHERE id = ?")
        .setParameter(1, ts(clock.instant()))
        .setParameter(2, id)
        .executeUpdate();
    participation.cancelled(before);
    Webinar after = get(id);
    List<Participant> told = new ArrayList<>(registrations.people(id, RegistrationStatus.REGISTERED));
    told.addAll(registrations.people(id, RegistrationStatus.WAITLISTED));
    told.forEach(p -> mail.cancelled(after, p));
    audit.record("webinar.cancelled", "webinar", id, before, after);
    return after;
  }

  /** Marks a webinar ended (its meeting was ended, or BigBlueButton reported the end). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void markEnded(long id, Instant at) {
    em.createNativeQuery("UPDATE webinars SET status = 'ENDED', ended_at = ?, updated_at = ?, version = version + 1"
            + " WHERE id = ? AND status = 'SCHEDULED'")
        .setParameter(1, ts(at))
        .setParameter(2, ts(clock.instant()))
        .setParameter(3, id)
        .executeUpdate();
  }

  /** The meeting was ended: the webinar is marked ended, audited. */
  @Transactional
  public void ended(long id) {
    lock(id);
    markEnded(id, clock.instant());
    audit.record("webinar.ended", "webinar", id, null, null);
  }

  public boolean mayManage() {
    return currentUser.hasAny(Role.METHODOLOGIST, Role.ADMIN);
  }

  private void requireOrganiser() {
    if (!mayManage()) {
      throw AcademyException.forbidden();
    }
  }

  private void writeAudience(long id, WebinarDraft draft) {
    if (draft.audience() == Audience.SCHOOLS) {
      for (Long org : draft.organisationIds()) {
        em.createNativeQuery("INSERT INTO webinar_audience (webinar_id, organisation_id) VALUES (?, ?)")
            .setParameter(1, id).setParameter(2, org).executeUpdate();
      }
    } else if (draft.audience() == Audience.COHORTS) {
      for (Long cohort : draft.cohortIds()) {
        em.createNativeQuery("INSERT INTO webinar_audience (webinar_id, cohort_id) VALUES (?, ?)")
            .setParameter(1, id).setParameter(2, cohort).executeUpdate();
      }
    }
  }

  private long count(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return Rows.lng(q.getSingleResult());
  }

  private static int joinOpens(WebinarDraft draft) {
    return draft.joinOpensMinutes() == null ? 15 : draft.joinOpensMinutes();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
