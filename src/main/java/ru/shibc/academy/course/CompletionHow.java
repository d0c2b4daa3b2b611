package ru.shibc.academy.course;

/** What completed an activity: each kind has its own rule. */
public enum CompletionHow {
  VIEWED,
  SUBMITTED,
  GRADED,
  PASSED,
  ATTENDED
}
