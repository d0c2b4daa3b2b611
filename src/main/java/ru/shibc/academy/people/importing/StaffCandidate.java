package ru.shibc.academy.people.importing;

import java.time.LocalDate;
import java.util.Objects;
import ru.shibc.academy.people.Snils;

/**
 * A row that passed every check, ready for the caller to save.
 *
 * @param patronymic null when the row had none
 * @param email lower-cased
 * @param snils null when the row had none
 * @param birthDate null when the row had none
 */
public record StaffCandidate(
    String surname,
    String name,
    String patronymic,
    String position,
    long organisationId,
    String email,
    Snils snils,
    LocalDate birthDate) {

  public StaffCandidate {
    Objects.requireNonNull(surname, "surname");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(email, "email");
  }

  /** "Иванова Мария Петровна", the way the name is written in Russian documents. */
  public String fullName() {
    return patronymic == null ? surname + " " + name : surname + " " + name + " " + patronymic;
  }
}
