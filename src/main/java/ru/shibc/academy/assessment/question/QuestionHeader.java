package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What every question has, whatever its type.
 *
 * @param name the name authors see in the bank; learners never see it
 * @param text the question as shown to the learner, in {@code format}
 * @param format how {@code text} and all the question's other texts (answers, feedback) are written
 * @param generalFeedback shown to every learner after answering, whatever the answer; may be empty
 * @param defaultMark the points the question is worth in a quiz unless the quiz says otherwise;
 *     seven decimals
 */
public record QuestionHeader(
    String name, String text, TextFormat format, String generalFeedback, BigDecimal defaultMark) {

  public QuestionHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a question needs a name");
    }
    text = Fractions.text(text);
    generalFeedback = Fractions.text(generalFeedback);
    defaultMark = Fractions.mark(defaultMark);
  }

  /** A header worth one point, without general feedback. */
  public static QuestionHeader of(String name, String text, TextFormat format) {
    return new QuestionHeader(name, text, format, "", BigDecimal.ONE);
  }

  public QuestionHeader withGeneralFeedback(String feedback) {
    return new QuestionHeader(name, text, format, feedback, defaultMark);
  }

  public QuestionHeader withDefaultMark(BigDecimal mark) {
    return new QuestionHeader(name, text, format, generalFeedback, mark);
  }
}
