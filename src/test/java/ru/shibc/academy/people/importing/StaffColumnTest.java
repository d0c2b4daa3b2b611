package ru.shibc.academy.people.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaffColumnTest {

  @ParameterizedTest
  @CsvSource({
    "Фамилия, SURNAME",
    "ФАМИЛИЯ, SURNAME",
    "surname, SURNAME",
    "Имя, NAME",
    "First Name, NAME",
    "name, NAME",
    "Отчество, PATRONYMIC",
    "Patronymic, PATRONYMIC",
    "Должность, POSITION",
    "Position, POSITION",
    "Организация, ORGANISATION",
    "Школа, ORGANISATION",
    "organisation, ORGANISATION",
    "Organization, ORGANISATION",
    "School, ORGANISATION",
    "E-mail, EMAIL",
    "Email, EMAIL",
    "Эл. почта, EMAIL",
    "Электронная почта, EMAIL",
    "СНИЛС, SNILS",
    "snils, SNILS",
    "Дата рождения, BIRTH_DATE",
    "birth date, BIRTH_DATE",
    "Birthdate, BIRTH_DATE",
    "Дата рождения*, BIRTH_DATE"
  })
  void recognisesRussianAndEnglishHeaders(String header, StaffColumn expected) {
    assertEquals(Optional.of(expected), StaffColumn.fromHeader(header));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Стаж", "Телефон", "№ п/п", "", "ФИО"})
  void ignoresUnknownHeaders(String header) {
    assertTrue(StaffColumn.fromHeader(header).isEmpty());
  }

  @Test
  void requiresTheColumnsAnAccountCannotDoWithout() {
    List<StaffColumn> required =
        List.of(StaffColumn.values()).stream().filter(StaffColumn::required).toList();

    assertEquals(
        List.of(
            StaffColumn.SURNAME,
            StaffColumn.NAME,
            StaffColumn.POSITION,
            StaffColumn.ORGANISATION,
            StaffColumn.EMAIL),
        required);
  }
}
