package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.CompletionHow;
import ru.shibc.academy.course.Completions;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;

/**
 * Links a webinar to a course activity of kind {@code WEBINAR}: attending at least {@code
 * completion_minutes} completes the activity through the course's {@link Completions}, so course
 * completion and certificates follow as for any other activity.
 */
@ApplicationScoped
public class WebinarActivities {

  /** The link: which activity, and how many minutes complete it. */
  public record Link(long activityId, long webinarId, int completionMinutes, long courseId, String title) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Completions completions;
  @Inject private Webinars webinars;
  @Inject private AuditLog audit;

  /** The webinar an activity of kind WEBINAR is linked to, if it is linked yet. */
  public Optional<Link> ofActivity(long activityId) {
    return link("l.activity_id", activityId);
  }

  public Optional<Link> of(long webinarId) {
    return link("l.webinar_id", webinarId);
  }

  private Optional<Link> link(String column, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT l.activity_id, l.webinar_id, l.completion_minutes, a.course_id, a.title"
                + " FROM webinar_activities l JOIN course_activities a ON a.id = l.activity_id WHERE " + column + " = ?")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(r -> new Link(Rows.lng(r[0]), Rows.lng(r[1]), Rows.integer(r[2]),
        Rows.lng(r[3]), (String) r[4]));
  }

  /**
   * Links (or re-links) a WEBINAR activity to a webinar; people whose attendance already reaches
   * the minutes complete it now.
   */
  @Transactional
  public Link link(long webinarId, long activityId, int completionMinutes) {
    if (!webinars.mayManage()) {
      throw AcademyException.forbidden();
    }
    Webinar webinar = webinars.lock(webinarId);
    Activity activity = em.find(Activity.class, activityId);
    if (activity == null) {
      throw AcademyException.notFound("activity");
    }
    if (!WebinarType.CODE.equals(activity.getKind())) {
      throw AcademyException.invalid("webinar.activity.notWebinarKind");
    }
    if (completionMinutes < 1 || completionMinutes > webinar.durationMinutes()) {
      throw AcademyException.invalid("webinar.activity.minutes", webinar.durationMinutes());
    }
    Optional<Link> other = of(webinarId).filter(l -> l.activityId() != activityId);
    if (other.isPresent()) {
      throw AcademyException.conflict("webinar.activity.taken");
    }
    em.createNativeQuery("INSERT INTO webinar_activities (activity_id, webinar_id, completion_minutes) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE completion_minutes = VALUES(completion_minutes)")
        .setParameter(1, activityId)
        .setParameter(2, webinarId)
        .setParameter(3, completionMinutes)
        .executeUpdate();
    audit.record("webinar.activityLinked", "webinar", webinarId, null, activityId + ":" + completionMinutes);
    @SuppressWarnings("unchecked")
    List<Object[]> current =
        em.createNativeQuery("SELECT a.person_id, a.minutes FROM webinar_attendance a WHERE a.webinar_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM webinar_attendance s WHERE s.supersedes_id = a.id)")
            .setParameter(1, webinarId)
            .getResultList();
    current.forEach(r -> attended(webinarId, Rows.lng(r[0]), Rows.integer(r[1])));
    return of(webinarId).orElseThrow();
  }

  /** Completes the linked activity if the minutes reach the mark and the person is enrolled. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void attended(long webinarId, long personId, int minutes) {
    Optional<Link> link = of(webinarId);
    if (link.isEmpty() || minutes < link.get().completionMinutes()) {
      return;
    }
    long enrolled = Rows.lng(em.createNativeQuery(
            "SELECT COUNT(*) FROM enrolments WHERE course_id = ? AND person_id = ? AND status IN ('ACTIVE', 'COMPLETED')")
        .setParameter(1, link.get().courseId())
        .setParameter(2, personId)
        .getSingleResult());
    if (enrolled > 0) {
      completions.complete(em.find(Activity.class, link.get().activityId()), personId, CompletionHow.ATTENDED);
    }
  }
}
