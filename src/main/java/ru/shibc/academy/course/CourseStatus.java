package ru.shibc.academy.course;

/** Only published courses are in the catalogue and can be learnt. */
public enum CourseStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
