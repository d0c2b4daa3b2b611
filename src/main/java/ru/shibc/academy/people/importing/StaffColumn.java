package ru.shibc.academy.people.importing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A column of the staff list that the import understands. */
public enum StaffColumn {
  SURNAME(true, "фамилия", "surname", "lastname", "familyname"),
  NAME(true, "имя", "name", "firstname", "givenname"),
  PATRONYMIC(false, "отчество", "patronymic", "middlename"),
  POSITION(true, "должность", "position", "jobtitle"),
  ORGANISATION(
      true,
      "организация",
      "школа",
      "образовательнаяорганизация",
      "оо",
      "organisation",
      "organization",
      "school"),
  EMAIL(true, "email", "электроннаяпочта", "элпочта", "почта", "mail", "emailaddress"),
  SNILS(false, "снилс", "snils"),
  BIRTH_DATE(false, "датарождения", "birthdate", "dateofbirth");

  private final boolean required;
  private final Set<String> headerNames;

  StaffColumn(boolean required, String... headerNames) {
    this.required = required;
    this.headerNames = Set.of(headerNames);
  }

  /** Whether a file without this column cannot be imported at all. */
  public boolean required() {
    return required;
  }

  /**
   * Recognises a header cell. Case, spaces, punctuation and a trailing "*" (which templates use to
   * mark required columns) do not matter, so "Эл. почта", "E-mail" and "EMAIL*" all match.
   */
  public static Optional<StaffColumn> fromHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String key = normalise(header);
    for (StaffColumn column : values()) {
      if (column.headerNames.contains(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static String normalise(String header) {
    StringBuilder key = new StringBuilder(header.length());
    header
        .toLowerCase(Locale.ROOT)
        .replace('ё', 'е')
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(key::appendCodePoint);
    return key.toString();
  }
}
