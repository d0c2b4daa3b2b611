package ru.shibc.academy.course;

/** How an assignment is graded. */
public enum Grading {
  PASS_FAIL,
  POINTS
}
