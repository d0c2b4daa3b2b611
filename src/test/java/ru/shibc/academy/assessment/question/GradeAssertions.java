package ru.shibc.academy.assessment.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

final class GradeAssertions {

  private GradeAssertions() {}

  /** Compares with the scale a grade always has, so "0.5" reads naturally in the tests. */
  static void assertFraction(String expected, Grade grade) {
    assertEquals(new BigDecimal(expected).setScale(7), grade.fraction());
  }
}
