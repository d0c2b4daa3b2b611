package ru.shibc.academy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A learner's attempt at a quiz. Answers live in their own rows (see {@link AttemptAnswers}). */
@Entity
@Table(name = "quiz_attempts")
public class Attempt {

  /** How an attempt ended. */
  public enum Finish {
    SUBMITTED,
    TIMED_OUT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "quiz_id", nullable = false)
  private long quizId;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AttemptState state = AttemptState.IN_PROGRESS;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "deadline_at")
  private Instant deadlineAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "finished_how", length = 20)
  private Finish finishedHow;

  @Column(nullable = false)
  private String layout;

  @Column(precision = 12, scale = 4)
  private BigDecimal score;

  @Column(name = "max_score", nullable = false, precision = 12, scale = 4)
  private BigDecimal maxScore;

  @Column(name = "needs_grading", nullable = false)
  private boolean needsGrading;

  private Boolean passed;

  @Version private long version;

  protected Attempt() {}

  Attempt(Quiz quiz, long personId, int number, Instant startedAt, Instant deadlineAt, AttemptLayout layout) {
    this.quizId = quiz.getActivityId();
    this.courseId = quiz.getCourseId();
    this.personId = personId;
    this.number = number;
    this.startedAt = startedAt;
    this.deadlineAt = deadlineAt;
    this.layout = layout.toJson();
    this.maxScore = layout.maxScore();
  }

  void finish(Finish how, Instant at) {
    state = AttemptState.FINISHED;
    finishedHow = how;
    finishedAt = at;
  }

  void graded(BigDecimal score, boolean needsGrading, int passPercent) {
    this.score = score;
    this.needsGrading = needsGrading;
    this.passed = needsGrading ? null : percent().compareTo(BigDecimal.valueOf(passPercent)) >= 0;
  }

  /** The score in percent of the maximum, 0 when there is nothing to score. */
  public BigDecimal percent() {
    if (score == null || maxScore.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return score.multiply(BigDecimal.valueOf(100)).divide(maxScore, 2, RoundingMode.HALF_UP);
  }

  public AttemptLayout layout() {
    return AttemptLayout.fromJson(layout);
  }

  public Long getId() {
    return id;
  }

  public long getQuizId() {
    return quizId;
  }

  public long getCourseId() {
    return courseId;
  }

  public long getPersonId() {
    return personId;
  }

  public int getNumber() {
    return number;
  }

  public AttemptState getState() {
    return state;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getDeadlineAt() {
    return deadlineAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Finish getFinishedHow() {
    return finishedHow;
  }

  public BigDecimal getScore() {
    return score;
  }

  public BigDecimal getMaxScore() {
    return maxScore;
  }

  public boolean isNeedsGrading() {
    return needsGrading;
  }

  public Boolean getPassed() {
    return passed;
  }

  public long getVersion() {
    return version;
  }
}
