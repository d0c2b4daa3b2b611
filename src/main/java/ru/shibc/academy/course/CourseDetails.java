package ru.shibc.academy.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What describes a course, already checked by {@link Courses}. */
public record CourseDetails(
    String title,
    String shortName,
    String annotation,
    String category,
    ProgrammeType programmeType,
    int academicHours,
    StudyForm form,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> roadmapItems,
    boolean selfEnrolment,
    Instant enrolmentOpensAt,
    Instant enrolmentClosesAt) {

  public CourseDetails {
    roadmapItems = roadmapItems == null ? List.of() : List.copyOf(roadmapItems);
  }
}
