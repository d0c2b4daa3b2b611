package ru.shibc.academy.webinar.bigbluebutton;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An unbroken stretch of time someone was in the meeting.
 *
 * @param joined when it began
 * @param left when it ended
 */
public record Presence(Instant joined, Instant left) {

  public Presence {
    Objects.requireNonNull(joined, "joined");
    Objects.requireNonNull(left, "left");
    if (left.isBefore(joined)) {
      throw new IllegalArgumentException("left " + left + " before joining " + joined);
    }
  }

  public Duration length() {
    return Duration.between(joined, left);
  }
}
