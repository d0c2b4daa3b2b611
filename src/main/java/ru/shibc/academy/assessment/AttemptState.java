package ru.shibc.academy.assessment;

/** An attempt is in progress until the learner finishes it or its time runs out. */
public enum AttemptState {
  IN_PROGRESS,
  FINISHED
}
