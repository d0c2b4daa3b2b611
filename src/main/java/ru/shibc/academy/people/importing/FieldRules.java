package ru.shibc.academy.people.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Format checks of single cell values, free of any lookup. */
final class FieldRules {

  static final int MAX_PERSON_NAME = 100;
  static final int MAX_POSITION = 150;

  /** RFC 5321 limits a forward path to 256 octets including the angle brackets. */
  static final int MAX_EMAIL = 254;

  private static final int MAX_EMAIL_LOCAL_PART = 64;

  // Deliberately stricter than RFC 5322: quoted local parts and IP literals are legal but in a
  // staff list they are always typos. The domain may be Cyrillic (.рф).
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
              + "(?:\\p{L}{2,}|xn--[a-z0-9-]+)");

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          // Single-digit day and month too: Excel-ru writes 05.03.1985, people type 5.3.1985.
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

  private FieldRules() {}

  static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  /** Runs of spaces inside a value are almost always accidental. */
  static String collapseSpaces(String value) {
    return value.replaceAll("\\s+", " ");
  }

  /**
   * Letters of the Cyrillic or Latin script (so Ukrainian і, ї, є and ё pass) with spaces, hyphens,
   * apostrophes and dots (Д'Артаньян, Мамин-Сибиряк, O'Neil, "Н." for initials), and at least one
   * letter.
   */
  static boolean isPersonName(String value) {
    boolean hasLetter = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) && isCyrillicOrLatin(c)) {
        hasLetter = true;
      } else if (" -'.\u2019\u02bc\u2010".indexOf(c) < 0) {
        return false;
      }
    }
    return hasLetter;
  }

  private static boolean isCyrillicOrLatin(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.LATIN;
  }

  static boolean isEmail(String value) {
    int at = value.indexOf('@');
    return at > 0 && at <= MAX_EMAIL_LOCAL_PART && EMAIL.matcher(value).matches();
  }

  static Optional<LocalDate> parseDate(String value) {
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(value, format));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
