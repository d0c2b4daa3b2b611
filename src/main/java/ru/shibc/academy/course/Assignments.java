package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.shibc.academy.course.kinds.AssignmentType;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.files.StoredFile;
import ru.shibc.academy.platform.security.CurrentUser;

/** Assignments: learners submit (and resubmit after a failing grade); methodologists grade. */
@ApplicationScoped
public class Assignments {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Courses courses;
  @Inject private Enrolments enrolments;
  @Inject private Completions completions;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** A submission as lists show it, without the file's bytes. */
  public record Summary(
      long id, long courseId, long activityId, long personId, int number, Instant submittedAt,
      Submission.Status status, Boolean passed, Integer points, String feedback, String fileName, boolean hasText) {
    // bean getters for the course page's EL (EL 5 does not know record accessors)
    public int getNumber() {
      return number;
    }

    public Instant getSubmittedAt() {
      return submittedAt;
    }

    public Submission.Status getStatus() {
      return status;
    }

    public Boolean getPassed() {
      return passed;
    }

    public Integer getPoints() {
      return points;
    }

    public String getFeedback() {
      return feedback;
    }
  }

  private static final String SUMMARY =
      "select s.id, s.courseId, s.activityId, s.personId, s.number, s.submittedAt, s.status, s.passed, s.points,"
          + " s.feedback, s.fileName, s.text from Submission s";

  @Transactional
  public Submission submit(long courseId, long activityId, long personId, String text, StoredFile file) {
    Course course = courses.get(courseId);
    if (course.getStatus() != CourseStatus.PUBLISHED) {
      throw AcademyException.invalid("course.notOpen");
    }
    enrolments.requireEnrolled(courseId, personId);
    Activity activity = assignment(courseId, activityId);
    String answer = text == null || text.isBlank() ? null : text.strip();
    if (answer == null && file == null) {
      throw AcademyException.invalid("course.submission.empty");
    }
    if (answer != null && answer.length() > 100_000) {
      throw AcademyException.invalid("course.submission.tooLong");
    }
    // One submitter at a time per learner and assignment: the course row is not needed.
    em.find(Enrolment.class, enrolments.requireEnrolled(courseId, personId).getId(), LockModeType.PESSIMISTIC_WRITE);
    List<Submission> earlier = history(activityId, personId);
    if (earlier.stream().anyMatch(s -> Boolean.TRUE.equals(s.getPassed()))) {
      throw AcademyException.conflict("course.submission.alreadyPassed");
    }
    Submission submission = new Submission(activity, personId, earlier.size() + 1, answer, file, clock.instant());
    em.persist(submission);
    em.flush();
    audit.record("submission.created", "Submission", submission.getId(), null, Map.of("activity", activityId, "number", submission.getNumber()));
    return submission;
  }

  /** Grades the latest submission; a passing grade completes the assignment. */
  @Transactional
  public Submission grade(long submissionId, Long expectedVersion, Boolean passed, Integer points, String feedback) {
    Submission submission = em.find(Submission.class, submissionId, LockModeType.PESSIMISTIC_WRITE);
    if (submission == null) {
      throw AcademyException.notFound("submission");
    }
    if (expectedVersion != null && expectedVersion != submission.getVersion()) {
      throw AcademyException.conflict("error.staleVersion");
    }
    if (submission.getStatus() == Submission.Status.GRADED) {
      throw AcademyException.conflict("course.submission.alreadyGraded");
    }
    if (history(submission.getActivityId(), submission.getPersonId()).size() > submission.getNumber()) {
      throw AcademyException.conflict("course.submission.superseded");
    }
    Activity activity = em.find(Activity.class, submission.getActivityId());
    boolean passes;
    if (activity.getGrading() == Grading.POINTS) {
      if (points == null || points < 0 || points > activity.getMaxPoints()) {
        throw AcademyException.invalid("course.grade.points", String.valueOf(activity.getMaxPoints()));
      }
      passes = activity.passes(null, points);
    } else {
      if (passed == null) {
        throw AcademyException.invalid("course.grade.passFail");
      }
      passes = passed;
      points = null;
    }
    String cleanFeedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
    if (cleanFeedback != null && cleanFeedback.length() > 10_000) {
      throw AcademyException.invalid("course.grade.feedbackTooLong");
    }
    submission.grade(passes, points, cleanFeedback, currentUser.username(), clock.instant());
    if (passes) {
      completions.complete(activity, submission.getPersonId(), CompletionHow.GRADED);
    }
    audit.record(
        "submission.graded", "Submission", submissionId, null,
        Map.of("passed", passes, "points", points == null ? "" : points));
    return submission;
  }

  /** Latest submissions waiting for a grade, oldest first, in one course or all. */
  public List<Summary> queue(Long courseId) {
    return em.createQuery(
            SUMMARY
                + " where s.status = :st and (:c is null or s.courseId = :c)"
                + " and s.number = (select max(o.number) from Submission o where o.activityId = s.activityId"
                + " and o.personId = s.personId) order by s.submittedAt",
            Object[].class)
        .setParameter("st", Submission.Status.SUBMITTED)
        .setParameter("c", courseId)
        .setMaxResults(1000)
        .getResultList()
        .stream()
        .map(Assignments::summary)
        .toList();
  }

  /** A learner's submissions in a course, newest first. */
  public List<Summary> of(long courseId, long personId) {
    return em.createQuery(SUMMARY + " where s.courseId = :c and s.personId = :p order by s.submittedAt desc", Object[].class)
        .setParameter("c", courseId)
        .setParameter("p", personId)
        .getResultList()
        .stream()
        .map(Assignments::summary)
        .toList();
  }

  public Optional<Submission> find(long id) {
    return Optional.ofNullable(em.find(Submission.class, id));
  }

  private List<Submission> history(long activityId, long personId) {
    return em.createQuery(
            "select s from Submission s where s.activityId = :a and s.personId = :p order by s.number", Submission.class)
        .setParameter("a", activityId)
        .setParameter("p", personId)
        .getResultList();
  }

  private Activity assignment(long courseId, long activityId) {
    Activity activity = courses.activity(courseId, activityId);
    if (!AssignmentType.CODE.equals(activity.getKind())) {
      throw AcademyException.invalid("course.submission.notAnAssignment");
    }
    return activity;
  }

  private static Summary summary(Object[] r) {
    return new Summary(
        (Long) r[0], (Long) r[1], (Long) r[2], (Long) r[3], (Integer) r[4], (Instant) r[5],
        (Submission.Status) r[6], (Boolean) r[7], (Integer) r[8], (String) r[9], (String) r[10], r[11] != null);
  }
}
