package ru.shibc.academy.people.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.people.importing.StaffColumn.BIRTH_DATE;
import static ru.shibc.academy.people.importing.StaffColumn.EMAIL;
import static ru.shibc.academy.people.importing.StaffColumn.NAME;
import static ru.shibc.academy.people.importing.StaffColumn.ORGANISATION;
import static ru.shibc.academy.people.importing.StaffColumn.PATRONYMIC;
import static ru.shibc.academy.people.importing.StaffColumn.POSITION;
import static ru.shibc.academy.people.importing.StaffColumn.SNILS;
import static ru.shibc.academy.people.importing.StaffColumn.SURNAME;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.shibc.academy.people.Snils;

class StaffRowValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
  private static final long KICHKAS_ID = 17L;

  private final List<String> organisationLookups = new ArrayList<>();
  private final OrganisationDirectory organisations =
      name -> {
        organisationLookups.add(name);
        String key = name.toLowerCase(Locale.ROOT);
        return key.equals("мбоу «кичкасская сош»") || key.equals("кичкасская сош")
            ? Optional.of(KICHKAS_ID)
            : Optional.empty();
      };
  private final Set<String> takenEmails = new HashSet<>(Set.of("petrova@kichkas-school.ru"));
  private final Set<String> takenSnils = new HashSet<>(Set.of("98765432183"));
  private final ExistingStaff existing =
      new ExistingStaff() {
        @Override
        public boolean emailTaken(String emailLowercase) {
          return takenEmails.contains(emailLowercase);
        }

        @Override
        public boolean snilsTaken(String snilsDigits) {
          return takenSnils.contains(snilsDigits);
        }
      };
  private final StaffRowValidator validator =
      new StaffRowValidator(
          organisations,
          existing,
          Clock.fixed(
              TODAY.atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant(),
              ZoneId.of("Europe/Moscow")));

  @Test
  void turnsValidRowIntoCandidate() {
    StaffImportPreview preview = validate(ivanova(2));

    assertTrue(preview.isAllValid());
    StaffCandidate candidate = preview.rows().get(0).candidate();
    assertEquals(
        new StaffCandidate(
            "Иванова",
            "Мария",
            "Петровна",
            "педагог-библиотекарь",
            KICHKAS_ID,
            "m.ivanova@kichkas-school.ru",
            Snils.parse("11223344595"),
            LocalDate.of(1978, 3, 14)),
        candidate);
    assertEquals("Иванова Мария Петровна", candidate.fullName());
  }

  @Test
  void acceptsRowWithOnlyRequiredFields() {
    Map<StaffColumn, String> row = ivanova(2).values();
    Map<StaffColumn, String> minimal = new EnumMap<>(row);
    minimal.remove(PATRONYMIC);
    minimal.remove(SNILS);
    minimal.remove(BIRTH_DATE);

    StaffCandidate candidate = validate(new RawRow(2, minimal)).rows().get(0).candidate();

    assertNotNull(candidate);
    assertNull(candidate.patronymic());
    assertNull(candidate.snils());
    assertNull(candidate.birthDate());
    assertEquals("Иванова Мария", candidate.fullName());
  }

  @Test
  void reportsEachProblemWithItsLine() {
    RawRow broken =
        row(
            7,
            Map.of(
                SURNAME, "Иванова2",
                POSITION, "педагог-библиотекарь",
                ORGANISATION, "СОШ №99",
                EMAIL, "ivanova@",
                SNILS, "112-233-445 96",
                BIRTH_DATE, "31.02.1978"));

    PreviewRow row = validate(broken).rows().get(0);

    assertNull(row.candidate());
    assertEquals(
        List.of(
            new ImportProblem(7, SURNAME, "invalid-name", "Иванова2"),
            new ImportProblem(7, NAME, "required", null),
            new ImportProblem(7, ORGANISATION, "unknown-organisation", "СОШ №99"),
            new ImportProblem(7, EMAIL, "invalid-email", "ivanova@"),
            new ImportProblem(7, SNILS, "invalid-snils", "112-233-445 96"),
            new ImportProblem(7, BIRTH_DATE, "invalid-date", "31.02.1978")),
        row.problems());
    assertEquals(broken.values(), row.raw());
  }

  @Test
  void requiresSurnameNamePositionOrganisationAndEmail() {
    List<ImportProblem> problems = validate(row(3, Map.of(PATRONYMIC, "Петровна"))).problems();

    assertEquals(
        List.of(SURNAME, NAME, POSITION, ORGANISATION, EMAIL),
        problems.stream().map(ImportProblem::column).toList());
    assertTrue(problems.stream().allMatch(p -> p.code().equals("required")));
  }

  @Test
  void limitsLengths() {
    Map<StaffColumn, String> values = new EnumMap<>(ivanova(2).values());
    values.put(SURNAME, "Я".repeat(101));
    values.put(NAME, "Я".repeat(100));
    values.put(PATRONYMIC, "Я".repeat(101));
    values.put(POSITION, "п".repeat(151));
    // 255 characters, one over what RFC 5321 allows.
    values.put(EMAIL, "a".repeat(60) + "@" + "b".repeat(191) + ".ru");

    List<ImportProblem> problems = validate(new RawRow(2, values)).problems();

    assertEquals(
        List.of(SURNAME, PATRONYMIC, POSITION, EMAIL),
        problems.stream().map(ImportProblem::column).toList());
    assertTrue(problems.stream().allMatch(p -> p.code().equals("too-long")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Мамин-Сибиряк",
        "Д'Артаньян",
        "Ёлкина",
        "O'Neil",
        "Гончарук Ірина",
        "Н.",
        "ван Дейк"
      })
  void acceptsRealNames(String surname) {
    assertTrue(validate(with(SURNAME, surname)).isAllValid(), surname);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Иванова1", "Иванова_Мария", "Иванова (Петрова)", "---", "李"})
  void rejectsNamesWithOtherCharacters(String name) {
    assertEquals(List.of("invalid-name"), codes(validate(with(NAME, name))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ivanova",
        "ivanova@school",
        "ivanova@@school.ru",
        "ivanova@school..ru",
        "иванова@school.ru",
        "ivanova@school.ru; petrova@school.ru",
        "ivanova @school.ru",
        ".ivanova@school.ru"
      })
  void rejectsMalformedEmails(String email) {
    assertEquals(List.of("invalid-email"), codes(validate(with(EMAIL, email))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"m.ivanova+kurs@kichkas-school.ru", "biblioteka@школа.рф", "a_b@x.y.org"})
  void acceptsUsualEmails(String email) {
    assertTrue(validate(with(EMAIL, email)).isAllValid(), email);
  }

  @Test
  void lowerCasesEmail() {
    StaffCandidate candidate =
        validate(with(EMAIL, "M.Ivanova@Kichkas-School.RU")).rows().get(0).candidate();

    assertEquals("m.ivanova@kichkas-school.ru", candidate.email());
  }

  @Test
  void reportsEmailAlreadyRegistered() {
    List<ImportProblem> problems = validate(with(EMAIL, "Petrova@kichkas-school.ru")).problems();

    assertEquals(
        List.of(new ImportProblem(2, EMAIL, "email-taken", "Petrova@kichkas-school.ru")), problems);
  }

  @Test
  void reportsSnilsAlreadyRegistered() {
    assertEquals(List.of("snils-taken"), codes(validate(with(SNILS, "987 654 321 83"))));
  }

  @Test
  void reportsLaterDuplicatesWithTheFirstLine() {
    RawRow first = ivanova(2);
    RawRow second = ivanova(5);
    RawRow third = row(9, withValue(ivanova(9).values(), EMAIL, "M.IVANOVA@kichkas-school.ru"));

    StaffImportPreview preview = validate(first, second, third);

    assertTrue(preview.rows().get(0).isValid());
    assertEquals(
        List.of(
            new ImportProblem(5, EMAIL, "duplicate-email-in-file", "2"),
            new ImportProblem(5, SNILS, "duplicate-snils-in-file", "2")),
        preview.rows().get(1).problems());
    assertEquals(
        List.of(
            new ImportProblem(9, EMAIL, "duplicate-email-in-file", "2"),
            new ImportProblem(9, SNILS, "duplicate-snils-in-file", "2")),
        preview.rows().get(2).problems());
  }

  @Test
  void treatsDifferentlyWrittenSnilsAsDuplicates() {
    RawRow first = ivanova(2);
    Map<StaffColumn, String> other = withValue(sokolov(3).values(), SNILS, "11223344595");

    assertEquals(
        List.of("duplicate-snils-in-file"), codes(validate(first, row(3, other)).invalidRows()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1978-03-14", "14.03.1978", "4.3.1978", "2009-09-01"})
  void acceptsBirthDatesInBothFormats(String date) {
    assertTrue(validate(with(BIRTH_DATE, date)).isAllValid(), date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"14/03/1978", "1978-3-14", "29.02.1979", "март 1978", "14.03.78"})
  void rejectsUnreadableBirthDates(String date) {
    assertEquals(List.of("invalid-date"), codes(validate(with(BIRTH_DATE, date))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-01", "1919-12-31", "2009-09-02", "01.09.2025"})
  void rejectsImplausibleBirthDates(String date) {
    assertEquals(List.of("implausible-date"), codes(validate(with(BIRTH_DATE, date))));
  }

  @Test
  void asksTheDirectoryOnceForEachOrganisationName() {
    validate(ivanova(2), sokolov(3), row(4, withValue(sokolov(4).values(), EMAIL, "x@y.ru")));

    assertEquals(List.of("МБОУ «Кичкасская СОШ»"), organisationLookups);
  }

  @Test
  void collapsesSpacesInOrganisationAndNames() {
    Map<StaffColumn, String> values =
        withValue(ivanova(2).values(), ORGANISATION, "Кичкасская  СОШ");
    values.put(PATRONYMIC, "Петровна   Ивановна");

    StaffCandidate candidate = validate(new RawRow(2, values)).rows().get(0).candidate();

    assertEquals(KICHKAS_ID, candidate.organisationId());
    assertEquals("Петровна Ивановна", candidate.patronymic());
  }

  @Test
  void splitsPreviewIntoValidAndInvalidRows() {
    StaffImportPreview preview =
        validate(ivanova(2), row(3, Map.of(SURNAME, "Соколов")), sokolov(4));

    assertFalse(preview.isAllValid());
    assertEquals(List.of(2, 4), preview.validRows().stream().map(PreviewRow::line).toList());
    assertEquals(List.of(3), preview.invalidRows().stream().map(PreviewRow::line).toList());
    assertEquals(2, preview.candidates().size());
  }

  @Test
  void validatesRowsReadFromAFile() throws Exception {
    byte[] csv =
        StaffFiles.cp1251(
            StaffFiles.HEADER_RU, StaffFiles.IVANOVA, StaffFiles.SOKOLOV, StaffFiles.IVANOVA);

    StaffImportPreview preview = validator.validate(StaffFileReader.read(csv, "staff.csv"));

    assertEquals(List.of(2), preview.validRows().stream().map(PreviewRow::line).toList());
    assertEquals(
        List.of("snils-taken", "duplicate-email-in-file", "duplicate-snils-in-file"),
        preview.problems().stream().map(ImportProblem::code).toList());
    assertEquals(3, preview.problems().get(0).line());
  }

  private StaffImportPreview validate(RawRow... rows) {
    return validator.validate(new SheetRows(List.of("header"), List.of(rows)));
  }

  private RawRow with(StaffColumn column, String value) {
    return new RawRow(2, withValue(ivanova(2).values(), column, value));
  }

  private static Map<StaffColumn, String> withValue(
      Map<StaffColumn, String> values, StaffColumn column, String value) {
    Map<StaffColumn, String> copy = new EnumMap<>(values);
    copy.put(column, value);
    return copy;
  }

  private static List<String> codes(StaffImportPreview preview) {
    return preview.problems().stream().map(ImportProblem::code).toList();
  }

  private static List<String> codes(List<PreviewRow> rows) {
    return rows.stream().flatMap(r -> r.problems().stream()).map(ImportProblem::code).toList();
  }

  private static RawRow row(int line, Map<StaffColumn, String> values) {
    return new RawRow(line, values);
  }

  private static RawRow ivanova(int line) {
    return new RawRow(
        line,
        Map.of(
            SURNAME, "Иванова",
            NAME, "Мария",
            PATRONYMIC, "Петровна",
            POSITION, "педагог-библиотекарь",
            ORGANISATION, "МБОУ «Кичкасская СОШ»",
            EMAIL, "M.Ivanova@kichkas-school.ru",
            SNILS, "112-233-445 95",
            BIRTH_DATE, "14.03.1978"));
  }

  private static RawRow sokolov(int line) {
    return new RawRow(
        line,
        Map.of(
            SURNAME, "Соколов",
            NAME, "Алексей",
            POSITION, "заведующий библиотекой",
            ORGANISATION, "МБОУ «Кичкасская СОШ»",
            EMAIL, "sokolov.av@kichkas-school.ru"));
  }
}
