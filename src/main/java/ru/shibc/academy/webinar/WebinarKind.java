package ru.shibc.academy.webinar;

/** A webinar, or a meeting of the district's методическое объединение (roadmap item 1.3 counts these). */
public enum WebinarKind {
  WEBINAR,
  MEETING
}
