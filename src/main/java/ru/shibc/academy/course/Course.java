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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A course: a programme of additional professional education with its structure version. */
@Entity
@Table(name = "courses")
public class Course {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 250)
  private String title;

  @Column(name = "short_name", nullable = false, length = 60)
  private String shortName;

  private String annotation;

  @Column(length = 120)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(name = "programme_type", nullable = false, length = 30)
  private ProgrammeType programmeType;

  @Column(name = "academic_hours", nullable = false)
  private int academicHours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StudyForm form;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "roadmap_items", length = 200)
  private String roadmapItems;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CourseStatus status = CourseStatus.DRAFT;

  @Column(name = "self_enrolment")
  private boolean selfEnrolment;

  @Column(name = "enrolment_opens_at")
  private Instant enrolmentOpensAt;

  @Column(name = "enrolment_closes_at")
  private Instant enrolmentClosesAt;

  /** Raised by every change of sections or activities, so that stale reorders are refused. */
  @Column(name = "structure_version", nullable = false)
  private long structureVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Course() {}

  public Course(CourseDetails details, Instant createdAt) {
    this.createdAt = createdAt;
    describe(details);
  }

  public void describe(CourseDetails d) {
    this.title = d.title();
    this.shortName = d.shortName();
    this.annotation = d.annotation();
    this.category = d.category();
    this.programmeType = d.programmeType();
    this.academicHours = d.academicHours();
    this.form = d.form();
    this.startsOn = d.startsOn();
    this.endsOn = d.endsOn();
    this.roadmapItems = d.roadmapItems().isEmpty() ? null : String.join(",", d.roadmapItems());
    this.selfEnrolment = d.selfEnrolment();
    this.enrolmentOpensAt = d.enrolmentOpensAt();
    this.enrolmentClosesAt = d.enrolmentClosesAt();
  }

  /** Whether enrolment is open at {@code now}: published and inside the window, if any. */
  public boolean acceptsEnrolmentAt(Instant now) {
    return status == CourseStatus.PUBLISHED
        && (enrolmentOpensAt == null || !now.isBefore(enrolmentOpensAt))
        && (enrolmentClosesAt == null || now.isBefore(enrolmentClosesAt));
  }

  public boolean grantsCertificate() {
    return programmeType.grantsCertificate(academicHours);
  }

  public void changeStatus(CourseStatus status) {
    this.status = status;
  }

  void structureChanged() {
    structureVersion++;
  }

  public List<String> roadmapItemList() {
    return roadmapItems == null ? List.of() : Arrays.asList(roadmapItems.split(","));
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getShortName() {
    return shortName;
  }

  public String getAnnotation() {
    return annotation;
  }

  public String getCategory() {
    return category;
  }

  public ProgrammeType getProgrammeType() {
    return programmeType;
  }

  public int getAcademicHours() {
    return academicHours;
  }

  public StudyForm getForm() {
    return form;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public boolean isSelfEnrolment() {
    return selfEnrolment;
  }

  public Instant getEnrolmentOpensAt() {
    return enrolmentOpensAt;
  }

  public Instant getEnrolmentClosesAt() {
    return enrolmentClosesAt;
  }

  public long getStructureVersion() {
    return structureVersion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
