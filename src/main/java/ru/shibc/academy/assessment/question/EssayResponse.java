package ru.shibc.academy.assessment.question;

/**
 * The text a learner wrote.
 *
 * @param text in the essay editor's format (HTML); may be empty
 */
public record EssayResponse(String text) implements Response {

  public EssayResponse {
    text = Fractions.text(text);
  }
}
