package ru.shibc.academy.certificate.frdo;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The original a duplicate replaces, as it was issued: the register finds the original by these
 * fields, and the surname may have changed since.
 *
 * @param documentName the original's kind, e.g. "Удостоверение о повышении квалификации"
 * @param series the original's series, if it had one
 * @param number the original's number
 * @param registrationNumber the original's registration number
 * @param issueDate the original's issue date
 * @param surname the surname printed on the original
 * @param name the given name printed on the original
 * @param patronymic the patronymic printed on the original, if any
 */
public record FrdoOriginal(
    String documentName,
    String series,
    String number,
    String registrationNumber,
    LocalDate issueDate,
    String surname,
    String name,
    String patronymic) {

  /** An original with nothing known, in place of null where a duplicate's data is missing. */
  public static final FrdoOriginal NONE =
      new FrdoOriginal(null, null, null, null, null, null, null, null);

  /** Whether any field is filled, which only a duplicate may do. */
  public boolean isEmpty() {
    return issueDate == null
        && Stream.of(documentName, series, number, registrationNumber, surname, name, patronymic)
            .allMatch(text -> text == null || text.isBlank());
  }
}
