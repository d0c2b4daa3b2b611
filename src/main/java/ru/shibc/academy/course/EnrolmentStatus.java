package ru.shibc.academy.course;

/** Where a learner is with a course; a withdrawn enrolment stays as history. */
public enum EnrolmentStatus {
  ACTIVE,
  COMPLETED,
  WITHDRAWN
}
