package ru.shibc.academy.assessment.web;

import java.math.BigDecimal;

/** Marks and scores as people write them: no trailing zeros, never in exponent form (10, not 1E+1). */
final class Decimals {

  private Decimals() {}

  static BigDecimal plain(BigDecimal number) {
    if (number == null) {
      return null;
    }
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
