package ru.shibc.academy.course.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.CourseStatus;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Enrolment;
import ru.shibc.academy.course.EnrolmentStatus;
import ru.shibc.academy.course.Grading;
import ru.shibc.academy.course.Learning;
import ru.shibc.academy.course.ProgrammeType;
import ru.shibc.academy.course.Section;
import ru.shibc.academy.course.StudyForm;
import ru.shibc.academy.course.Assignments;
import ru.shibc.academy.course.kinds.LinkType;

/** What the course API answers. */
public final class CourseViews {

  private CourseViews() {}

  public record CourseSummary(
      long id, String title, String shortName, String annotation, String category, ProgrammeType programmeType,
      int academicHours, StudyForm form, LocalDate startsOn, LocalDate endsOn, List<String> roadmapItems,
      CourseStatus status, boolean selfEnrolment, boolean grantsCertificate, Instant enrolmentOpensAt,
      Instant enrolmentClosesAt, long version) {
    static CourseSummary of(Course c) {
      return new CourseSummary(
          c.getId(), c.getTitle(), c.getShortName(), c.getAnnotation(), c.getCategory(), c.getProgrammeType(),
          c.getAcademicHours(), c.getForm(), c.getStartsOn(), c.getEndsOn(), c.roadmapItemList(), c.getStatus(),
          c.isSelfEnrolment(), c.grantsCertificate(), c.getEnrolmentOpensAt(), c.getEnrolmentClosesAt(), c.getVersion());
    }
  }

  public record FileView(String fileName, String contentType, long size) {
    static FileView of(Courses.FileInfo f) {
      return f == null ? null : new FileView(f.fileName(), f.contentType(), f.size());
    }
  }

  public record ActivityView(
      long id, long sectionId, int position, String kind, String title, boolean required, String body, String url,
      String embedUrl, Grading grading, Integer maxPoints, Integer passPoints, Instant dueAt, FileView file) {
    static ActivityView of(Activity a, Courses.FileInfo file) {
      return new ActivityView(
          a.getId(), a.getSectionId(), a.getPosition(), a.getKind(), a.getTitle(), a.isRequired(), a.getBody(),
          a.getUrl(), LinkType.embedUrl(a.getUrl()).orElse(null), a.getGrading(), a.getMaxPoints(), a.getPassPoints(),
          a.getDueAt(), FileView.of(file));
    }
  }

  public record SectionView(long id, int position, String title, String summary, List<ActivityView> activities) {
    static SectionView of(Section s, List<ActivityView> activities) {
      return new SectionView(s.getId(), s.getPosition(), s.getTitle(), s.getSummary(), activities);
    }
  }

  /** A course with its whole structure, as authors see it. */
  public record CourseStructure(CourseSummary course, long structureVersion, List<SectionView> sections) {}

  public record SubmissionView(
      long id, long activityId, int number, Instant submittedAt, String status, Boolean passed, Integer points,
      String feedback, String fileName, boolean hasText) {
    static SubmissionView of(Assignments.Summary s) {
      return s == null
          ? null
          : new SubmissionView(
              s.id(), s.activityId(), s.number(), s.submittedAt(), s.status().name(), s.passed(), s.points(),
              s.feedback(), s.fileName(), s.hasText());
    }
  }

  public record LearnerActivity(ActivityView activity, boolean completed, Instant completedAt, SubmissionView latestSubmission) {}

  public record LearnerSection(long id, String title, String summary, List<LearnerActivity> activities) {}

  /** The course page of an enrolled learner. */
  public record LearnerCourse(
      CourseSummary course, EnrolmentStatus enrolment, Instant completedAt, int progressPercent,
      Long nextActivityId, List<LearnerSection> sections) {
    static LearnerCourse of(Learning.CourseView v) {
      List<LearnerSection> sections =
          v.sections().stream()
              .map(
                  s ->
                      new LearnerSection(
                          s.section().getId(), s.section().getTitle(), s.section().getSummary(),
                          s.activities().stream()
                              .map(a -> new LearnerActivity(ActivityView.of(a.activity(), a.file()), a.completed(), a.completedAt(), SubmissionView.of(a.latest())))
                              .toList()))
              .toList();
      return new LearnerCourse(
          CourseSummary.of(v.course()), v.enrolment().getStatus(), v.enrolment().getCompletedAt(), v.progressPercent(),
          v.nextStep() == null ? null : v.nextStep().activity().getId(), sections);
    }
  }

  public record MyCourseView(
      CourseSummary course, EnrolmentStatus status, Instant enrolledAt, Instant completedAt, int progressPercent,
      String nextStep, Instant nextDeadline) {
    static MyCourseView of(Learning.MyCourse m) {
      Enrolment e = m.enrolment();
      return new MyCourseView(
          CourseSummary.of(m.course()), e.getStatus(), e.getEnrolledAt(), e.getCompletedAt(), m.progressPercent(),
          m.nextStep(), m.nextDeadline());
    }
  }
}
