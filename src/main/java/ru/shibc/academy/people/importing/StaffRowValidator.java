package ru.shibc.academy.people.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ru.shibc.academy.people.Snils;

/**
 * Checks every row of a staff list and builds the preview. Reports all problems of a row at once,
 * so the administrator can fix the file in one go.
 */
public final class StaffRowValidator {

  static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1920, 1, 1);
  static final int MIN_AGE = 16;

  private final OrganisationDirectory organisations;
  private final ExistingStaff existingStaff;
  private final Clock clock;

  public StaffRowValidator(
      OrganisationDirectory organisations, ExistingStaff existingStaff, Clock clock) {
    this.organisations = Objects.requireNonNull(organisations, "organisations");
    this.existingStaff = Objects.requireNonNull(existingStaff, "existingStaff");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public StaffImportPreview validate(SheetRows sheet) {
    return new Run(LocalDate.now(clock)).validate(sheet);
  }

  /** State of one validation: duplicates are only duplicates within the same file. */
  private final class Run {
    private final LocalDate today;
    private final Map<String, Integer> firstLineByEmail = new HashMap<>();
    private final Map<String, Integer> firstLineBySnils = new HashMap<>();
    // A list usually names the same few schools hundreds of times; ask the directory once each.
    private final Map<String, Optional<Long>> organisationIds = new HashMap<>();

    Run(LocalDate today) {
      this.today = today;
    }

    StaffImportPreview validate(SheetRows sheet) {
      List<PreviewRow> rows = new ArrayList<>(sheet.rows().size());
      for (RawRow row : sheet.rows()) {
        rows.add(validate(row));
      }
      return new StaffImportPreview(rows);
    }

    private PreviewRow validate(RawRow row) {
      Problems problems = new Problems(row.line());
      String surname = personName(row, StaffColumn.SURNAME, problems);
      String name = personName(row, StaffColumn.NAME, problems);
      String patronymic = personName(row, StaffColumn.PATRONYMIC, problems);
      String position = position(row, problems);
      Long organisationId = organisation(row, problems);
      String email = email(row, problems);
      Snils snils = snils(row, problems);
      LocalDate birthDate = birthDate(row, problems);
      StaffCandidate candidate =
          problems.isEmpty()
              ? new StaffCandidate(
                  surname, name, patronymic, position, organisationId, email, snils, birthDate)
              : null;
      return new PreviewRow(row.line(), candidate, problems.list, row.values());
    }

    private String personName(RawRow row, StaffColumn column, Problems problems) {
      String value = present(row, column, problems);
      if (value == null) {
        return null;
      }
      value = FieldRules.collapseSpaces(value);
      if (FieldRules.length(value) > FieldRules.MAX_PERSON_NAME) {
        problems.add(column, ImportProblem.TOO_LONG, value);
      } else if (!FieldRules.isPersonName(value)) {
        problems.add(column, ImportProblem.INVALID_NAME, value);
      }
      return value;
    }

    private String position(RawRow row, Problems problems) {
      String value = present(row, StaffColumn.POSITION, problems);
      if (value == null) {
        return null;
      }
      value = FieldRules.collapseSpaces(value);
      if (FieldRules.length(value) > FieldRules.MAX_POSITION) {
        problems.add(StaffColumn.POSITION, ImportProblem.TOO_LONG, value);
      }
      return value;
    }

    private Long organisation(RawRow row, Problems problems) {
      String value = present(row, StaffColumn.ORGANISATION, problems);
      if (value == null) {
        return null;
      }
      String key = FieldRules.collapseSpaces(value);
      Optional<Long> id = organisationIds.computeIfAbsent(key, organisations::find);
      if (id.isEmpty()) {
        problems.add(StaffColumn.ORGANISATION, ImportProblem.UNKNOWN_ORGANISATION, value);
        return null;
      }
      return id.get();
    }

    private String email(RawRow row, Problems problems) {
      String value = present(row, StaffColumn.EMAIL, problems);
      if (value == null) {
        return null;
      }
      if (FieldRules.length(value) > FieldRules.MAX_EMAIL) {
        problems.add(StaffColumn.EMAIL, ImportProblem.TOO_LONG, value);
        return null;
      }
      if (!FieldRules.isEmail(value)) {
        problems.add(StaffColumn.EMAIL, ImportProblem.INVALID_EMAIL, value);
        return null;
      }
      // Mail servers treat the local part case-sensitively in theory, people never do.
      String email = value.toLowerCase(Locale.ROOT);
      Integer firstLine = firstLineByEmail.putIfAbsent(email, row.line());
      if (firstLine != null) {
        problems.add(
            StaffColumn.EMAIL, ImportProblem.DUPLICATE_EMAIL_IN_FILE, String.valueOf(firstLine));
      }
      if (existingStaff.emailTaken(email)) {
        problems.add(StaffColumn.EMAIL, ImportProblem.EMAIL_TAKEN, value);
      }
      return email;
    }

    private Snils snils(RawRow row, Problems problems) {
      Optional<String> value = row.value(StaffColumn.SNILS);
      if (value.isEmpty()) {
        return null;
      }
      Snils snils;
      try {
        snils = Snils.parse(value.get());
      } catch (IllegalArgumentException e) {
        problems.add(StaffColumn.SNILS, ImportProblem.INVALID_SNILS, value.get());
        return null;
      }
      Integer firstLine = firstLineBySnils.putIfAbsent(snils.digits(), row.line());
      if (firstLine != null) {
        problems.add(
            StaffColumn.SNILS, ImportProblem.DUPLICATE_SNILS_IN_FILE, String.valueOf(firstLine));
      }
      if (existingStaff.snilsTaken(snils.digits())) {
        problems.add(StaffColumn.SNILS, ImportProblem.SNILS_TAKEN, value.get());
      }
      return snils;
    }

    private LocalDate birthDate(RawRow row, Problems problems) {
      Optional<String> value = row.value(StaffColumn.BIRTH_DATE);
      if (value.isEmpty()) {
        return null;
      }
      Optional<LocalDate> date = FieldRules.parseDate(value.get());
      if (date.isEmpty()) {
        problems.add(StaffColumn.BIRTH_DATE, ImportProblem.INVALID_DATE, value.get());
        return null;
      }
      if (!isPlausibleBirthDate(date.get())) {
        problems.add(StaffColumn.BIRTH_DATE, ImportProblem.IMPLAUSIBLE_DATE, value.get());
      }
      return date.get();
    }

    // A future date or a child is a typo in the year more often than not; so is 1900.
    private boolean isPlausibleBirthDate(LocalDate date) {
      return !date.isBefore(EARLIEST_BIRTH_DATE) && !date.plusYears(MIN_AGE).isAfter(today);
    }

    private String present(RawRow row, StaffColumn column, Problems problems) {
      Optional<String> value = row.value(column);
      if (value.isEmpty() && column.required()) {
        problems.add(column, ImportProblem.REQUIRED, null);
      }
      return value.orElse(null);
    }
  }

  private static final class Problems {
    private final int line;
    private final List<ImportProblem> list = new ArrayList<>();

    Problems(int line) {
      this.line = line;
    }

    void add(StaffColumn column, String code, String value) {
      list.add(new ImportProblem(line, column, code, value));
    }

    boolean isEmpty() {
      return list.isEmpty();
    }
  }
}
