package ru.shibc.academy.assessment.question;

/** The stable names of the question and response types, used in JSON and in messages. */
final class QuestionTypes {

  static final String SINGLE_CHOICE = "single-choice";
  static final String MULTIPLE_CHOICE = "multiple-choice";
  static final String TRUE_FALSE = "true-false";
  static final String SHORT_ANSWER = "short-answer";
  static final String NUMERICAL = "numerical";
  static final String MATCHING = "matching";
  static final String ESSAY = "essay";
  static final String DESCRIPTION = "description";

  static final java.util.Set<String> QUESTIONS =
      java.util.Set.of(
          SINGLE_CHOICE,
          MULTIPLE_CHOICE,
          TRUE_FALSE,
          SHORT_ANSWER,
          NUMERICAL,
          MATCHING,
          ESSAY,
          DESCRIPTION);

  private QuestionTypes() {}

  static String nameOf(Question question) {
    if (question instanceof SingleChoice) {
      return SINGLE_CHOICE;
    } else if (question instanceof MultipleChoice) {
      return MULTIPLE_CHOICE;
    } else if (question instanceof TrueFalse) {
      return TRUE_FALSE;
    } else if (question instanceof ShortAnswer) {
      return SHORT_ANSWER;
    } else if (question instanceof Numerical) {
      return NUMERICAL;
    } else if (question instanceof Matching) {
      return MATCHING;
    } else if (question instanceof Essay) {
      return ESSAY;
    }
    return DESCRIPTION;
  }

  static String nameOf(Response response) {
    if (response instanceof SingleChoiceResponse) {
      return SINGLE_CHOICE;
    } else if (response instanceof MultipleChoiceResponse) {
      return MULTIPLE_CHOICE;
    } else if (response instanceof TrueFalseResponse) {
      return TRUE_FALSE;
    } else if (response instanceof ShortAnswerResponse) {
      return SHORT_ANSWER;
    } else if (response instanceof NumericalResponse) {
      return NUMERICAL;
    } else if (response instanceof MatchingResponse) {
      return MATCHING;
    }
    return ESSAY;
  }

  /** The response cast to the type the question expects, or a clear refusal. */
  static <R extends Response> R expect(Question question, Response response, Class<R> type) {
    if (!type.isInstance(response)) {
      throw new IllegalArgumentException(
          "a "
              + nameOf(question)
              + " question cannot grade "
              + (response == null ? "a missing response" : "a " + nameOf(response) + " response"));
    }
    return type.cast(response);
  }
}
