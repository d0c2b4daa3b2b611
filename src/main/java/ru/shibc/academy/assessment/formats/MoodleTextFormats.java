package ru.shibc.academy.assessment.formats;

import ru.shibc.academy.assessment.question.TextFormat;

/** The names Moodle XML gives text formats in its {@code format} attributes. */
final class MoodleTextFormats {

  private MoodleTextFormats() {}

  /**
   * @param name a {@code format} attribute; null means HTML, Moodle's default
   * @throws IllegalArgumentException for a name Moodle does not use
   */
  static TextFormat fromXml(String name) {
    if (name == null) {
      return TextFormat.HTML;
    }
    return switch (name.strip()) {
      case "html" -> TextFormat.HTML;
      case "plain_text" -> TextFormat.PLAIN;
      case "moodle_auto_format" -> TextFormat.MOODLE;
      case "markdown" -> TextFormat.MARKDOWN;
      default -> throw new IllegalArgumentException("unknown text format \"" + name + "\"");
    };
  }

  static String toXml(TextFormat format) {
    return switch (format) {
      case HTML -> "html";
      case PLAIN -> "plain_text";
      case MOODLE -> "moodle_auto_format";
      case MARKDOWN -> "markdown";
    };
  }
}
