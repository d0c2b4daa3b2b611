package ru.shibc.academy.roadmap.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalUnit;
import java.util.ArrayList;
import java.util.List;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.QueryParams;

/**
 * The days a figure covers (both ends included) and the step its series is cut into. Without
 * dates: the last twelve months up to today. A period that ends before it starts, or longer than
 * {@value #MAX_YEARS} years, is impossible (422); a period with no data is simply empty.
 */
public record Period(LocalDate from, LocalDate to, Step step) {

  static final int MAX_YEARS = 30;

  /** How a series is cut. */
  public enum Step {
    MONTH(ChronoUnit.MONTHS, 1),
    QUARTER(IsoFields.QUARTER_YEARS, 3),
    YEAR(ChronoUnit.YEARS, 12);

    private final TemporalUnit unit;
    private final int months;

    Step(TemporalUnit unit, int months) {
      this.unit = unit;
      this.months = months;
    }

    public TemporalUnit unit() {
      return unit;
    }

    /** The first day of the step that holds a day. */
    public LocalDate start(LocalDate day) {
      int month = (day.getMonthValue() - 1) / months * months + 1;
      return LocalDate.of(day.getYear(), month, 1);
    }

    /** "2026-03", "2026-Q1" or "2026": the step's name in the API and in files. */
    public String label(LocalDate start) {
      return switch (this) {
        case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
        case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        case YEAR -> Integer.toString(start.getYear());
      };
    }
  }

  public Period {
    if (from.isAfter(to) || from.plusYears(MAX_YEARS).isBefore(to)) {
      throw AcademyException.invalid("dashboard.period.impossible", from, to);
    }
  }

  /** From query parameters; blank ones take the defaults. */
  public static Period of(String from, String to, String step, LocalDate today) {
    LocalDate end = QueryParams.date("to", to);
    LocalDate start = QueryParams.date("from", from);
    Step s = QueryParams.option("step", step, Step.class);
    LocalDate last = end == null ? today : end;
    LocalDate first = start == null ? Step.MONTH.start(last).minusMonths(11) : start;
    return new Period(first, last, s == null ? Step.MONTH : s);
  }

  /** The first day of every step that the period touches, in order. */
  public List<LocalDate> starts() {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = step.start(from); !d.isAfter(to); d = d.plusMonths(step.months)) {
      out.add(d);
    }
    return out;
  }
}
