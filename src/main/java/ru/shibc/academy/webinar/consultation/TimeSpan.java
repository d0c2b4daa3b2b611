package ru.shibc.academy.webinar.consultation;

import java.time.Instant;
import java.util.Objects;

/** A half-open interval of time [start, end): a slot that ends at 15:30 does not overlap one at 15:30. */
public record TimeSpan(Instant start, Instant end) {

  public TimeSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("the end must be after the start");
    }
  }

  public boolean overlaps(TimeSpan other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
