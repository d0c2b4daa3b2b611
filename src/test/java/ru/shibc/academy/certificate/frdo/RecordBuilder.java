package ru.shibc.academy.certificate.frdo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A valid record of a 36-hour qualification upgrade, with one field changed per test. */
final class RecordBuilder {

  /** Mid-June 2025, so that "today" and "this year" are fixed. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T06:00:00Z"), ZoneOffset.UTC);

  static final String FUNDING = "За счет бюджетных ассигнований местных бюджетов";

  FrdoDocument.Type type = FrdoDocument.Type.QUALIFICATION_UPGRADE_CERTIFICATE;
  FrdoDocument.Status status = FrdoDocument.Status.ORIGINAL;
  String series = null;
  String number = "000123";
  LocalDate issueDate = LocalDate.of(2025, 5, 30);
  String registrationNumber = "ШИБЦ-2025-0042";
  FrdoProgramme.Type programmeType = FrdoProgramme.Type.QUALIFICATION_UPGRADE;
  String programmeName = "Школьный информационно-библиотечный центр: модель и практика";
  Integer startYear = 2025;
  Integer endYear = 2025;
  Integer hours = 36;
  FrdoProgramme.StudyForm studyForm = FrdoProgramme.StudyForm.PART_TIME;
  String funding = FUNDING;
  FrdoProgramme.Setting setting = FrdoProgramme.Setting.IN_ORGANISATION;
  String surname = "Иванова";
  String name = "Мария";
  String patronymic = "Петровна";
  LocalDate birthDate = LocalDate.of(1980, 3, 12);
  FrdoHolder.Sex sex = FrdoHolder.Sex.FEMALE;
  String snils = "11223344595";
  String citizenship = FrdoHolder.RUSSIA;
  FrdoOriginal original = null;
  String changedDocumentNumber = null;

  static RecordBuilder valid() {
    return new RecordBuilder();
  }

  /** A duplicate of an original issued in 2023 under the holder's maiden name. */
  static RecordBuilder duplicate() {
    RecordBuilder b = new RecordBuilder();
    b.status = FrdoDocument.Status.DUPLICATE;
    b.original =
        new FrdoOriginal(
            "Удостоверение о повышении квалификации",
            null,
            "000045",
            "ШИБЦ-2023-0007",
            LocalDate.of(2023, 11, 20),
            "Смирнова",
            "Мария",
            "Петровна");
    return b;
  }

  FrdoRecord build() {
    return new FrdoRecord(
        new FrdoDocument(
            type, status, false, false, false, series, number, issueDate, registrationNumber),
        new FrdoProgramme(
            programmeType,
            programmeName,
            null,
            null,
            null,
            startYear,
            endYear,
            hours,
            studyForm,
            funding,
            setting),
        FrdoPriorEducation.UNKNOWN,
        new FrdoHolder(surname, name, patronymic, birthDate, sex, snils, citizenship),
        original,
        changedDocumentNumber);
  }
}
