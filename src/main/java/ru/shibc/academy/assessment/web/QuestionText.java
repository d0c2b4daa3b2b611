package ru.shibc.academy.assessment.web;

import ru.shibc.academy.platform.web.Html;
import ru.shibc.academy.assessment.question.TextFormat;
import ru.shibc.academy.course.RichText;

/**
 * A question's text as safe HTML for a page: HTML is cleaned with the course's safelist, the other
 * formats (plain, Moodle's auto-format, Markdown) are escaped and keep their line breaks.
 */
final class QuestionText {

  private QuestionText() {}

  static String html(String text, TextFormat format) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (format == TextFormat.HTML) {
      return RichText.clean(text);
    }
    return Html.escape(text).replace("\r\n", "\n").replace("\n", "<br/>");
  }

  static String html(String text, String formatName) {
    return html(text, formatName == null ? TextFormat.PLAIN : TextFormat.valueOf(formatName));
  }
}
