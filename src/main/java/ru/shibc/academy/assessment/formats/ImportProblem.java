package ru.shibc.academy.assessment.formats;

/**
 * One thing wrong in an imported file.
 *
 * @param line the line where the faulty question (or the faulty XML) starts, 1-based; 0 when the
 *     problem concerns the whole file
 * @param code a stable machine code the UI maps to a message; one of the constants here
 * @param detail what exactly is wrong, in English, for the log and for the curious author
 */
public record ImportProblem(int line, String code, String detail) {

  /** The file could not be read at all. */
  public static final String UNREADABLE = "unreadable";

  /** The file is not UTF-8 (often Windows-1251 from an old editor). */
  public static final String NOT_UTF8 = "not-utf8";

  /** An answer block's opening or closing brace is missing. */
  public static final String UNBALANCED_BRACES = "unbalanced-braces";

  /** More than one answer block in one question; literal braces must be escaped as \{ \}. */
  public static final String SEVERAL_ANSWER_BLOCKS = "several-answer-blocks";

  /** A question name opened with :: but never closed. */
  public static final String UNCLOSED_NAME = "unclosed-name";

  /** A question with a name but no text. */
  public static final String EMPTY_QUESTION = "empty-question";

  /** Fewer answers than the type needs: two choices or pairs, one short or numerical answer. */
  public static final String TOO_FEW_ANSWERS = "too-few-answers";

  /** A choice question in which no choice earns anything. */
  public static final String NO_CORRECT_ANSWER = "no-correct-answer";

  /** A weight such as %50% that is not a number from -100 to 100. */
  public static final String INVALID_WEIGHT = "invalid-weight";

  /** A numerical answer, tolerance or mark that is not a number. */
  public static final String NOT_A_NUMBER = "not-a-number";

  /** A matching pair without "->". */
  public static final String MATCHING_WITHOUT_ARROW = "matching-without-arrow";

  /** A $CATEGORY line or category question without a path. */
  public static final String INVALID_CATEGORY = "invalid-category";

  /** The question was read but is not a valid question (detail says why). */
  public static final String INVALID_QUESTION = "invalid-question";

  /** The XML is not well-formed; reading stopped here. */
  public static final String MALFORMED_XML = "malformed-xml";

  /** The XML declares a DOCTYPE, which is refused to rule out entity attacks. */
  public static final String DOCTYPE_FORBIDDEN = "doctype-forbidden";

  /** The XML's root element is not quiz. */
  public static final String NOT_MOODLE_XML = "not-moodle-xml";

  /** A Moodle question type the platform does not have (cloze, calculated, drag and drop...). */
  public static final String UNSUPPORTED_TYPE = "unsupported-type";
}
