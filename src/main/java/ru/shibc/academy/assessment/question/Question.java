package ru.shibc.academy.assessment.question;

/**
 * A question of the bank. Each type is a record with its own answers and its own {@link Response};
 * ids of choices, answers and pairs are the small indexes given on creation, so that a stored
 * response still points at the right choice after the caller has shuffled them for display.
 */
public sealed interface Question
    permits SingleChoice,
        MultipleChoice,
        TrueFalse,
        ShortAnswer,
        Numerical,
        Matching,
        Essay,
        Description {

  QuestionHeader header();

  /**
   * Grades a learner's response.
   *
   * @throws IllegalArgumentException if the response is of another question type or refers to a
   *     choice, answer or pair the question does not have
   */
  Grade grade(Response response);

  /** The type's name as stored in JSON, e.g. {@code single-choice}. */
  default String type() {
    return QuestionTypes.nameOf(this);
  }

  default String name() {
    return header().name();
  }

  default String text() {
    return header().text();
  }
}
