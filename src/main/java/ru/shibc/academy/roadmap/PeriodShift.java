package ru.shibc.academy.roadmap;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moving a roadmap's dates by whole years when it is copied (2019–2021 → 2025–2027). A period that
 * ends on a month's last day still does after the move, so «февраль 2019 года»
 * (2019-02-01..2019-02-28) becomes 2020-02-01..2020-02-29 when moved into a leap year.
 */
public final class PeriodShift {

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");

  private PeriodShift() {}

  /** The day {@code years} later (earlier if negative), a month's last day kept last. */
  public static LocalDate shift(LocalDate day, int years) {
    LocalDate moved = day.plusYears(years);
    if (day.getDayOfMonth() == day.lengthOfMonth()) {
      return moved.withDayOfMonth(moved.lengthOfMonth());
    }
    return moved;
  }

  /**
   * A text with every year in it (1900–2099) moved, so the copy of «2019-2021 годы, 1 раз в
   * квартал» reads «2025-2027 годы, 1 раз в квартал».
   */
  public static String shiftYears(String text, int years) {
    if (text == null) {
      return null;
    }
    Matcher m = YEAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group(1)) + years));
    }
    m.appendTail(out);
    return out.toString();
  }
}
