package ru.shibc.academy.platform.database;

import java.util.Locale;

/** Search text as a JPQL LIKE pattern: "contains", case-insensitive, wildcards taken literally. */
public final class LikePatterns {

  private LikePatterns() {}

  /** {@code %text%} in lower case with %, _ and \ escaped; null for blank text (no filter). */
  public static String contains(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
