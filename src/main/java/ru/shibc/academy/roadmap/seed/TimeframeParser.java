package ru.shibc.academy.roadmap.seed;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.shibc.academy.roadmap.seed.Recurrence.Per;

/**
 * The grammar of «сроки реализации»: a period («2019 год», «2019-2021 годы», «февраль 2019 года»,
 * «сентябрь 2019 – май 2020»), optionally followed by a comma and a rate («не реже 2 раз в год», «1
 * раз в квартал», «ежеквартально»); or a rate or «постоянно» / «по мере необходимости» alone, which
 * stand for the roadmap's whole period.
 */
final class TimeframeParser {

  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("январь", Month.JANUARY),
          Map.entry("февраль", Month.FEBRUARY),
          Map.entry("март", Month.MARCH),
          Map.entry("апрель", Month.APRIL),
          Map.entry("май", Month.MAY),
          Map.entry("июнь", Month.JUNE),
          Map.entry("июль", Month.JULY),
          Map.entry("август", Month.AUGUST),
          Map.entry("сентябрь", Month.SEPTEMBER),
          Map.entry("октябрь", Month.OCTOBER),
          Map.entry("ноябрь", Month.NOVEMBER),
          Map.entry("декабрь", Month.DECEMBER));

  private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";
  private static final String YEAR = "(\\d{4})";
  private static final String YEAR_WORD = "(?: (?:годы|года|год|гг\\.?|г\\.?))?";

  private static final Pattern ONE_YEAR = Pattern.compile(YEAR + YEAR_WORD);
  private static final Pattern YEARS = Pattern.compile(YEAR + " ?- ?" + YEAR + YEAR_WORD);
  private static final Pattern ONE_MONTH = Pattern.compile(MONTH + " " + YEAR + YEAR_WORD);
  private static final Pattern MONTHS_RANGE =
      Pattern.compile(MONTH + " " + YEAR + YEAR_WORD + " ?- ?" + MONTH + " " + YEAR + YEAR_WORD);
  private static final Pattern COUNT =
      Pattern.compile("(?:не реже |не менее )?([1-9]\\d{0,2}) раза? в (год|квартал|месяц)");
  private static final Pattern STANDING = Pattern.compile("постоянно|по мере необходимости");

  private TimeframeParser() {}

  static Timeframe parse(String text, Timeframe roadmapPeriod) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(roadmapPeriod, "roadmapPeriod");
    String form = normalise(text);
    Timeframe whole = Timeframe.of(roadmapPeriod.start(), roadmapPeriod.end());
    int comma = form.indexOf(',');
    if (comma >= 0) {
      Optional<Timeframe> period = period(form.substring(0, comma).strip(), text);
      Optional<Recurrence> rate = rate(form.substring(comma + 1).strip());
      if (period.isPresent() && rate.isPresent()) {
        return period.get().every(rate.get());
      }
    } else {
      Optional<Timeframe> period = period(form, text);
      if (period.isPresent()) {
        return period.get();
      }
      Optional<Recurrence> rate = rate(form);
      if (rate.isPresent()) {
        return whole.every(rate.get());
      }
      if (STANDING.matcher(form).matches()) {
        return whole;
      }
    }
    throw new IllegalArgumentException("Unrecognised timeframe: «" + text + "»");
  }

  /** Lower case, one kind of dash, single spaces: «Февраль 2019 года» → «февраль 2019 года». */
  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
        .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
        .strip();
  }

  private static Optional<Timeframe> period(String form, String text) {
    Matcher m;
    if ((m = ONE_YEAR.matcher(form)).matches()) {
      return Optional.of(years(m.group(1), m.group(1), text));
    }
    if ((m = YEARS.matcher(form)).matches()) {
      return Optional.of(years(m.group(1), m.group(2), text));
    }
    if ((m = ONE_MONTH.matcher(form)).matches()) {
      YearMonth month = month(m.group(1), m.group(2));
      return Optional.of(Timeframe.of(month.atDay(1), month.atEndOfMonth()));
    }
    if ((m = MONTHS_RANGE.matcher(form)).matches()) {
      YearMonth first = month(m.group(1), m.group(2));
      YearMonth last = month(m.group(3), m.group(4));
      return Optional.of(checked(first.atDay(1), last.atEndOfMonth(), text));
    }
    return Optional.empty();
  }

  private static Optional<Recurrence> rate(String form) {
    Matcher m = COUNT.matcher(form);
    if (m.matches()) {
      return Optional.of(new Recurrence(Integer.parseInt(m.group(1)), per(m.group(2))));
    }
    return switch (form) {
      case "ежегодно" -> Optional.of(new Recurrence(1, Per.YEAR));
      case "ежеквартально" -> Optional.of(new Recurrence(1, Per.QUARTER));
      case "ежемесячно" -> Optional.of(new Recurrence(1, Per.MONTH));
      default -> Optional.empty();
    };
  }

  private static Per per(String unit) {
    return switch (unit) {
      case "год" -> Per.YEAR;
      case "квартал" -> Per.QUARTER;
      default -> Per.MONTH;
    };
  }

  private static Timeframe years(String first, String last, String text) {
    return checked(
        LocalDate.of(Integer.parseInt(first), 1, 1),
        LocalDate.of(Integer.parseInt(last), 12, 31),
        text);
  }

  private static YearMonth month(String name, String year) {
    return YearMonth.of(Integer.parseInt(year), MONTHS.get(name));
  }

  private static Timeframe checked(LocalDate start, LocalDate end, String text) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("Timeframe «" + text + "» ends before it starts");
    }
    return Timeframe.of(start, end);
  }
}
