package ru.shibc.academy.people;

import java.time.LocalDate;
import java.util.Locale;

/** What describes a member of staff, already checked: the one way into {@link Person}. */
public record PersonDetails(
    String surname,
    String name,
    String patronymic,
    String position,
    String email,
    Snils snils,
    LocalDate birthDate,
    Sex sex) {

  public PersonDetails {
    surname = surname.strip();
    name = name.strip();
    patronymic = patronymic == null || patronymic.isBlank() ? null : patronymic.strip();
    position = position.strip();
    email = email.strip().toLowerCase(Locale.ROOT);
  }
}
