package ru.shibc.academy.webinar.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A webinar as a calendar needs it.
 *
 * @param webinarId our stable identifier of the webinar; the entry's UID is made from it, so it
 *     must never change for the same webinar
 * @param title the SUMMARY
 * @param description the DESCRIPTION, or {@code null}
 * @param start when it starts
 * @param duration how long it lasts
 * @param joinUrl our own page for joining, or {@code null}: the page that checks who the person is
 *     and then sends them on. Never a signed BigBlueButton join URL, which would let anybody who
 *     gets hold of the file in.
 * @param sequence the SEQUENCE: 0 when first published, raised by the caller on every change that
 *     matters to attendees (time, link, cancellation), so that calendars replace the old entry
 * @param cancelled whether the webinar is cancelled ({@code STATUS:CANCELLED})
 * @param organizer the ORGANIZER, or {@code null}
 */
public record WebinarEvent(
    String webinarId,
    String title,
    String description,
    Instant start,
    Duration duration,
    URI joinUrl,
    int sequence,
    boolean cancelled,
    CalendarPerson organizer) {

  public WebinarEvent {
    if (webinarId == null || !webinarId.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("unusable webinar ID: " + webinarId);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("the webinar title is missing");
    }
    title = title.strip();
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the duration must be positive");
    }
    if (joinUrl != null && !joinUrl.isAbsolute()) {
      throw new IllegalArgumentException("the join URL must be absolute: " + joinUrl);
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("the sequence cannot be negative");
    }
  }

  public Instant end() {
    return start.plus(duration);
  }
}
