package ru.shibc.academy.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Which of a learner's finished attempts makes their grade for a quiz. */
public enum GradingMethod {
  HIGHEST,
  LAST,
  AVERAGE;

  /** The grade (a percentage) from the attempts' percentages, oldest first; null with none. */
  public BigDecimal of(List<BigDecimal> percents) {
    if (percents.isEmpty()) {
      return null;
    }
    return switch (this) {
      case HIGHEST -> percents.stream().max(BigDecimal::compareTo).orElseThrow();
      case LAST -> percents.get(percents.size() - 1);
      case AVERAGE ->
          percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP);
    };
  }
}
