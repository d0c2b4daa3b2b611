package ru.shibc.academy.certificate.frdo;

/**
 * Something that would make the register reject a row, or record it wrongly. Carries a bundle key
 * rather than text so the page shows it in the reader's language.
 *
 * @param recordIndex the record's position in the list that was checked, from 0
 * @param holderName the holder's name as far as it is known, to find the person in a long list
 * @param registrationNumber the document's registration number, if it has one
 * @param column the template column to correct
 * @param messageKey the bundle key of the explanation, one of the constants below
 */
public record FrdoProblem(
    int recordIndex,
    String holderName,
    String registrationNumber,
    FrdoColumn column,
    String messageKey) {

  /** A field the register requires is empty. */
  public static final String REQUIRED = "frdo.problem.required";

  /** A date or year lies after today. */
  public static final String IN_FUTURE = "frdo.problem.inFuture";

  /** A year is not a plausible four-digit year. */
  public static final String YEAR_INVALID = "frdo.problem.yearInvalid";

  /** Study began after it ended. */
  public static final String START_AFTER_END = "frdo.problem.startAfterEnd";

  /** The document is dated before the year study ended. */
  public static final String ISSUED_BEFORE_STUDY_ENDED = "frdo.problem.issuedBeforeStudyEnded";

  /** The programme's hours are zero or negative. */
  public static final String HOURS_NOT_POSITIVE = "frdo.problem.hoursNotPositive";

  /** A qualification upgrade shorter than 16 hours. */
  public static final String HOURS_BELOW_UPGRADE_MINIMUM = "frdo.problem.hoursBelowUpgradeMinimum";

  /** A retraining programme shorter than 250 hours. */
  public static final String HOURS_BELOW_RETRAINING_MINIMUM =
      "frdo.problem.hoursBelowRetrainingMinimum";

  /** An удостоверение for retraining or a диплом for a qualification upgrade. */
  public static final String DOCUMENT_TYPE_MISMATCH = "frdo.problem.documentTypeMismatch";

  /** A name has letters other than Cyrillic, often Latin look-alikes typed by mistake. */
  public static final String NAME_NOT_CYRILLIC = "frdo.problem.nameNotCyrillic";

  /** No СНИЛС for a Russian citizen. */
  public static final String SNILS_MISSING = "frdo.problem.snilsMissing";

  /** A СНИЛС that is not 11 digits with a matching checksum. */
  public static final String SNILS_INVALID = "frdo.problem.snilsInvalid";

  /** Citizenship that is not a three-digit ОКСМ code. */
  public static final String CITIZENSHIP_INVALID = "frdo.problem.citizenshipInvalid";

  /** A duplicate without the original's data the register finds the original by. */
  public static final String ORIGINAL_REQUIRED = "frdo.problem.originalRequired";

  /** An original carrying data about an original, which only a duplicate may. */
  public static final String ORIGINAL_NOT_ALLOWED = "frdo.problem.originalNotAllowed";
}
