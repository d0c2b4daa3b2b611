package ru.shibc.academy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The settings of a quiz activity. The activity itself (title, section) belongs to the course. */
@Entity
@Table(name = "quizzes")
public class Quiz {

  @Id
  @Column(name = "activity_id")
  private Long activityId;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "time_limit_minutes")
  private Integer timeLimitMinutes;

  @Column(name = "attempts_allowed")
  private Integer attemptsAllowed;

  @Enumerated(EnumType.STRING)
  @Column(name = "grading_method", nullable = false, length = 10)
  private GradingMethod gradingMethod = GradingMethod.HIGHEST;

  @Column(name = "pass_percent", nullable = false)
  private int passPercent = 60;

  @Column(name = "opens_at")
  private Instant opensAt;

  @Column(name = "closes_at")
  private Instant closesAt;

  @Column(name = "shuffle_questions", nullable = false)
  private boolean shuffleQuestions = true;

  @Column(name = "shuffle_answers", nullable = false)
  private boolean shuffleAnswers = true;

  @Column(name = "one_per_page", nullable = false)
  private boolean onePerPage = true;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_after_attempt", nullable = false, length = 20)
  private ReviewOption reviewAfterAttempt = ReviewOption.RESPONSES;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_after_close", nullable = false, length = 20)
  private ReviewOption reviewAfterClose = ReviewOption.FEEDBACK;

  @Version private long version;

  protected Quiz() {}

  Quiz(long activityId, long courseId) {
    this.activityId = activityId;
    this.courseId = courseId;
  }

  void update(QuizSettings s) {
    timeLimitMinutes = s.timeLimitMinutes();
    attemptsAllowed = s.attemptsAllowed();
    gradingMethod = s.gradingMethod();
    passPercent = s.passPercent();
    opensAt = s.opensAt();
    closesAt = s.closesAt();
    shuffleQuestions = s.shuffleQuestions();
    shuffleAnswers = s.shuffleAnswers();
    onePerPage = s.onePerPage();
    reviewAfterAttempt = s.reviewAfterAttempt();
    reviewAfterClose = s.reviewAfterClose();
  }

  public QuizSettings settings() {
    return new QuizSettings(
        timeLimitMinutes, attemptsAllowed, gradingMethod, passPercent, opensAt, closesAt, shuffleQuestions,
        shuffleAnswers, onePerPage, reviewAfterAttempt, reviewAfterClose);
  }

  /** Whether the quiz is closed at an instant (after its close time). */
  public boolean isClosedAt(Instant at) {
    return closesAt != null && !at.isBefore(closesAt);
  }

  public Long getActivityId() {
    return activityId;
  }

  public long getCourseId() {
    return courseId;
  }

  public long getVersion() {
    return version;
  }
}
