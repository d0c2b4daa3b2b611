package ru.shibc.academy.assessment.protocol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed in an attestation protocol, already decided.
 *
 * @param organisationName the organisation that holds the attestation
 * @param number the protocol's number, e.g. "12" or "ПК-2026/12"
 * @param date the date of the attestation
 * @param programmeTitle the course (programme) the attestation concludes
 * @param quizTitle the quiz the learners sat
 * @param maxScore the most points the quiz gives, the same for every learner
 * @param rows the learners in the order printed; may be empty
 * @param chair the chair of the commission
 * @param members the other members; when there are none, blank lines are printed to fill by hand
 */
public record ProtocolDocument(
    String organisationName,
    String number,
    LocalDate date,
    String programmeTitle,
    String quizTitle,
    BigDecimal maxScore,
    List<ProtocolRow> rows,
    CommissionMember chair,
    List<CommissionMember> members) {

  public ProtocolDocument {
    requireText(organisationName, "organisationName");
    requireText(number, "number");
    Objects.requireNonNull(date, "date");
    requireText(programmeTitle, "programmeTitle");
    requireText(quizTitle, "quizTitle");
    Objects.requireNonNull(maxScore, "maxScore");
    if (maxScore.signum() <= 0) {
      throw new IllegalArgumentException("maxScore must be positive");
    }
    rows = List.copyOf(rows);
    Objects.requireNonNull(chair, "chair");
    members = List.copyOf(members);
  }

  /** How many learners are attested. */
  public long passedCount() {
    return rows.stream().filter(ProtocolRow::passed).count();
  }

  /** How many learners are not attested. */
  public long failedCount() {
    return rows.size() - passedCount();
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing");
    }
  }
}
