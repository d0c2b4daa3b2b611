package ru.shibc.academy.course;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import ru.shibc.academy.platform.files.StoredFile;

/** A learner's answer to an assignment: text and/or a file; graded with feedback. */
@Entity
@Table(name = "submissions")
public class Submission {

  /** Waiting for a grade, or graded. */
  public enum Status {
    SUBMITTED,
    GRADED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  /** 1 for the first submission, 2 for a resubmission, and so on. */
  @Column(nullable = false)
  private int number;

  private String text;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type", length = 120)
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "file_data")
  private byte[] fileData;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.SUBMITTED;

  private Integer points;

  private Boolean passed;

  private String feedback;

  @Column(name = "graded_by", length = 100)
  private String gradedBy;

  @Column(name = "graded_at")
  private Instant gradedAt;

  @Version private long version;

  protected Submission() {}

  public Submission(Activity activity, long personId, int number, String text, StoredFile file, Instant at) {
    this.activityId = activity.getId();
    this.courseId = activity.getCourseId();
    this.personId = personId;
    this.number = number;
    this.text = text;
    if (file != null) {
      this.fileName = file.fileName();
      this.contentType = file.contentType();
      this.fileData = file.data();
    }
    this.submittedAt = at;
  }

  public void grade(boolean passed, Integer points, String feedback, String by, Instant at) {
    this.status = Status.GRADED;
    this.passed = passed;
    this.points = points;
    this.feedback = feedback;
    this.gradedBy = by;
    this.gradedAt = at;
  }

  public boolean hasFile() {
    return fileName != null;
  }

  public StoredFile file() {
    return fileName == null ? null : new StoredFile(fileName, contentType, fileData, null);
  }

  public Long getId() {
    return id;
  }

  public Long getActivityId() {
    return activityId;
  }

  public Long getPersonId() {
    return personId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public int getNumber() {
    return number;
  }

  public String getText() {
    return text;
  }

  public String getFileName() {
    return fileName;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Status getStatus() {
    return status;
  }

  public Integer getPoints() {
    return points;
  }

  public Boolean getPassed() {
    return passed;
  }

  public String getFeedback() {
    return feedback;
  }

  public String getGradedBy() {
    return gradedBy;
  }

  public Instant getGradedAt() {
    return gradedAt;
  }

  public long getVersion() {
    return version;
  }
}
