package ru.shibc.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;

/** A quiz's settings and what it asks (its slots). */
@ApplicationScoped
public class Quizzes {

  /** One slot as a methodologist sets it: a question, or a number of random ones from a category. */
  public record SlotDraft(Long questionId, Long categoryId, Integer randomCount, BigDecimal mark) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Courses courses;
  @Inject private AuditLog audit;

  /** The quiz of a QUIZ activity, made with default settings the first time it is asked for. */
  @Transactional
  public Quiz of(long courseId, long activityId) {
    Activity activity = courses.activity(courseId, activityId);
    if (!QuizType.CODE.equals(activity.getKind())) {
      throw AcademyException.notFound("quiz");
    }
    Quiz quiz = em.find(Quiz.class, activityId);
    if (quiz == null) {
      em.createNativeQuery(
              "INSERT IGNORE INTO quizzes (activity_id, course_id, grading_method, pass_percent, shuffle_questions,"
                  + " shuffle_answers, one_per_page, review_after_attempt, review_after_close)"
                  + " VALUES (?, ?, 'HIGHEST', 60, TRUE, TRUE, TRUE, 'RESPONSES', 'FEEDBACK')")
          .setParameter(1, activityId)
          .setParameter(2, courseId)
          .executeUpdate();
      quiz = em.find(Quiz.class, activityId);
    }
    return quiz;
  }

  /** The quiz of an activity id alone, for attempts (which know no course). */
  public Quiz byActivity(long activityId) {
    Quiz quiz = em.find(Quiz.class, activityId);
    if (quiz == null) {
      throw AcademyException.notFound("quiz");
    }
    return quiz;
  }

  @Transactional
  public Quiz update(long courseId, long activityId, Long expectedVersion, QuizSettings s) {
    check(s);
    Quiz quiz = of(courseId, activityId);
    if (expectedVersion != null && expectedVersion != quiz.getVersion()) {
      throw AcademyException.conflict("quiz.changedMeanwhile");
    }
    QuizSettings before = quiz.settings();
    quiz.update(s);
    audit.record("quiz.settings", "quiz", activityId, before, s);
    return quiz;
  }

  public List<QuizSlot> slots(long activityId) {
    return em.createQuery("select s from QuizSlot s where s.quizId = :q order by s.position", QuizSlot.class)
        .setParameter("q", activityId)
        .getResultList();
  }

  /** Replaces what the quiz asks. Questions and categories must exist; marks are positive. */
  @Transactional
  public List<QuizSlot> setSlots(long courseId, long activityId, List<SlotDraft> drafts) {
    Quiz quiz = of(courseId, activityId);
    int position = 0;
    em.createQuery("delete from QuizSlot s where s.quizId = :q").setParameter("q", activityId).executeUpdate();
    for (SlotDraft d : drafts) {
      boolean fixed = d.questionId() != null;
      boolean random = d.categoryId() != null && d.randomCount() != null;
      if (fixed == random || (random && (d.randomCount() < 1 || d.randomCount() > 200))) {
        throw AcademyException.invalid("quiz.badSlot", position + 1);
      }
      if (fixed && em.find(BankQuestion.class, d.questionId()) == null) {
        throw AcademyException.invalid("quiz.noSuchQuestion", position + 1);
      }
      if (random) {
        long available =
            em.createQuery("select count(q) from BankQuestion q where q.categoryId = :c and q.type <> 'description'",
                    Long.class)
                .setParameter("c", d.categoryId())
                .getSingleResult();
        if (available < d.randomCount()) {
          throw AcademyException.invalid("quiz.notEnoughQuestions", position + 1, available);
        }
      }
      BigDecimal mark = d.mark() == null ? BigDecimal.ONE : d.mark();
      if (mark.signum() <= 0 || mark.compareTo(BigDecimal.valueOf(1000)) > 0) {
        throw AcademyException.invalid("quiz.badMark", position + 1);
      }
      em.persist(new QuizSlot(quiz.getActivityId(), ++position, d.questionId(), d.categoryId(), d.randomCount(), mark));
    }
    audit.record("quiz.slots", "quiz", activityId, null, drafts);
    return slots(activityId);
  }

  private static void check(QuizSettings s) {
    if (s.timeLimitMinutes() != null && (s.timeLimitMinutes() < 1 || s.timeLimitMinutes() > 24 * 60)) {
      throw AcademyException.invalid("quiz.badTimeLimit");
    }
    if (s.attemptsAllowed() != null && (s.attemptsAllowed() < 1 || s.attemptsAllowed() > 100)) {
      throw AcademyException.invalid("quiz.badAttempts");
    }
    if (s.passPercent() < 0 || s.passPercent() > 100) {
      throw AcademyException.invalid("quiz.badPassPercent");
    }
    if (s.opensAt() != null && s.closesAt() != null && !s.opensAt().isBefore(s.closesAt())) {
      throw AcademyException.invalid("quiz.badPeriod");
    }
  }
}
