package ru.shibc.academy.people.importing;

/**
 * One thing wrong with one row.
 *
 * @param line the row's line in the file
 * @param column the column at fault, null when the problem concerns the whole row
 * @param code a stable machine code the UI maps to a message; one of the constants here
 * @param value the offending value as in the file; for duplicates, the line of the first
 *     occurrence; null for {@link #REQUIRED}
 */
public record ImportProblem(int line, StaffColumn column, String code, String value) {

  public static final String REQUIRED = "required";

  /** Surname, name, patronymic over 100 characters, position over 150, e-mail over 254. */
  public static final String TOO_LONG = "too-long";

  public static final String INVALID_EMAIL = "invalid-email";
  public static final String INVALID_SNILS = "invalid-snils";

  /** Birth date neither yyyy-MM-dd nor dd.MM.yyyy, or no such day. */
  public static final String INVALID_DATE = "invalid-date";

  /** Birth date in the future, before 1920, or the person is younger than 16. */
  public static final String IMPLAUSIBLE_DATE = "implausible-date";

  public static final String UNKNOWN_ORGANISATION = "unknown-organisation";

  /** Someone is already registered with this e-mail. */
  public static final String EMAIL_TAKEN = "email-taken";

  public static final String SNILS_TAKEN = "snils-taken";

  /** A second or later row of the file with the same e-mail; value is the first row's line. */
  public static final String DUPLICATE_EMAIL_IN_FILE = "duplicate-email-in-file";

  public static final String DUPLICATE_SNILS_IN_FILE = "duplicate-snils-in-file";

  /** A name with characters other than letters, spaces, hyphens, apostrophes and dots. */
  public static final String INVALID_NAME = "invalid-name";
}
