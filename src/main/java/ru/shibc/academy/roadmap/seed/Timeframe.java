package ru.shibc.academy.roadmap.seed;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a roadmap item is to be carried out: a period of whole days, both ends inclusive, and
 * optionally how often within it. «февраль 2019 года» is 2019-02-01..2019-02-28; «2019-2021 годы,
 * не реже 2 раз в год» is 2019-01-01..2021-12-31 at least twice a year.
 */
public record Timeframe(LocalDate start, LocalDate end, Optional<Recurrence> recurrence) {

  public Timeframe {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(recurrence, "recurrence");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "A timeframe cannot end (" + end + ") before it starts (" + start + ")");
    }
  }

  /** The days from start to end, both inclusive, without a recurrence. */
  public static Timeframe of(LocalDate start, LocalDate end) {
    return new Timeframe(start, end, Optional.empty());
  }

  /** The calendar years from first to last, e.g. 2019..2021 is 2019-01-01..2021-12-31. */
  public static Timeframe years(int first, int last) {
    return of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  /**
   * Parses a timeframe as the roadmap writes it (сроки реализации); the forms are listed in {@code
   * docs/ROADMAP-SEED.md}.
   *
   * @param text the timeframe as written, e.g. «2019-2021 годы, 1 раз в квартал»
   * @param roadmapPeriod the roadmap's whole period, which forms without dates («ежеквартально»,
   *     «постоянно») stand for; its recurrence, if any, is not used
   * @throws IllegalArgumentException naming the text when it is not one of the known forms
   */
  public static Timeframe parse(String text, Timeframe roadmapPeriod) {
    return TimeframeParser.parse(text, roadmapPeriod);
  }

  /** The same period at the given rate. */
  public Timeframe every(Recurrence rate) {
    return new Timeframe(start, end, Optional.of(rate));
  }

  /** Whether this period lies wholly inside the other. */
  public boolean within(Timeframe other) {
    return !start.isBefore(other.start) && !end.isAfter(other.end);
  }
}
