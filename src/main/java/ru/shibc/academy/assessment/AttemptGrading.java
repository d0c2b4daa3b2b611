package ru.shibc.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import ru.shibc.academy.assessment.question.Grade;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionJson;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.CompletionHow;
import ru.shibc.academy.course.Completions;
import ru.shibc.academy.course.Courses;

/**
 * Grades finished attempts against the current questions (so a regrade after a fix is the same
 * code), keeps the graders' marks of essays, and completes the quiz activity once the learner's
 * grade by the quiz's grading method passes.
 */
@ApplicationScoped
public class AttemptGrading {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Quizzes quizzes;
  @Inject private Courses courses;
  @Inject private Completions completions;

  /** Grades every answer of a finished attempt and its total; completes the activity on a pass. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void grade(Attempt attempt) {
    AttemptLayout layout = attempt.layout();
    BigDecimal score = BigDecimal.ZERO;
    boolean pending = false;
    // read through the persistence context's connection: within this transaction it sees what
    // the same transaction wrote (the demo's answers, a grader's mark)
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT slot, question_id, response, manual_fraction FROM attempt_answers WHERE attempt_id = ?"
                    + " ORDER BY slot")
            .setParameter(1, attempt.getId())
            .getResultList();
    for (Object[] row : rows) {
      int slot = ((Number) row[0]).intValue();
      BigDecimal manual = (BigDecimal) row[3];
      AttemptLayout.Entry entry = layout.slot(slot);
      Question q = em.find(BankQuestion.class, ((Number) row[1]).longValue()).question();
      BigDecimal fraction = automatic(q, (String) row[2]);
      em.createNativeQuery("UPDATE attempt_answers SET fraction = ? WHERE attempt_id = ? AND slot = ?")
          .setParameter(1, fraction)
          .setParameter(2, attempt.getId())
          .setParameter(3, slot)
          .executeUpdate();
      BigDecimal counted = manual != null ? manual : fraction;
      if (counted == null) {
        pending = true;
      } else {
        score = score.add(counted.multiply(entry.mark()));
      }
    }
    Quiz quiz = quizzes.byActivity(attempt.getQuizId());
    attempt.graded(score.setScale(4, RoundingMode.HALF_UP), pending, quiz.settings().passPercent());
    em.flush();
    completeIfPassed(quiz, attempt.getPersonId());
  }

  /** The learner's grade for the quiz in percent, by its grading method; null before any. */
  public BigDecimal gradeOf(Quiz quiz, long personId) {
    List<BigDecimal> percents =
        em.createQuery(
                "select a from Attempt a where a.quizId = :q and a.personId = :p and a.state = :f"
                    + " and a.needsGrading = false order by a.number",
                Attempt.class)
            .setParameter("q", quiz.getActivityId())
            .setParameter("p", personId)
            .setParameter("f", AttemptState.FINISHED)
            .getResultList()
            .stream()
            .map(Attempt::percent)
            .toList();
    return quiz.settings().gradingMethod().of(percents);
  }

  private void completeIfPassed(Quiz quiz, long personId) {
    BigDecimal grade = gradeOf(quiz, personId);
    if (grade != null && grade.compareTo(BigDecimal.valueOf(quiz.settings().passPercent())) >= 0) {
      Activity activity = courses.activity(quiz.getCourseId(), quiz.getActivityId());
      completions.complete(activity, personId, CompletionHow.PASSED);
    }
  }

  /** The automatic fraction of a response; null for an essay (a grader decides) and no answer is 0. */
  static BigDecimal automatic(Question q, String responseJson) {
    if (q instanceof ru.shibc.academy.assessment.question.Essay) {
      return null;
    }
    if (responseJson == null) {
      return BigDecimal.ZERO.setScale(7);
    }
    try {
      Grade g = q.grade(QuestionJson.readResponse(responseJson));
      return g.fraction();
    } catch (IllegalArgumentException e) {
      return BigDecimal.ZERO.setScale(7); // the question was changed so that this answer no longer fits
    }
  }
}
