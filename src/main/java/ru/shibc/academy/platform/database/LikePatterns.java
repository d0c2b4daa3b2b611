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
    return "%" + escaped(text) + "%";
  }

  /** {@code text%}: a prefix, which an index on the column can serve; null for blank text. */
  public static String startsWith(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return escaped(text) + "%";
  }

  private static String escaped(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
