package ru.shibc.academy.people;

import java.util.Objects;

/**
 * СНИЛС, the 11-digit personal insurance account number, e.g. {@code 112-233-445 95}.
 *
 * <p>An instance always holds a number that passes the Pension Fund checksum, so code that receives
 * a {@code Snils} never has to check it again.
 *
 * @param digits the 11 digits without separators
 */
public record Snils(String digits) {

  /**
   * Numbers up to 001-001-998 were issued before the checksum was introduced, so the official rule
   * exempts them from the check.
   */
  private static final int LAST_UNCHECKED_NUMBER = 1_001_998;

  public Snils {
    Objects.requireNonNull(digits, "digits");
    if (digits.length() != 11 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("СНИЛС must consist of 11 digits");
    }
    if (!checksumMatches(digits)) {
      throw new IllegalArgumentException("СНИЛС checksum does not match");
    }
  }

  /**
   * Reads a СНИЛС as people write it: {@code 11223344595}, {@code 112-233-445 95} or {@code 112 233
   * 445 95}. Spaces and hyphens are accepted anywhere, since people are not consistent about where
   * they put them.
   *
   * @throws IllegalArgumentException if the text is not 11 digits or the checksum is wrong
   */
  public static Snils parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("СНИЛС is missing");
    }
    StringBuilder digits = new StringBuilder(11);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (!isSeparator(c)) {
        throw new IllegalArgumentException("СНИЛС may contain only digits, spaces and hyphens");
      }
    }
    return new Snils(digits.toString());
  }

  /** Whether {@link #parse(String)} would accept the text. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The number as printed on the insurance certificate: {@code 112-233-445 95}. */
  public String formatted() {
    return digits.substring(0, 3)
        + '-'
        + digits.substring(3, 6)
        + '-'
        + digits.substring(6, 9)
        + ' '
        + digits.substring(9);
  }

  /**
   * Masks all but the control digits: СНИЛС is personal data under 152-ФЗ and a record's toString
   * ends up in logs. Use {@link #formatted()} to show the number.
   */
  @Override
  public String toString() {
    return "***-***-*** " + digits.substring(9);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\u00a0' || c == '\u2010' || c == '\u2011';
  }

  private static boolean checksumMatches(String digits) {
    int number = Integer.parseInt(digits.substring(0, 9));
    if (number <= LAST_UNCHECKED_NUMBER) {
      return true;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (9 - i);
    }
    int control;
    if (sum < 100) {
      control = sum;
    } else if (sum <= 101) {
      control = 0;
    } else {
      control = sum % 101;
      if (control == 100) {
        control = 0;
      }
    }
    return control == Integer.parseInt(digits.substring(9));
  }
}
