package ru.shibc.academy.assessment.question;

/**
 * What a learner answered to one question: one record per question type. A response is stored as
 * given and graded against the question version the attempt used.
 */
public sealed interface Response
    permits SingleChoiceResponse,
        MultipleChoiceResponse,
        TrueFalseResponse,
        ShortAnswerResponse,
        NumericalResponse,
        MatchingResponse,
        EssayResponse {

  /** The name of the question type this response answers, e.g. {@code single-choice}. */
  default String type() {
    return QuestionTypes.nameOf(this);
  }
}
