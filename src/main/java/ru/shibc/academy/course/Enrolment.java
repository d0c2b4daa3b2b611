package ru.shibc.academy.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person on a course. Withdrawing keeps the row and its completions, as history. */
@Entity
@Table(name = "enrolments")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EnrolmentStatus status = EnrolmentStatus.ACTIVE;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "enrolled_by", nullable = false, length = 100)
  private String enrolledBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Version private long version;

  protected Enrolment() {}

  public Enrolment(long courseId, long personId, String enrolledBy, Instant enrolledAt) {
    this.courseId = courseId;
    this.personId = personId;
    this.enrolledBy = enrolledBy;
    this.enrolledAt = enrolledAt;
  }

  void reEnrol(String by, Instant at) {
    status = completedAt == null ? EnrolmentStatus.ACTIVE : EnrolmentStatus.COMPLETED;
    enrolledBy = by;
    enrolledAt = at;
    withdrawnAt = null;
  }

  void withdraw(Instant at) {
    status = EnrolmentStatus.WITHDRAWN;
    withdrawnAt = at;
  }

  public boolean isActive() {
    return status == EnrolmentStatus.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getPersonId() {
    return personId;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public String getEnrolledBy() {
    return enrolledBy;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }
}
