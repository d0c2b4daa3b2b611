package ru.shibc.academy.certificate;

/** Where a member of staff stands in the three-year qualification cycle (273-FZ art. 47). */
public enum CycleState {
  /** Trained within the last three years, and not due in the next six months. */
  CURRENT,
  /** Due within six months: time to enrol. */
  DUE_SOON,
  /** More than three years since the last qualification upgrade. */
  OVERDUE,
  /** No qualification upgrade on record at all. */
  NEVER
}
