package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer a short answer question accepts.
 *
 * @param id the answer's index as given by the author
 * @param text the answer; {@code *} matches any run of characters, {@code \*} a literal star
 * @param fraction the share of the mark it earns, -1..1
 * @param feedback shown to a learner whose answer matched it
 */
public record AcceptedAnswer(int id, String text, BigDecimal fraction, String feedback) {

  public AcceptedAnswer {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("an accepted answer must not be blank");
    }
    fraction = Fractions.weight(fraction, "answer fraction");
    feedback = Fractions.text(feedback);
  }
}
