package ru.shibc.academy.roadmap.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.time.Clocks;

/**
 * A period of the roadmap's calendar: two district days, both included. Indicators count what
 * happened on those days in the district's time zone, so a webinar at 01:00 on 1 April
 * (Yekaterinburg) belongs to the second quarter even though it is still March in UTC.
 */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    if (from == null || to == null) {
      throw new IllegalArgumentException("A period needs both days");
    }
    if (to.isBefore(from)) {
      throw AcademyException.invalid("indicator.period.impossible", from, to);
    }
  }

  /** A quarter of a year, 1–4. */
  public static Period quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw AcademyException.invalid("indicator.period.quarter");
    }
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new Period(from, from.plusMonths(3).minusDays(1));
  }

  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * The period a request names: {@code from}/{@code to}, or a {@code year} with an optional
   * {@code quarter}; with nothing, the current year. A quarter without a year, a year with from/to,
   * or to before from is refused (422).
   */
  public static Period of(LocalDate from, LocalDate to, Integer year, Integer quarter, LocalDate today) {
    if (year != null || quarter != null) {
      if (from != null || to != null) {
        throw AcademyException.invalid("indicator.period.both");
      }
      if (year == null) {
        throw AcademyException.invalid("indicator.period.quarterWithoutYear");
      }
      if (year < 1900 || year > 2999) {
        throw AcademyException.invalid("indicator.period.year");
      }
      return quarter == null ? year(year) : quarter(year, quarter);
    }
    if (from == null && to == null) {
      return year(today.getYear());
    }
    if (from == null || to == null) {
      throw AcademyException.invalid("indicator.period.bothDays");
    }
    return new Period(from, to);
  }

  /** The quarter that ended just before {@code today}'s quarter began. */
  public static Period quarterBefore(LocalDate today) {
    LocalDate previous = today.withDayOfMonth(1).minusMonths(((today.getMonthValue() - 1) % 3) + 1);
    return quarter(previous.getYear(), quarterOf(previous));
  }

  public static int quarterOf(LocalDate day) {
    return day.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** The first instant of the period, at midnight in the district. */
  public Instant start() {
    return from.atStartOfDay(Clocks.DISTRICT_ZONE).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(Clocks.DISTRICT_ZONE).toInstant();
  }

  /** How many calendar years the period touches (2019-12-01…2020-01-31 touches two). */
  public int yearsTouched() {
    return to.getYear() - from.getYear() + 1;
  }

  /** How many calendar quarters the period touches. */
  public int quartersTouched() {
    return (int) (to.getYear() * 4L + quarterOf(to) - (from.getYear() * 4L + quarterOf(from))) + 1;
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** Whether this is exactly one calendar quarter. */
  public boolean isQuarter() {
    return from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0 && to.equals(from.plusMonths(3).minusDays(1));
  }
}
