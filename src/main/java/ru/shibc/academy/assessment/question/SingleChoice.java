package ru.shibc.academy.assessment.question;

import java.util.List;
import java.util.Objects;

/**
 * A question where the learner picks one option. The grade is the picked option's fraction, so an
 * author may give partial credit to a nearly right option; a negative fraction grades as zero.
 *
 * @param shuffle whether the options may be shown in random order
 */
public record SingleChoice(QuestionHeader header, List<Choice> choices, boolean shuffle)
    implements Question {

  public SingleChoice {
    Objects.requireNonNull(header, "header");
    choices = Choice.validated(choices);
  }

  @Override
  public Grade grade(Response response) {
    SingleChoiceResponse given = QuestionTypes.expect(this, response, SingleChoiceResponse.class);
    if (given.choiceId() == null) {
      return Grade.of(Fractions.ZERO, List.of(), header);
    }
    Choice choice = Choice.find(choices, given.choiceId());
    return Grade.of(choice.fraction(), List.of(choice.feedback()), header);
  }
}
