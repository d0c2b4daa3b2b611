package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One value a numerical question accepts: any number within {@code tolerance} of {@code value},
 * ends included.
 *
 * @param id the answer's index as given by the author
 * @param value the expected number; null for Moodle's {@code *}, which accepts any other number and
 *     is used to give feedback on wrong answers
 * @param tolerance the allowed error, not negative; zero for an exact answer
 * @param fraction the share of the mark it earns, -1..1
 * @param feedback shown to a learner whose number it accepted
 */
public record NumericAnswer(
    int id, BigDecimal value, BigDecimal tolerance, BigDecimal fraction, String feedback) {

  public NumericAnswer {
    value = Fractions.canonical(value);
    tolerance = Fractions.canonical(tolerance == null ? BigDecimal.ZERO : tolerance);
    if (tolerance.signum() < 0) {
      throw new IllegalArgumentException("a tolerance must not be negative, was " + tolerance);
    }
    fraction = Fractions.weight(fraction, "answer fraction");
    feedback = Fractions.text(feedback);
  }

  /** Any number from {@code min} to {@code max}, as GIFT's {@code {#1..5}} writes it. */
  public static NumericAnswer range(
      int id, BigDecimal min, BigDecimal max, BigDecimal fraction, String feedback) {
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "a range must not end before it starts: " + min + ".." + max);
    }
    BigDecimal two = BigDecimal.valueOf(2);
    BigDecimal sum = min.add(max);
    BigDecimal middle = sum.divide(two, Math.max(sum.scale(), 0) + 1, RoundingMode.UNNECESSARY);
    return new NumericAnswer(id, middle, max.subtract(middle), fraction, feedback);
  }

  /** Whether this is the catch-all {@code *} answer. */
  public boolean isAnyOther() {
    return value == null;
  }

  boolean accepts(BigDecimal number) {
    return value == null || number.subtract(value).abs().compareTo(tolerance) <= 0;
  }
}
