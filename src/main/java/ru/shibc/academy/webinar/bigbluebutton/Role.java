package ru.shibc.academy.webinar.bigbluebutton;

/** A participant's role in a meeting, as BigBlueButton names it. */
public enum Role {
  /** Runs the meeting: may present, mute, record and end it. */
  MODERATOR,
  /** Attends. */
  VIEWER
}
