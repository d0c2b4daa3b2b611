package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A question where the learner ticks any number of options. As in Moodle, each ticked option adds
 * its fraction, wrong options usually carry negative fractions so that ticking everything does not
 * pay, and the sum is clamped to [0, 1].
 *
 * @param shuffle whether the options may be shown in random order
 */
public record MultipleChoice(QuestionHeader header, List<Choice> choices, boolean shuffle)
    implements Question {

  public MultipleChoice {
    Objects.requireNonNull(header, "header");
    choices = Choice.validated(choices);
  }

  @Override
  public Grade grade(Response response) {
    MultipleChoiceResponse given =
        QuestionTypes.expect(this, response, MultipleChoiceResponse.class);
    BigDecimal sum = BigDecimal.ZERO;
    List<String> feedback = new ArrayList<>();
    for (Integer id : given.choiceIds()) {
      Choice choice = Choice.find(choices, id);
      sum = sum.add(choice.fraction());
      feedback.add(choice.feedback());
    }
    return Grade.of(sum, feedback, header);
  }
}
