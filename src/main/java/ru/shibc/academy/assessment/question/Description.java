package ru.shibc.academy.assessment.question;

import java.util.Objects;

/**
 * Text placed between questions (instructions, a passage to read) that asks nothing. Imported from
 * GIFT items without an answer block and Moodle's {@code description} type rather than dropped, so
 * that a quiz keeps its reading passages.
 */
public record Description(QuestionHeader header) implements Question {

  public Description {
    Objects.requireNonNull(header, "header");
  }

  /**
   * Refuses: there is nothing to answer.
   *
   * @throws IllegalArgumentException always
   */
  @Override
  public Grade grade(Response response) {
    throw new IllegalArgumentException("a description takes no response");
  }
}
