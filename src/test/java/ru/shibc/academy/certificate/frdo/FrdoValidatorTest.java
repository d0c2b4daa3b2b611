package ru.shibc.academy.certificate.frdo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FrdoValidatorTest {

  private final FrdoValidator validator = new FrdoValidator(RecordBuilder.CLOCK);

  private List<FrdoProblem> problemsOf(Consumer<RecordBuilder> change) {
    RecordBuilder builder = RecordBuilder.valid();
    change.accept(builder);
    return validator.check(List.of(builder.build()));
  }

  private void assertOnlyProblem(FrdoColumn column, String key, Consumer<RecordBuilder> change) {
    List<FrdoProblem> problems = problemsOf(change);
    assertEquals(
        List.of(column + " " + key),
        problems.stream().map(p -> p.column() + " " + p.messageKey()).toList());
  }

  @Test
  void validRecordHasNoProblems() {
    assertEquals(List.of(), validator.check(List.of(RecordBuilder.valid().build())));
  }

  @Test
  void validDuplicateHasNoProblems() {
    assertEquals(List.of(), validator.check(List.of(RecordBuilder.duplicate().build())));
  }

  @Test
  void holderWithoutPatronymicIsValid() {
    assertEquals(List.of(), problemsOf(b -> b.patronymic = null));
  }

  @Test
  void problemNamesThePersonAndTheDocument() {
    FrdoRecord good = RecordBuilder.valid().build();
    RecordBuilder bad = RecordBuilder.valid();
    bad.surname = "Петров";
    bad.name = "Олег";
    bad.patronymic = null;
    bad.snils = "112-233-445 96";
    List<FrdoProblem> problems = validator.check(List.of(good, bad.build()));
    assertEquals(
        List.of(
            new FrdoProblem(
                1, "Петров Олег", "ШИБЦ-2025-0042", FrdoColumn.SNILS, "frdo.problem.snilsInvalid")),
        problems);
  }

  @Test
  void requiresSurnameNameBirthDateAndSex() {
    List<FrdoProblem> problems =
        problemsOf(
            b -> {
              b.surname = " ";
              b.name = null;
              b.birthDate = null;
              b.sex = null;
            });
    assertEquals(
        List.of(FrdoColumn.SURNAME, FrdoColumn.NAME, FrdoColumn.BIRTH_DATE, FrdoColumn.SEX),
        problems.stream().map(FrdoProblem::column).toList());
    assertTrue(problems.stream().allMatch(p -> p.messageKey().equals(FrdoProblem.REQUIRED)));
  }

  @Test
  void requiresDocumentFields() {
    List<FrdoProblem> problems =
        problemsOf(
            b -> {
              b.type = null;
              b.number = "";
              b.issueDate = null;
              b.registrationNumber = null;
            });
    assertEquals(
        List.of(
            FrdoColumn.DOCUMENT_TYPE,
            FrdoColumn.NUMBER,
            FrdoColumn.ISSUE_DATE,
            FrdoColumn.REGISTRATION_NUMBER),
        problems.stream().map(FrdoProblem::column).toList());
    assertTrue(problems.stream().allMatch(p -> p.messageKey().equals(FrdoProblem.REQUIRED)));
  }

  @Test
  void requiresProgrammeFields() {
    List<FrdoProblem> problems =
        problemsOf(
            b -> {
              b.programmeName = null;
              b.studyForm = null;
              b.funding = "";
              b.setting = null;
              b.startYear = null;
              b.endYear = null;
              b.hours = null;
            });
    assertEquals(
        List.of(
            FrdoColumn.PROGRAMME_NAME,
            FrdoColumn.STUDY_FORM,
            FrdoColumn.FUNDING_SOURCE,
            FrdoColumn.EDUCATION_SETTING,
            FrdoColumn.START_YEAR,
            FrdoColumn.END_YEAR,
            FrdoColumn.HOURS),
        problems.stream().map(FrdoProblem::column).toList());
    assertTrue(problems.stream().allMatch(p -> p.messageKey().equals(FrdoProblem.REQUIRED)));
  }

  @Test
  void requiresProgrammeType() {
    assertOnlyProblem(
        FrdoColumn.PROGRAMME_TYPE, "frdo.problem.required", b -> b.programmeType = null);
  }

  @Test
  void requiresStatusAndCitizenship() {
    assertOnlyProblem(FrdoColumn.DOCUMENT_STATUS, "frdo.problem.required", b -> b.status = null);
    assertOnlyProblem(
        FrdoColumn.CITIZENSHIP,
        "frdo.problem.required",
        b -> {
          b.citizenship = null;
        });
  }

  @Test
  void rejectsSnilsWithWrongChecksum() {
    assertOnlyProblem(
        FrdoColumn.SNILS, "frdo.problem.snilsInvalid", b -> b.snils = "112-233-445 96");
  }

  @Test
  void rejectsSnilsOfWrongLength() {
    assertOnlyProblem(FrdoColumn.SNILS, "frdo.problem.snilsInvalid", b -> b.snils = "1122334459");
  }

  @Test
  void requiresSnilsOfRussianCitizen() {
    assertOnlyProblem(FrdoColumn.SNILS, "frdo.problem.snilsMissing", b -> b.snils = null);
  }

  @Test
  void acceptsForeignCitizenWithoutSnils() {
    assertEquals(
        List.of(),
        problemsOf(
            b -> {
              b.snils = null;
              b.citizenship = "112";
            }));
  }

  @Test
  void checksSnilsOfForeignCitizenWhoHasOne() {
    assertOnlyProblem(
        FrdoColumn.SNILS,
        "frdo.problem.snilsInvalid",
        b -> {
          b.citizenship = "112";
          b.snils = "112-233-445 00";
        });
  }

  @Test
  void rejectsCitizenshipThatIsNotAnOksmCode() {
    assertOnlyProblem(
        FrdoColumn.CITIZENSHIP,
        "frdo.problem.citizenshipInvalid",
        b -> b.citizenship = "Российская Федерация");
  }

  @Test
  void rejectsLatinLettersInNames() {
    // "Ивановa" ends in a Latin "a", which looks the same and breaks the register's search.
    assertOnlyProblem(
        FrdoColumn.SURNAME, "frdo.problem.nameNotCyrillic", b -> b.surname = "Ивановa");
    assertOnlyProblem(
        FrdoColumn.PATRONYMIC, "frdo.problem.nameNotCyrillic", b -> b.patronymic = "Petrovna");
  }

  @Test
  void acceptsHyphenatedAndApostrophedNames() {
    assertEquals(
        List.of(),
        problemsOf(
            b -> {
              b.surname = "Салтыкова-Щедрина";
              b.name = "Д'Арья";
            }));
  }

  @Test
  void rejectsIssueBeforeStudyEnded() {
    assertOnlyProblem(
        FrdoColumn.ISSUE_DATE,
        "frdo.problem.issuedBeforeStudyEnded",
        b -> {
          b.startYear = 2024;
          b.issueDate = LocalDate.of(2024, 12, 28);
        });
  }

  @Test
  void acceptsStudyOverNewYear() {
    assertEquals(List.of(), problemsOf(b -> b.startYear = 2024));
  }

  @Test
  void rejectsStartAfterEnd() {
    assertOnlyProblem(
        FrdoColumn.START_YEAR,
        "frdo.problem.startAfterEnd",
        b -> {
          b.startYear = 2025;
          b.endYear = 2024;
        });
  }

  @Test
  void rejectsTwoDigitYear() {
    assertOnlyProblem(FrdoColumn.START_YEAR, "frdo.problem.yearInvalid", b -> b.startYear = 25);
  }

  @Test
  void rejectsZeroHours() {
    assertOnlyProblem(FrdoColumn.HOURS, "frdo.problem.hoursNotPositive", b -> b.hours = 0);
  }

  @Test
  void requiresSixteenHoursForQualificationUpgrade() {
    assertOnlyProblem(FrdoColumn.HOURS, "frdo.problem.hoursBelowUpgradeMinimum", b -> b.hours = 15);
    assertEquals(List.of(), problemsOf(b -> b.hours = 16));
  }

  @Test
  void requiresTwoHundredFiftyHoursForRetraining() {
    Consumer<RecordBuilder> retraining =
        b -> {
          b.type = FrdoDocument.Type.RETRAINING_DIPLOMA;
          b.programmeType = FrdoProgramme.Type.RETRAINING;
          b.startYear = 2024;
        };
    assertOnlyProblem(
        FrdoColumn.HOURS,
        "frdo.problem.hoursBelowRetrainingMinimum",
        retraining.andThen(b -> b.hours = 249));
    assertEquals(List.of(), problemsOf(retraining.andThen(b -> b.hours = 250)));
  }

  @Test
  void rejectsCertificateForRetraining() {
    assertOnlyProblem(
        FrdoColumn.DOCUMENT_TYPE,
        "frdo.problem.documentTypeMismatch",
        b -> {
          b.programmeType = FrdoProgramme.Type.RETRAINING;
          b.hours = 300;
        });
  }

  @Test
  void rejectsIssueDateInTheFuture() {
    assertOnlyProblem(
        FrdoColumn.ISSUE_DATE,
        "frdo.problem.inFuture",
        b -> b.issueDate = LocalDate.of(2025, 6, 16));
    assertEquals(List.of(), problemsOf(b -> b.issueDate = LocalDate.of(2025, 6, 15)));
  }

  @Test
  void rejectsBirthDateInTheFuture() {
    assertOnlyProblem(
        FrdoColumn.BIRTH_DATE,
        "frdo.problem.inFuture",
        b -> b.birthDate = LocalDate.of(2026, 1, 1));
  }

  @Test
  void rejectsEndYearInTheFuture() {
    List<FrdoProblem> problems = problemsOf(b -> b.endYear = 2026);
    assertEquals(
        List.of("END_YEAR frdo.problem.inFuture", "ISSUE_DATE frdo.problem.issuedBeforeStudyEnded"),
        problems.stream().map(p -> p.column() + " " + p.messageKey()).toList());
  }

  @Test
  void requiresOriginalDataOnDuplicate() {
    List<FrdoProblem> problems = problemsOf(b -> b.status = FrdoDocument.Status.DUPLICATE);
    assertEquals(
        List.of(
            FrdoColumn.ORIGINAL_DOCUMENT_NAME,
            FrdoColumn.ORIGINAL_NUMBER,
            FrdoColumn.ORIGINAL_REGISTRATION_NUMBER,
            FrdoColumn.ORIGINAL_ISSUE_DATE,
            FrdoColumn.ORIGINAL_SURNAME,
            FrdoColumn.ORIGINAL_NAME),
        problems.stream().map(FrdoProblem::column).toList());
    assertTrue(
        problems.stream().allMatch(p -> p.messageKey().equals("frdo.problem.originalRequired")));
  }

  @Test
  void requiresEachOriginalFieldOnDuplicate() {
    RecordBuilder duplicate = RecordBuilder.duplicate();
    FrdoOriginal o = duplicate.original;
    duplicate.original =
        new FrdoOriginal(
            o.documentName(),
            o.series(),
            o.number(),
            " ",
            o.issueDate(),
            o.surname(),
            o.name(),
            null);
    assertEquals(
        List.of(
            new FrdoProblem(
                0,
                "Иванова Мария Петровна",
                "ШИБЦ-2025-0042",
                FrdoColumn.ORIGINAL_REGISTRATION_NUMBER,
                "frdo.problem.originalRequired")),
        validator.check(List.of(duplicate.build())));
  }

  @Test
  void rejectsOriginalDataOnOriginal() {
    RecordBuilder record = RecordBuilder.duplicate();
    record.status = FrdoDocument.Status.ORIGINAL;
    assertEquals(
        List.of("ORIGINAL_DOCUMENT_NAME frdo.problem.originalNotAllowed"),
        validator.check(List.of(record.build())).stream()
            .map(p -> p.column() + " " + p.messageKey())
            .toList());
  }

  @Test
  void rejectsOriginalIssuedInTheFuture() {
    RecordBuilder duplicate = RecordBuilder.duplicate();
    FrdoOriginal o = duplicate.original;
    duplicate.original =
        new FrdoOriginal(
            o.documentName(),
            o.series(),
            o.number(),
            o.registrationNumber(),
            LocalDate.of(2030, 1, 1),
            o.surname(),
            o.name(),
            o.patronymic());
    assertEquals(
        List.of("ORIGINAL_ISSUE_DATE frdo.problem.inFuture"),
        validator.check(List.of(duplicate.build())).stream()
            .map(p -> p.column() + " " + p.messageKey())
            .toList());
  }
}
