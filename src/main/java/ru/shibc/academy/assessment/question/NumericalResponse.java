package ru.shibc.academy.assessment.question;

/**
 * The number a learner typed, kept as text: what was typed is what the grader and the learner see
 * on review, and a decimal comma ({@code 3,5}), usual in Russian, is read when grading.
 *
 * @param text as typed; null or blank when the learner typed nothing
 */
public record NumericalResponse(String text) implements Response {

  public NumericalResponse {
    text = Fractions.text(text);
  }
}
