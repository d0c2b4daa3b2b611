package ru.shibc.academy.certificate.frdo;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The person the document was issued to, as the register identifies them.
 *
 * @param surname surname in Cyrillic
 * @param name given name in Cyrillic
 * @param patronymic patronymic, empty for people who have none
 * @param birthDate date of birth
 * @param sex as the template records it
 * @param snils СНИЛС in any usual writing; empty only for a foreign citizen who has none
 * @param citizenshipCode the country's three-digit numeric code in ОКСМ, {@link #RUSSIA} for
 *     Russian citizens; text, since codes such as {@code 036} keep their leading zero
 */
public record FrdoHolder(
    String surname,
    String name,
    String patronymic,
    LocalDate birthDate,
    Sex sex,
    String snils,
    String citizenshipCode) {

  /** The Russian Federation in ОКСМ. */
  public static final String RUSSIA = "643";

  /** "Иванова Мария Петровна", without the parts that are missing, for problem lists. */
  public String displayName() {
    return Stream.of(surname, name, patronymic)
        .filter(part -> part != null && !part.isBlank())
        .map(String::strip)
        .collect(Collectors.joining(" "));
  }

  /**
   * Without СНИЛС and birth date: they are personal data (152-ФЗ) and a toString ends up in logs.
   */
  @Override
  public String toString() {
    return "FrdoHolder[" + displayName() + "]";
  }

  /** The template's two values for sex. */
  public enum Sex implements FrdoTerm {
    MALE("Муж"),
    FEMALE("Жен");

    private final String text;

    Sex(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }
  }
}
