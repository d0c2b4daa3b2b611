package ru.shibc.academy.certificate.frdo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ru.shibc.academy.people.Snils;

/**
 * A record's value for each template column, already in the template's format: text, or an {@link
 * Integer} for years and hours. Kept apart from the workbook so the formats can be read (and
 * tested) without POI.
 */
final class FrdoCells {

  /** The template's date format; dates are written as this text, see {@link FrdoWorkbook}. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private static final String YES = "Да";
  private static final String NO = "Нет";

  private FrdoCells() {}

  /** The cell for one column: a String, an Integer, or null for an empty cell. */
  static Object value(FrdoRecord record, FrdoColumn column) {
    FrdoDocument document = record.document();
    FrdoProgramme programme = record.programme();
    FrdoPriorEducation prior = record.priorEducation();
    FrdoHolder holder = record.holder();
    FrdoOriginal original = record.original() == null ? FrdoOriginal.NONE : record.original();
    return switch (column) {
      case DOCUMENT_TYPE -> term(document.type());
      case DOCUMENT_STATUS -> term(document.status());
      case LOSS_CONFIRMED -> yesNo(document.lossConfirmed());
      case EXCHANGE_CONFIRMED -> yesNo(document.exchangeConfirmed());
      case DESTRUCTION_CONFIRMED -> yesNo(document.destructionConfirmed());
      case SERIES -> isBlank(document.series()) ? FrdoDocument.NO_SERIES : text(document.series());
      case NUMBER -> text(document.number());
      case ISSUE_DATE -> date(document.issueDate());
      case REGISTRATION_NUMBER -> text(document.registrationNumber());
      case PROGRAMME_TYPE -> term(programme.type());
      case PROGRAMME_NAME -> text(programme.name());
      case PROFESSIONAL_FIELD -> text(programme.professionalField());
      case SPECIALTY_GROUPS -> text(programme.specialtyGroups());
      case QUALIFICATION -> text(programme.qualification());
      case PRIOR_EDUCATION_LEVEL -> term(prior.level());
      case PRIOR_DIPLOMA_SURNAME -> text(prior.surname());
      case PRIOR_DIPLOMA_SERIES -> text(prior.series());
      case PRIOR_DIPLOMA_NUMBER -> text(prior.number());
      case START_YEAR -> programme.startYear();
      case END_YEAR -> programme.endYear();
      case HOURS -> programme.hours();
      case SURNAME -> text(holder.surname());
      case NAME -> text(holder.name());
      case PATRONYMIC -> text(holder.patronymic());
      case BIRTH_DATE -> date(holder.birthDate());
      case SEX -> term(holder.sex());
      case SNILS -> snils(holder.snils());
      case STUDY_FORM -> term(programme.studyForm());
      case FUNDING_SOURCE -> text(programme.fundingSource());
      case EDUCATION_SETTING -> term(programme.setting());
      case CITIZENSHIP -> text(holder.citizenshipCode());
      case ORIGINAL_DOCUMENT_NAME -> text(original.documentName());
      case ORIGINAL_SERIES -> text(original.series());
      case ORIGINAL_NUMBER -> text(original.number());
      case ORIGINAL_REGISTRATION_NUMBER -> text(original.registrationNumber());
      case ORIGINAL_ISSUE_DATE -> date(original.issueDate());
      case ORIGINAL_SURNAME -> text(original.surname());
      case ORIGINAL_NAME -> text(original.name());
      case ORIGINAL_PATRONYMIC -> text(original.patronymic());
      case CHANGED_DOCUMENT_NUMBER -> text(record.changedDocumentNumber());
    };
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * The template's {@code ###-###-### ##}. A number that does not parse is written as given, so the
   * register's own check names the same row the validator did.
   */
  private static String snils(String text) {
    if (isBlank(text)) {
      return null;
    }
    return Snils.isValid(text) ? Snils.parse(text).formatted() : text.strip();
  }

  private static String term(FrdoTerm term) {
    return term == null ? null : term.text();
  }

  private static String yesNo(boolean value) {
    return value ? YES : NO;
  }

  private static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }

  private static String text(String text) {
    return isBlank(text) ? null : text.strip();
  }
}
