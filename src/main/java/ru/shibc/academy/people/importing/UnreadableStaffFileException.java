package ru.shibc.academy.people.importing;

import java.util.List;

/** The uploaded file cannot be turned into rows at all, so there is no per-row preview. */
public class UnreadableStaffFileException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Not a CSV or spreadsheet: an image, a PDF, a Word document, a broken or encrypted file. */
  public static final String NOT_A_SPREADSHEET = "not-a-spreadsheet";

  /** Nothing in the file; details hold "no-data-rows" when there is a header but no rows. */
  public static final String EMPTY_FILE = "empty-file";

  /** More data rows than one import may hold; details hold the limit. */
  public static final String TOO_MANY_ROWS = "too-many-rows";

  /** Required columns not found in the header; details hold their {@link StaffColumn} names. */
  public static final String MISSING_COLUMNS = "missing-columns";

  private final String code;
  private final List<String> details;

  public UnreadableStaffFileException(String code, List<String> details) {
    super(details.isEmpty() ? code : code + ": " + String.join(", ", details));
    this.code = code;
    this.details = List.copyOf(details);
  }

  public UnreadableStaffFileException(String code) {
    this(code, List.of());
  }

  /** A stable machine code the UI maps to a message; one of the constants of this class. */
  public String code() {
    return code;
  }

  public List<String> details() {
    return details;
  }
}
