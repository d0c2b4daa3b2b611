package ru.shibc.academy.assessment.protocol;

import java.util.Objects;

/**
 * A member of the attestation commission, printed as a signature line.
 *
 * @param position e.g. "Методист ИМЦ"
 * @param name e.g. "О. В. Смирнова"
 */
public record CommissionMember(String position, String name) {

  public CommissionMember {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(name, "name");
  }
}
