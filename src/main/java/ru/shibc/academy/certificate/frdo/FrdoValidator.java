package ru.shibc.academy.certificate.frdo;

import static ru.shibc.academy.certificate.frdo.FrdoCells.isBlank;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import ru.shibc.academy.people.Snils;
import ru.shibc.academy.platform.time.Clocks;

/**
 * Checks records before they are written, so the methodologist fixes them on our pages, per person,
 * instead of reading the register's rejection of the whole file.
 *
 * <p>The rules are the template's required columns, the legal minimum hours (16 for a qualification
 * upgrade, 250 for retraining), the СНИЛС checksum, and the order of dates: study starts before it
 * ends, and the document is issued no earlier than that and no later than today.
 */
public final class FrdoValidator {

  /** The register takes names in Cyrillic with the punctuation real names have. */
  private static final Pattern CYRILLIC_NAME = Pattern.compile("[А-ЯЁа-яё .'()\\-]+");

  private static final Pattern OKSM_CODE = Pattern.compile("\\d{3}");

  /** No document in the register predates this; a smaller year is a typo such as "24". */
  private static final int EARLIEST_YEAR = 1950;

  private final Clock clock;

  public FrdoValidator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** All problems of all records, in record order; an empty list means the file may be uploaded. */
  public List<FrdoProblem> check(List<FrdoRecord> records) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Clocks.DISTRICT_ZONE);
    List<FrdoProblem> problems = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Findings findings = new Findings(i, records.get(i), problems);
      checkDocument(findings, today);
      checkProgramme(findings, today);
      checkHolder(findings, today);
      checkOriginal(findings, today);
    }
    return problems;
  }

  private static void checkDocument(Findings f, LocalDate today) {
    FrdoDocument document = f.record.document();
    f.require(FrdoColumn.DOCUMENT_TYPE, document.type());
    f.require(FrdoColumn.DOCUMENT_STATUS, document.status());
    f.require(FrdoColumn.NUMBER, document.number());
    f.require(FrdoColumn.ISSUE_DATE, document.issueDate());
    f.require(FrdoColumn.REGISTRATION_NUMBER, document.registrationNumber());
    f.notAfter(FrdoColumn.ISSUE_DATE, document.issueDate(), today);
  }

  private static void checkProgramme(Findings f, LocalDate today) {
    FrdoProgramme programme = f.record.programme();
    f.require(FrdoColumn.PROGRAMME_TYPE, programme.type());
    f.require(FrdoColumn.PROGRAMME_NAME, programme.name());
    f.require(FrdoColumn.STUDY_FORM, programme.studyForm());
    f.require(FrdoColumn.FUNDING_SOURCE, programme.fundingSource());
    f.require(FrdoColumn.EDUCATION_SETTING, programme.setting());
    if (!matches(f.record.document().type(), programme.type())) {
      f.add(FrdoColumn.DOCUMENT_TYPE, FrdoProblem.DOCUMENT_TYPE_MISMATCH);
    }
    boolean startValid = f.requireYear(FrdoColumn.START_YEAR, programme.startYear(), today);
    boolean endValid = f.requireYear(FrdoColumn.END_YEAR, programme.endYear(), today);
    if (startValid && endValid && programme.startYear() > programme.endYear()) {
      f.add(FrdoColumn.START_YEAR, FrdoProblem.START_AFTER_END);
    }
    LocalDate issued = f.record.document().issueDate();
    if (endValid && issued != null && issued.getYear() < programme.endYear()) {
      f.add(FrdoColumn.ISSUE_DATE, FrdoProblem.ISSUED_BEFORE_STUDY_ENDED);
    }
    checkHours(f, programme);
  }

  private static boolean matches(FrdoDocument.Type document, FrdoProgramme.Type programme) {
    if (document == null || programme == null) {
      return true;
    }
    return switch (programme) {
      case QUALIFICATION_UPGRADE -> document == FrdoDocument.Type.QUALIFICATION_UPGRADE_CERTIFICATE;
      case RETRAINING -> document == FrdoDocument.Type.RETRAINING_DIPLOMA;
    };
  }

  private static void checkHours(Findings f, FrdoProgramme programme) {
    Integer hours = programme.hours();
    if (hours == null) {
      f.add(FrdoColumn.HOURS, FrdoProblem.REQUIRED);
    } else if (hours <= 0) {
      f.add(FrdoColumn.HOURS, FrdoProblem.HOURS_NOT_POSITIVE);
    } else if (programme.type() != null && hours < programme.type().minimumHours()) {
      f.add(
          FrdoColumn.HOURS,
          programme.type() == FrdoProgramme.Type.RETRAINING
              ? FrdoProblem.HOURS_BELOW_RETRAINING_MINIMUM
              : FrdoProblem.HOURS_BELOW_UPGRADE_MINIMUM);
    }
  }

  private static void checkHolder(Findings f, LocalDate today) {
    FrdoHolder holder = f.record.holder();
    f.requireName(FrdoColumn.SURNAME, holder.surname(), true);
    f.requireName(FrdoColumn.NAME, holder.name(), true);
    f.requireName(FrdoColumn.PATRONYMIC, holder.patronymic(), false);
    f.require(FrdoColumn.BIRTH_DATE, holder.birthDate());
    f.notAfter(FrdoColumn.BIRTH_DATE, holder.birthDate(), today);
    f.require(FrdoColumn.SEX, holder.sex());
    String citizenship = holder.citizenshipCode();
    f.require(FrdoColumn.CITIZENSHIP, citizenship);
    if (!isBlank(citizenship) && !OKSM_CODE.matcher(citizenship.strip()).matches()) {
      f.add(FrdoColumn.CITIZENSHIP, FrdoProblem.CITIZENSHIP_INVALID);
    }
    if (isBlank(holder.snils())) {
      // Only a foreign citizen may have no СНИЛС; without a citizenship we assume a Russian one.
      if (isBlank(citizenship) || FrdoHolder.RUSSIA.equals(citizenship.strip())) {
        f.add(FrdoColumn.SNILS, FrdoProblem.SNILS_MISSING);
      }
    } else if (!Snils.isValid(holder.snils())) {
      f.add(FrdoColumn.SNILS, FrdoProblem.SNILS_INVALID);
    }
  }

  private static void checkOriginal(Findings f, LocalDate today) {
    FrdoOriginal original = f.record.original();
    if (f.record.document().status() != FrdoDocument.Status.DUPLICATE) {
      if (original != null && !original.isEmpty()) {
        f.add(FrdoColumn.ORIGINAL_DOCUMENT_NAME, FrdoProblem.ORIGINAL_NOT_ALLOWED);
      }
      return;
    }
    FrdoOriginal o = original == null ? FrdoOriginal.NONE : original;
    f.requireOriginal(FrdoColumn.ORIGINAL_DOCUMENT_NAME, o.documentName());
    f.requireOriginal(FrdoColumn.ORIGINAL_NUMBER, o.number());
    f.requireOriginal(FrdoColumn.ORIGINAL_REGISTRATION_NUMBER, o.registrationNumber());
    f.requireOriginal(FrdoColumn.ORIGINAL_ISSUE_DATE, o.issueDate());
    f.requireOriginal(FrdoColumn.ORIGINAL_SURNAME, o.surname());
    f.requireOriginal(FrdoColumn.ORIGINAL_NAME, o.name());
    f.notAfter(FrdoColumn.ORIGINAL_ISSUE_DATE, o.issueDate(), today);
    f.requireName(FrdoColumn.ORIGINAL_SURNAME, o.surname(), false);
    f.requireName(FrdoColumn.ORIGINAL_NAME, o.name(), false);
    f.requireName(FrdoColumn.ORIGINAL_PATRONYMIC, o.patronymic(), false);
  }

  /** Collects one record's problems, each labelled with the record's index and holder. */
  private static final class Findings {
    private final int index;
    private final FrdoRecord record;
    private final List<FrdoProblem> problems;

    Findings(int index, FrdoRecord record, List<FrdoProblem> problems) {
      this.index = index;
      this.record = record;
      this.problems = problems;
    }

    void add(FrdoColumn column, String key) {
      String registrationNumber = record.document().registrationNumber();
      problems.add(
          new FrdoProblem(
              index,
              record.holder().displayName(),
              isBlank(registrationNumber) ? "" : registrationNumber.strip(),
              column,
              key));
    }

    void require(FrdoColumn column, Object value) {
      if (isMissing(value)) {
        add(column, FrdoProblem.REQUIRED);
      }
    }

    void requireOriginal(FrdoColumn column, Object value) {
      if (isMissing(value)) {
        add(column, FrdoProblem.ORIGINAL_REQUIRED);
      }
    }

    /** Reports a missing required name, or a name the register would not take. */
    void requireName(FrdoColumn column, String name, boolean required) {
      if (isBlank(name)) {
        if (required) {
          add(column, FrdoProblem.REQUIRED);
        }
      } else if (!CYRILLIC_NAME.matcher(name.strip()).matches()) {
        add(column, FrdoProblem.NAME_NOT_CYRILLIC);
      }
    }

    void notAfter(FrdoColumn column, LocalDate date, LocalDate today) {
      if (date != null && date.isAfter(today)) {
        add(column, FrdoProblem.IN_FUTURE);
      }
    }

    /** Whether the year is present and plausible, reporting it if not. */
    boolean requireYear(FrdoColumn column, Integer year, LocalDate today) {
      if (year == null) {
        add(column, FrdoProblem.REQUIRED);
        return false;
      }
      if (year < EARLIEST_YEAR) {
        add(column, FrdoProblem.YEAR_INVALID);
        return false;
      }
      if (year > today.getYear()) {
        add(column, FrdoProblem.IN_FUTURE);
      }
      return true;
    }

    private static boolean isMissing(Object value) {
      return value == null || value instanceof String text && text.isBlank();
    }
  }
}
