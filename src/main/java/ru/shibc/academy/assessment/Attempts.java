package ru.shibc.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ru.shibc.academy.assessment.question.Choice;
import ru.shibc.academy.assessment.question.MatchPair;
import ru.shibc.academy.assessment.question.Matching;
import ru.shibc.academy.assessment.question.MultipleChoice;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.SingleChoice;
import ru.shibc.academy.course.Enrolments;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * Starting, resuming and finishing attempts. The deadline is fixed here when an attempt starts
 * (the time limit, cut short by the quiz's close); the client only shows it.
 */
@ApplicationScoped
public class Attempts {

  private static final Random RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Quizzes quizzes;
  @Inject private Enrolments enrolments;
  @Inject private AttemptGrading grading;
  @Inject private Clock clock;

  /**
   * The learner's attempt in progress, or a new one. Two tabs starting at once get the same
   * number and one of them a 409: never two attempts where one was allowed.
   */
  @Transactional
  public Attempt startOrResume(long activityId, long personId) {
    Quiz quiz = quizzes.byActivity(activityId);
    enrolments.requireEnrolled(quiz.getCourseId(), personId);
    List<Attempt> mine = of(activityId, personId);
    for (Attempt a : mine) {
      if (a.getState() == AttemptState.IN_PROGRESS) {
        return a;
      }
    }
    Instant now = clock.instant();
    QuizSettings s = quiz.settings();
    if (s.opensAt() != null && now.isBefore(s.opensAt())) {
      throw AcademyException.conflict("attempt.notOpenYet");
    }
    if (quiz.isClosedAt(now)) {
      throw AcademyException.conflict("attempt.quizClosed");
    }
    if (s.attemptsAllowed() != null && mine.size() >= s.attemptsAllowed()) {
      throw AcademyException.conflict("attempt.noAttemptsLeft", s.attemptsAllowed());
    }
    AttemptLayout layout = layout(quiz);
    if (layout.entries().isEmpty()) {
      throw AcademyException.conflict("attempt.quizEmpty");
    }
    Instant deadline = s.timeLimitMinutes() == null ? null : now.plusSeconds(s.timeLimitMinutes() * 60L);
    if (s.closesAt() != null && (deadline == null || deadline.isAfter(s.closesAt()))) {
      deadline = s.closesAt();
    }
    Attempt attempt = new Attempt(quiz, personId, mine.size() + 1, now, deadline, layout);
    em.persist(attempt);
    em.flush();
    for (AttemptLayout.Entry e : layout.entries()) {
      em.createNativeQuery("INSERT INTO attempt_answers (attempt_id, slot, question_id) VALUES (?, ?, ?)")
          .setParameter(1, attempt.getId())
          .setParameter(2, e.slot())
          .setParameter(3, e.questionId())
          .executeUpdate();
    }
    return attempt;
  }

  /** The learner's attempts at a quiz, oldest first. */
  public List<Attempt> of(long activityId, long personId) {
    return em.createQuery(
            "select a from Attempt a where a.quizId = :q and a.personId = :p order by a.number", Attempt.class)
        .setParameter("q", activityId)
        .setParameter("p", personId)
        .getResultList();
  }

  /** Every attempt at a quiz, for graders, by person then number. */
  public List<Attempt> all(long activityId) {
    return em.createQuery("select a from Attempt a where a.quizId = :q order by a.personId, a.number", Attempt.class)
        .setParameter("q", activityId)
        .getResultList();
  }

  public Attempt get(long attemptId) {
    Attempt a = em.find(Attempt.class, attemptId);
    if (a == null) {
      throw AcademyException.notFound("attempt");
    }
    return a;
  }

  /** The learner finishes their attempt; it is graded at once. Finishing twice changes nothing. */
  @Transactional
  public Attempt finish(long attemptId, long personId) {
    Attempt a = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || a.getPersonId() != personId) {
      throw AcademyException.notFound("attempt");
    }
    if (a.getState() == AttemptState.FINISHED) {
      return a;
    }
    Instant now = clock.instant();
    boolean late = a.getDeadlineAt() != null && now.isAfter(a.getDeadlineAt());
    a.finish(late ? Attempt.Finish.TIMED_OUT : Attempt.Finish.SUBMITTED, late ? a.getDeadlineAt() : now);
    grading.grade(a);
    return a;
  }

  /**
   * Closes one attempt whose time ran out, if no one else (another node, the learner) did: the
   * row is taken with SKIP LOCKED and its state checked under the lock.
   */
  @Transactional
  public boolean closeIfOverdue(long attemptId) {
    @SuppressWarnings("unchecked")
    List<Object> locked =
        em.createNativeQuery(
                "SELECT id FROM quiz_attempts WHERE id = ? AND state = 'IN_PROGRESS' AND deadline_at < ?"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, attemptId)
            .setParameter(2, java.sql.Timestamp.from(clock.instant()))
            .getResultList();
    if (locked.isEmpty()) {
      return false;
    }
    Attempt a = em.find(Attempt.class, attemptId);
    em.refresh(a);
    a.finish(Attempt.Finish.TIMED_OUT, a.getDeadlineAt());
    grading.grade(a);
    return true;
  }

  /** Ids of attempts in progress whose deadline has passed. */
  public List<Long> overdue(int max) {
    return em.createQuery(
            "select a.id from Attempt a where a.state = :s and a.deadlineAt < :now order by a.deadlineAt", Long.class)
        .setParameter("s", AttemptState.IN_PROGRESS)
        .setParameter("now", clock.instant())
        .setMaxResults(max)
        .getResultList();
  }

  private AttemptLayout layout(Quiz quiz) {
    List<QuizSlot> slots = quizzes.slots(quiz.getActivityId());
    Set<Long> used = new HashSet<>();
    for (QuizSlot s : slots) {
      if (!s.isRandom()) {
        used.add(s.getQuestionId());
      }
    }
    record Pick(long questionId, java.math.BigDecimal mark) {}
    List<Pick> picks = new ArrayList<>();
    for (QuizSlot s : slots) {
      if (!s.isRandom()) {
        picks.add(new Pick(s.getQuestionId(), s.getMark()));
        continue;
      }
      List<Long> pool =
          new ArrayList<>(
              em.createQuery(
                      "select q.id from BankQuestion q where q.categoryId = :c and q.type <> 'description'", Long.class)
                  .setParameter("c", s.getCategoryId())
                  .getResultList());
      pool.removeAll(used);
      Collections.shuffle(pool, RANDOM);
      for (long id : pool.subList(0, Math.min(s.getRandomCount(), pool.size()))) {
        used.add(id);
        picks.add(new Pick(id, s.getMark()));
      }
    }
    QuizSettings settings = quiz.settings();
    if (settings.shuffleQuestions()) {
      Collections.shuffle(picks, RANDOM);
    }
    List<AttemptLayout.Entry> entries = new ArrayList<>();
    for (Pick p : picks) {
      Question q = em.find(BankQuestion.class, p.questionId()).question();
      entries.add(new AttemptLayout.Entry(entries.size() + 1, p.questionId(), p.mark(), order(q, settings)));
    }
    return new AttemptLayout(entries);
  }

  /** The order a question's choices are shown in: shuffled where both quiz and question allow. */
  private static List<Integer> order(Question q, QuizSettings s) {
    List<Integer> ids = new ArrayList<>();
    boolean shuffle = s.shuffleAnswers();
    if (q instanceof SingleChoice c) {
      c.choices().stream().map(Choice::id).forEach(ids::add);
      shuffle &= c.shuffle();
    } else if (q instanceof MultipleChoice c) {
      c.choices().stream().map(Choice::id).forEach(ids::add);
      shuffle &= c.shuffle();
    } else if (q instanceof Matching m) {
      m.pairs().stream().map(MatchPair::id).forEach(ids::add);
      shuffle = true; // the answers of a matching question are always mixed
    } else {
      return ids;
    }
    if (shuffle) {
      Collections.shuffle(ids, RANDOM);
    }
    return ids;
  }
}
