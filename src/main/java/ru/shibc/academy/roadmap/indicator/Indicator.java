package ru.shibc.academy.roadmap.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator's value for a period.
 *
 * @param item the roadmap item it belongs to, e.g. "4.1"
 * @param code a stable key, e.g. "4.1.trained", also the bundle key's tail for its name
 * @param name its name in Russian
 * @param value what was counted (or entered, for a manual indicator); null when nothing was entered
 * @param unit the unit's bundle key tail: people, schools, events, courses, reports, value
 * @param target the target for the period, or null when the roadmap sets none
 * @param targetPercent true when the target is a share in percent rather than a count
 * @param share the value as a percent of {@code base}, or null when a share means nothing here
 * @param base what the share is of (all school staff, all schools), or null
 * @param manual entered by the department rather than counted
 * @param note a word of explanation (a manual value's note)
 * @param breakdown whether a breakdown by school (or by year, or by course) can be asked for
 */
public record Indicator(
    String item, String code, String name, BigDecimal value, String unit, BigDecimal target, boolean targetPercent,
    BigDecimal share, Long base, boolean manual, String note, boolean breakdown) {

  /** Whether the value meets the target; null without a target or a value. */
  public Boolean met() {
    if (target == null || value == null) {
      return null;
    }
    BigDecimal compared = targetPercent ? share : value;
    return compared != null && compared.compareTo(target) >= 0;
  }

  /** {@code part} as a percent of {@code whole}, one decimal; 0 of nothing is 0 %. */
  public static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
