package ru.shibc.academy.assessment;

/** What a learner may see of a finished attempt, after it and after the quiz closes. */
public enum ReviewOption {
  /** Only that the attempt is finished. */
  NOTHING,
  /** The score and whether it passed. */
  SCORE,
  /** The score and, per question, the learner's answer and whether it was right. */
  RESPONSES,
  /** All of that, the right answers and the feedback. */
  FEEDBACK;

  public boolean shows(ReviewOption what) {
    return compareTo(what) >= 0;
  }
}
