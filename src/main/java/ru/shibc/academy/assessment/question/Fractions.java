package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Decimal conventions shared by questions and grades. Fractions and marks carry seven decimals, as
 * Moodle stores them, so that a value read back from JSON or XML equals the one written.
 */
final class Fractions {

  static final int SCALE = 7;
  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
  static final BigDecimal ONE = BigDecimal.ONE.setScale(SCALE);
  private static final BigDecimal MINUS_ONE = ONE.negate();

  private Fractions() {}

  /** A per-answer weight: between -1 and 1 (Moodle's -100 % .. 100 %), seven decimals. */
  static BigDecimal weight(BigDecimal fraction, String what) {
    Objects.requireNonNull(fraction, what);
    BigDecimal scaled = fraction.setScale(SCALE, RoundingMode.HALF_UP);
    if (scaled.compareTo(MINUS_ONE) < 0 || scaled.compareTo(ONE) > 0) {
      throw new IllegalArgumentException(what + " must be between -1 and 1, was " + fraction);
    }
    return scaled;
  }

  /** A question's mark in points: not negative, seven decimals. */
  static BigDecimal mark(BigDecimal mark) {
    Objects.requireNonNull(mark, "defaultMark");
    if (mark.signum() < 0) {
      throw new IllegalArgumentException("defaultMark must not be negative, was " + mark);
    }
    return mark.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /**
   * The grade fraction: clamped to [0, 1] since negative weights must not make a grade negative.
   */
  static BigDecimal clamp(BigDecimal fraction) {
    BigDecimal scaled = fraction.setScale(SCALE, RoundingMode.HALF_UP);
    if (scaled.signum() < 0) {
      return ZERO;
    }
    return scaled.compareTo(ONE) > 0 ? ONE : scaled;
  }

  /**
   * A number given by an author (a numerical answer or tolerance) in its shortest form, so that
   * {@code 2.50} and {@code 2.5} are the same value and records compare equal after a round trip.
   */
  static BigDecimal canonical(BigDecimal number) {
    if (number == null) {
      return null;
    }
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Empty text for null, so that absent feedback and empty feedback are one value. */
  static String text(String text) {
    return text == null ? "" : text;
  }
}
