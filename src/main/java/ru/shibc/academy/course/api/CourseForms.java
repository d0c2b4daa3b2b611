package ru.shibc.academy.course.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.CourseDetails;
import ru.shibc.academy.course.CourseStatus;
import ru.shibc.academy.course.Grading;
import ru.shibc.academy.course.ProgrammeType;
import ru.shibc.academy.course.StudyForm;

/** What the course API accepts. Classes with public fields: see {@code platform.api.Bodies}. */
public final class CourseForms {

  private CourseForms() {}

  public static final class CourseForm {
    public @NotBlank @Size(max = 250) String title;
    public @NotBlank @Size(max = 60) String shortName;
    public @Size(max = 20_000) String annotation;
    public @Size(max = 120) String category;
    public @NotNull ProgrammeType programmeType;
    public @NotNull @Min(1) @Max(2000) Integer academicHours;
    public @NotNull StudyForm form;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public @Size(max = 20) List<@NotBlank @Size(max = 5) String> roadmapItems;
    public boolean selfEnrolment;
    public Instant enrolmentOpensAt;
    public Instant enrolmentClosesAt;
    public Long version;

    public CourseDetails details() {
      return new CourseDetails(
          title.strip(), shortName.strip(), annotation, category == null ? null : category.strip(),
          programmeType, academicHours, form, startsOn, endsOn, roadmapItems, selfEnrolment,
          enrolmentOpensAt, enrolmentClosesAt);
    }
  }

  public static final class StatusForm {
    public @NotNull CourseStatus status;
  }

  public static final class DuplicateForm {
    public @NotBlank @Size(max = 60) String shortName;
  }

  public static final class SectionForm {
    public @NotBlank @Size(max = 250) String title;
    public @Size(max = 20_000) String summary;
  }

  public static final class ActivityForm {
    public Long sectionId;
    public @Size(max = 30) String kind;
    public @NotBlank @Size(max = 250) String title;
    public Boolean required;
    public @Size(max = 1_000_000) String body;
    public @Size(max = 2000) String url;
    public Grading grading;
    public Integer maxPoints;
    public Integer passPoints;
    public Instant dueAt;

    public ActivityDraft draft() {
      return new ActivityDraft(title.strip(), required == null || required, body, url, grading, maxPoints, passPoints, dueAt);
    }
  }

  public static final class OrderForm {
    public @NotNull Long structureVersion;
    public @NotNull @Size(max = 500) List<@NotNull SectionOrderForm> sections;
  }

  public static final class SectionOrderForm {
    public @NotNull Long sectionId;
    public @NotNull @Size(max = 2000) List<@NotNull Long> activityIds;
  }

  public static final class AudienceForm {
    public @Size(max = 10_000) List<@NotNull Long> personIds;
    public @Size(max = 1_000) List<@NotNull Long> cohortIds;
    public @Size(max = 1_000) List<@NotNull Long> organisationIds;
  }

  public static final class TextSubmissionForm {
    public @NotBlank @Size(max = 100_000) String text;
  }

  public static final class GradeForm {
    public Boolean passed;
    public Integer points;
    public @Size(max = 10_000) String feedback;
    public Long version;
  }
}
