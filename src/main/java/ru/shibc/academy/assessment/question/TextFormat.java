package ru.shibc.academy.assessment.question;

/**
 * How a question's texts are written. Kept as given rather than converted on import, because
 * converting Moodle's auto-format or Markdown to HTML is a rendering decision the pages make.
 */
public enum TextFormat {
  HTML("html"),
  PLAIN("plain"),
  /** Moodle's auto-format: plain text where line breaks and URLs become HTML when shown. */
  MOODLE("moodle"),
  MARKDOWN("markdown");

  private final String code;

  TextFormat(String code) {
    this.code = code;
  }

  /** The name used in JSON and in GIFT's {@code [html]} prefixes. */
  public String code() {
    return code;
  }

  /**
   * The format named by {@code code}.
   *
   * @throws IllegalArgumentException for a name that is not one of the four codes
   */
  public static TextFormat fromCode(String code) {
    for (TextFormat format : values()) {
      if (format.code.equals(code)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown text format: " + code);
  }
}
