package ru.shibc.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;

/** Grading by hand (essays, or overriding any answer) and regrading a quiz after a question is fixed. */
@ApplicationScoped
public class EssayGrading {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private AttemptGrading grading;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;

  /** Sets a grader's mark (in points of the slot's mark) and comment on one answer of a finished attempt. */
  @Transactional
  public Attempt grade(long attemptId, int slot, BigDecimal points, String comment) {
    Attempt a = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw AcademyException.notFound("attempt");
    }
    if (a.getState() != AttemptState.FINISHED) {
      throw AcademyException.conflict("attempt.notFinished");
    }
    AttemptLayout.Entry entry = a.layout().slot(slot);
    if (entry == null) {
      throw AcademyException.invalid("attempt.noSuchQuestion");
    }
    if (points.signum() < 0 || points.compareTo(entry.mark()) > 0) {
      throw AcademyException.invalid("attempt.badPoints", entry.mark());
    }
    BigDecimal fraction = points.divide(entry.mark(), 7, RoundingMode.HALF_UP);
    em.createNativeQuery(
            "UPDATE attempt_answers SET manual_fraction = ?, graded_by = ?, grader_comment = ?"
                + " WHERE attempt_id = ? AND slot = ?")
        .setParameter(1, fraction)
        .setParameter(2, currentUser.username())
        .setParameter(3, comment)
        .setParameter(4, attemptId)
        .setParameter(5, slot)
        .executeUpdate();
    grading.grade(a);
    audit.record("attempt.grade", "attempt", attemptId, null, java.util.Map.of("slot", slot, "points", points));
    return a;
  }

  /** Regrades every finished attempt of a quiz against its questions as they are now. */
  @Transactional
  public int regrade(long activityId) {
    List<Attempt> finished =
        em.createQuery("select a from Attempt a where a.quizId = :q and a.state = :f", Attempt.class)
            .setParameter("q", activityId)
            .setParameter("f", AttemptState.FINISHED)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (Attempt a : finished) {
      grading.grade(a);
    }
    audit.record("quiz.regrade", "quiz", activityId, null, java.util.Map.of("attempts", finished.size()));
    return finished.size();
  }
}
