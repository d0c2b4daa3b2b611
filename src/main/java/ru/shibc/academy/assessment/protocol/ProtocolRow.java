package ru.shibc.academy.assessment.protocol;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One learner's line in the protocol.
 *
 * @param learnerName the full name as printed, e.g. "Иванова Мария Петровна"
 * @param organisation the learner's school; empty when unknown
 * @param score the points scored
 * @param passed whether the learner is attested; decided by the quiz's passing grade, not here
 */
public record ProtocolRow(
    String learnerName, String organisation, BigDecimal score, boolean passed) {

  public ProtocolRow {
    if (learnerName == null || learnerName.isBlank()) {
      throw new IllegalArgumentException("learnerName is missing");
    }
    organisation = organisation == null ? "" : organisation;
    Objects.requireNonNull(score, "score");
    if (score.signum() < 0) {
      throw new IllegalArgumentException("score is negative");
    }
  }
}
