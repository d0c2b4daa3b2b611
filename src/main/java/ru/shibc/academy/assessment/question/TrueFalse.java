package ru.shibc.academy.assessment.question;

import java.util.List;
import java.util.Objects;

/**
 * A statement the learner judges true or false.
 *
 * @param correctAnswer whether the statement is true
 * @param trueFeedback shown to a learner who answered "true"
 * @param falseFeedback shown to a learner who answered "false"
 */
public record TrueFalse(
    QuestionHeader header, boolean correctAnswer, String trueFeedback, String falseFeedback)
    implements Question {

  public TrueFalse {
    Objects.requireNonNull(header, "header");
    trueFeedback = Fractions.text(trueFeedback);
    falseFeedback = Fractions.text(falseFeedback);
  }

  @Override
  public Grade grade(Response response) {
    TrueFalseResponse given = QuestionTypes.expect(this, response, TrueFalseResponse.class);
    if (given.value() == null) {
      return Grade.of(Fractions.ZERO, List.of(), header);
    }
    boolean value = given.value();
    return Grade.of(
        value == correctAnswer ? Fractions.ONE : Fractions.ZERO,
        List.of(value ? trueFeedback : falseFeedback),
        header);
  }
}
