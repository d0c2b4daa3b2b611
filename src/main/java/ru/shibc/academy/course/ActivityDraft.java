package ru.shibc.academy.course;

import java.time.Instant;

/** What describes an activity, as the editor or the API sends it. */
public record ActivityDraft(
    String title,
    boolean required,
    String body,
    String url,
    Grading grading,
    Integer maxPoints,
    Integer passPoints,
    Instant dueAt) {

  public ActivityDraft withBody(String body) {
    return new ActivityDraft(title, required, body, url, grading, maxPoints, passPoints, dueAt);
  }
}
