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

/**
 * An activity of a course section. Its kind names an {@link ActivityType}; the columns hold
 * what the built-in kinds need: {@code body} (a page's sanitised HTML, an assignment's
 * instructions, a link's description), {@code url} (a link), grading and a due time
 * (assignments). Kinds added later keep their own data in their own tables.
 */
@Entity
@Table(name = "course_activities")
public class Activity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(name = "section_id", nullable = false)
  private Long sectionId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 30)
  private String kind;

  @Column(nullable = false, length = 250)
  private String title;

  private boolean required = true;

  private String body;

  @Column(length = 2000)
  private String url;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Grading grading;

  @Column(name = "max_points")
  private Integer maxPoints;

  @Column(name = "pass_points")
  private Integer passPoints;

  @Column(name = "due_at")
  private Instant dueAt;

  protected Activity() {}

  public Activity(long courseId, long sectionId, int position, String kind, ActivityDraft draft) {
    this.courseId = courseId;
    this.sectionId = sectionId;
    this.position = position;
    this.kind = kind;
    describe(draft);
  }

  public void describe(ActivityDraft d) {
    this.title = d.title();
    this.required = d.required();
    this.body = d.body();
    this.url = d.url();
    this.grading = d.grading();
    this.maxPoints = d.maxPoints();
    this.passPoints = d.passPoints();
    this.dueAt = d.dueAt();
  }

  void moveTo(long sectionId, int position) {
    this.sectionId = sectionId;
    this.position = position;
  }

  /** Whether a graded submission passes: pass/fail as marked, or enough points. */
  public boolean passes(Boolean passed, Integer points) {
    if (grading == Grading.POINTS) {
      return points != null && passPoints != null && points >= passPoints;
    }
    return Boolean.TRUE.equals(passed);
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getSectionId() {
    return sectionId;
  }

  public int getPosition() {
    return position;
  }

  public String getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public boolean isRequired() {
    return required;
  }

  public String getBody() {
    return body;
  }

  public String getUrl() {
    return url;
  }

  public Grading getGrading() {
    return grading;
  }

  public Integer getMaxPoints() {
    return maxPoints;
  }

  public Integer getPassPoints() {
    return passPoints;
  }

  public Instant getDueAt() {
    return dueAt;
  }
}
