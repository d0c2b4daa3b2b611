package ru.shibc.academy.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person has completed an activity, by the kind's own rule, at a time. */
@Entity
@Table(name = "activity_completions")
public class ActivityCompletion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CompletionHow how;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected ActivityCompletion() {}

  public Long getActivityId() {
    return activityId;
  }

  public Long getPersonId() {
    return personId;
  }

  public CompletionHow getHow() {
    return how;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
