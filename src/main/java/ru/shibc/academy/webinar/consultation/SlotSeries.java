package ru.shibc.academy.webinar.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * The rules of publishing slots, as plain Java: a slot or a weekly series of them (e.g. every
 * Tuesday 15:00–15:30 for 4 weeks) entered as local times in the viewer's zone, between 10 minutes
 * and 4 hours long, never in the past, never overlapping the methodologist's live slots.
 */
public final class SlotSeries {

  public static final Duration MIN_LENGTH = Duration.ofMinutes(10);
  public static final Duration MAX_LENGTH = Duration.ofHours(4);
  public static final int MAX_WEEKS = 12;

  private SlotSeries() {}

  /**
   * The spans of {@code weeks} weekly slots from {@code firstDay}, each {@code from}–{@code to} in
   * {@code zone}. A local time that a clock change skips moves forward, as {@link ZonedDateTime#of}
   * does.
   */
  public static List<TimeSpan> expand(LocalDate firstDay, LocalTime from, LocalTime to, ZoneId zone, int weeks) {
    if (firstDay == null || from == null || to == null) {
      throw AcademyException.invalid("consultation.slot.required");
    }
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw AcademyException.invalid("consultation.slot.weeks", MAX_WEEKS);
    }
    if (!to.isAfter(from)) {
      throw AcademyException.invalid("consultation.slot.endBeforeStart");
    }
    Duration length = Duration.between(from, to);
    if (length.compareTo(MIN_LENGTH) < 0 || length.compareTo(MAX_LENGTH) > 0) {
      throw AcademyException.invalid("consultation.slot.length", MIN_LENGTH.toMinutes(), MAX_LENGTH.toHours());
    }
    List<TimeSpan> spans = new ArrayList<>(weeks);
    for (int week = 0; week < weeks; week++) {
      LocalDate day = firstDay.plusWeeks(week);
      Instant start = ZonedDateTime.of(day, from, zone).toInstant();
      Instant end = ZonedDateTime.of(day, to, zone).toInstant();
      spans.add(new TimeSpan(start, end));
    }
    return spans;
  }

  /** Refuses (422) a series whose first slot starts before {@code now}. */
  public static void requireFuture(List<TimeSpan> spans, Instant now) {
    if (spans.stream().anyMatch(s -> !s.start().isAfter(now))) {
      throw AcademyException.invalid("consultation.slot.past");
    }
  }

  /** The first of the wanted spans that overlaps one of the existing ones, if any. */
  public static Optional<TimeSpan> firstOverlap(List<TimeSpan> wanted, Collection<TimeSpan> existing) {
    for (int i = 0; i < wanted.size(); i++) {
      TimeSpan span = wanted.get(i);
      for (int j = 0; j < i; j++) {
        if (span.overlaps(wanted.get(j))) {
          return Optional.of(span);
        }
      }
      for (TimeSpan other : existing) {
        if (span.overlaps(other)) {
          return Optional.of(span);
        }
      }
    }
    return Optional.empty();
  }
}
