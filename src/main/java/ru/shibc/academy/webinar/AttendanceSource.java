package ru.shibc.academy.webinar;

/** Where an attendance row came from. */
public enum AttendanceSource {
  /** BigBlueButton's meeting-end analytics callback. */
  BBB_CALLBACK,
  /** Our polling of getMeetingInfo during the meeting, the fallback when callbacks cannot reach us. */
  BBB_POLL,
  /** Marked by a methodologist (first record for the person). */
  MARKED,
  /** A methodologist's correction of an earlier row, with a reason. */
  CORRECTION
}
