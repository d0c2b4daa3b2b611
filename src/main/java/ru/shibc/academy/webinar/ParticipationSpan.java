package ru.shibc.academy.webinar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of district days as participation is counted: the whole months that are over, read from
 * the monthly summary ({@link WebinarParticipation}), and the rest, read from the attendance
 * evidence itself: the days of a first month the period only partly covers, and everything from
 * the first month that is not over (or not wholly in the period). A whole month is over when its
 * last day is before today, so every webinar in it has started.
 *
 * <p>The summary's months are at {@link WebinarParticipation#MONTH_OFFSET}; they are the period's
 * months only if the zone has kept that offset since the period began. Otherwise (a period from
 * before Yekaterinburg's last change, on 26 October 2014) everything is read from the evidence.
 *
 * @param wholeFrom the first whole month (its first day), or {@code null} when there is none
 * @param wholeUntil the first day after the last whole month
 * @param evidence the instants [from, until) read from the attendance rows, at most two
 */
record ParticipationSpan(LocalDate wholeFrom, LocalDate wholeUntil, List<Range> evidence) {

  /** Webinars starting from {@code from} (included) until {@code until} (excluded). */
  record Range(Instant from, Instant until) {}

  static ParticipationSpan of(LocalDate from, LocalDate to, ZoneId zone, Instant now) {
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate limit = to.plusDays(1).isBefore(today) ? to.plusDays(1) : today;
    LocalDate until = limit.withDayOfMonth(1);
    if (!summaryMonths(zone, start, now) || !first.isBefore(until)) {
      return new ParticipationSpan(null, null, List.of(new Range(start, end)));
    }
    List<Range> evidence = new ArrayList<>();
    if (from.isBefore(first)) {
      evidence.add(new Range(start, first.atStartOfDay(zone).toInstant()));
    }
    if (until.isBefore(to.plusDays(1))) {
      evidence.add(new Range(until.atStartOfDay(zone).toInstant(), end));
    }
    return new ParticipationSpan(first, until, List.copyOf(evidence));
  }

  /** Whole months from which reading the summary in person or organisation order beats its month range plus a sort. */
  static final int LONG_MONTHS = 36;

  boolean hasWholeMonths() {
    return wholeFrom != null;
  }

  /**
   * Whether the whole months are so many that the summary is better read whole in the order of a
   * person or organisation index (grouping without a sort) than by its month range and a sort:
   * measured on the region (50,000 people, seven years), the two cost the same at three years.
   */
  boolean longWholeMonths() {
    return hasWholeMonths() && !wholeFrom.plusMonths(LONG_MONTHS).isAfter(wholeUntil);
  }

  /** Whether the zone's offset has been the summary's from {@code start} until {@code now}. */
  private static boolean summaryMonths(ZoneId zone, Instant start, Instant now) {
    if (!zone.getRules().getOffset(now).equals(WebinarParticipation.MONTH_OFFSET)) {
      return false;
    }
    ZoneOffsetTransition last = zone.getRules().previousTransition(now);
    return last == null || !start.isBefore(last.getInstant());
  }
}
