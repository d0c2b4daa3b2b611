package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Activity and course completion. An activity is completed once per person, whatever the number
 * of retries (a unique row, inserted if absent); when the last required activity is done the
 * enrolment becomes completed, by a conditional update that only one transaction can win, and
 * {@link CourseCompleted} is fired exactly once.
 */
@ApplicationScoped
public class Completions {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Event<CourseCompleted> completed;
  @Inject private Clock clock;

  /** Records that a person completed an activity; checks the course's completion after. */
  @Transactional
  public void complete(Activity activity, long personId, CompletionHow how) {
    Instant now = clock.instant();
    em.createNativeQuery(
            "INSERT IGNORE INTO activity_completions (activity_id, person_id, course_id, how, completed_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, activity.getId())
        .setParameter(2, personId)
        .setParameter(3, activity.getCourseId())
        .setParameter(4, how.name())
        .setParameter(5, Timestamp.from(now))
        .executeUpdate();
    completeCourseIfDone(activity.getCourseId(), personId, now);
  }

  /** Completions of one person in one course, by activity id. */
  public Map<Long, ActivityCompletion> of(long courseId, long personId) {
    return em.createQuery(
            "select c from ActivityCompletion c where c.courseId = :c and c.personId = :p", ActivityCompletion.class)
        .setHint(ru.shibc.academy.platform.database.ReadOnly.HINT, "true")
        .setParameter("c", courseId)
        .setParameter("p", personId)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(ActivityCompletion::getActivityId, c -> c));
  }

  /** Completed required activities per person in a course, in one query. */
  public Map<Long, Long> requiredDoneByPerson(long courseId) {
    List<Object[]> rows =
        em.createQuery(
                "select c.personId, count(c) from ActivityCompletion c, Activity a"
                    + " where c.activityId = a.id and a.courseId = :c and a.required = true group by c.personId",
                Object[].class)
            .setParameter("c", courseId)
            .getResultList();
    return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
  }

  public long requiredCount(long courseId) {
    return em.createQuery("select count(a) from Activity a where a.courseId = :c and a.required = true", Long.class)
        .setParameter("c", courseId)
        .getSingleResult();
  }

  private void completeCourseIfDone(long courseId, long personId, Instant now) {
    long required = requiredCount(courseId);
    long done =
        em.createQuery(
                "select count(c) from ActivityCompletion c, Activity a where c.activityId = a.id"
                    + " and a.courseId = :c and a.required = true and c.personId = :p",
                Long.class)
            .setParameter("c", courseId)
            .setParameter("p", personId)
            .getSingleResult();
    if (required == 0 || done < required) {
      return;
    }
    int won =
        em.createNativeQuery(
                "UPDATE enrolments SET status = 'COMPLETED', completed_at = ?, version = version + 1"
                    + " WHERE course_id = ? AND person_id = ? AND status = 'ACTIVE'")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, courseId)
            .setParameter(3, personId)
            .executeUpdate();
    if (won == 1) {
      Enrolment enrolment =
          em.createQuery("select e from Enrolment e where e.courseId = :c and e.personId = :p", Enrolment.class)
              .setParameter("c", courseId)
              .setParameter("p", personId)
              .getSingleResult();
      em.refresh(enrolment);
      Course course = em.find(Course.class, courseId);
      completed.fire(new CourseCompleted(courseId, personId, enrolment.getId(), now, course.grantsCertificate()));
    }
  }
}
