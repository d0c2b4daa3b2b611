package ru.shibc.academy.assessment.question;

/**
 * The words a learner typed.
 *
 * @param text as typed; null or blank when the learner typed nothing
 */
public record ShortAnswerResponse(String text) implements Response {

  public ShortAnswerResponse {
    text = Fractions.text(text);
  }
}
