package ru.shibc.academy.platform.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The Russian wording official documents are printed with, whatever language the reader of the
 * platform's pages has chosen: an удостоверение or a протокол is a Russian-language document.
 */
public final class RussianText {

  private static final String[] MONTHS_GENITIVE = {
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря"
  };

  private RussianText() {}

  /** "25 ноября 2026 г.", as dates are written on documents. */
  public static String longDate(LocalDate date) {
    return date.getDayOfMonth()
        + " "
        + MONTHS_GENITIVE[date.getMonthValue() - 1]
        + " "
        + date.getYear()
        + " г.";
  }

  /**
   * Chooses the form of a noun that agrees with {@code count}: {@code one} for 1, 21, 101 ("час"),
   * {@code few} for 2–4, 22–24 ("часа"), {@code many} for 0, 5–20, 25–30, 111 ("часов").
   */
  public static String plural(long count, String one, String few, String many) {
    long lastTwo = Math.abs(count) % 100;
    long last = lastTwo % 10;
    if (lastTwo >= 11 && lastTwo <= 14) {
      return many;
    }
    if (last == 1) {
      return one;
    }
    if (last >= 2 && last <= 4) {
      return few;
    }
    return many;
  }

  /** "1 час", "72 часа", "36 часов". */
  public static String hours(long count) {
    return count + " " + plural(count, "час", "часа", "часов");
  }

  /** A number with a decimal comma and without trailing zeros: "17,5", "20", "0,25". */
  public static String decimal(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString().replace('.', ',');
  }
}
