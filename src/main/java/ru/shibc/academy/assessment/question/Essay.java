package ru.shibc.academy.assessment.question;

import java.util.Objects;

/**
 * A question the learner answers in free text and a grader marks by hand.
 *
 * @param graderInfo guidance for the grader, in the question's format; never shown to learners
 * @param responseTemplate text the answer box starts with; may be empty
 */
public record Essay(QuestionHeader header, String graderInfo, String responseTemplate)
    implements Question {

  public Essay {
    Objects.requireNonNull(header, "header");
    graderInfo = Fractions.text(graderInfo);
    responseTemplate = Fractions.text(responseTemplate);
  }

  /** Always pending: no machine decides whether an essay is good. */
  @Override
  public Grade grade(Response response) {
    QuestionTypes.expect(this, response, EssayResponse.class);
    return Grade.pending(header);
  }
}
