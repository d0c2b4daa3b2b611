package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of grading one response automatically.
 *
 * @param fraction the share of the question's mark earned, in [0, 1] with seven decimals; null when
 *     a grader has to decide (essays)
 * @param feedback the texts to show the learner, in the question's format: the feedback of the
 *     answers the learner gave, then the question's general feedback; blanks left out
 */
public record Grade(BigDecimal fraction, List<String> feedback) {

  public Grade {
    if (fraction != null) {
      if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("a grade fraction lies in [0, 1], was " + fraction);
      }
      fraction = Fractions.clamp(fraction);
    }
    feedback = List.copyOf(feedback);
  }

  /**
   * A grade of {@code fraction}, clamped to [0, 1]; the answer feedback first, the general feedback
   * last, blank texts dropped.
   */
  static Grade of(BigDecimal fraction, List<String> answerFeedback, QuestionHeader header) {
    return new Grade(Fractions.clamp(fraction), texts(answerFeedback, header));
  }

  /** A grade that waits for a person; only the general feedback is known. */
  static Grade pending(QuestionHeader header) {
    return new Grade(null, texts(List.of(), header));
  }

  /** Whether a grader still has to grade the response. */
  public boolean needsManualGrading() {
    return fraction == null;
  }

  /** Whether the response earned the full mark. */
  public boolean isCorrect() {
    return fraction != null && fraction.compareTo(BigDecimal.ONE) == 0;
  }

  /** The points earned for a question worth {@code mark}; null while manual grading is pending. */
  public BigDecimal points(BigDecimal mark) {
    return fraction == null
        ? null
        : fraction.multiply(mark).setScale(Fractions.SCALE, java.math.RoundingMode.HALF_UP);
  }

  private static List<String> texts(List<String> answerFeedback, QuestionHeader header) {
    List<String> texts = new ArrayList<>();
    for (String text : answerFeedback) {
      if (text != null && !text.isBlank()) {
        texts.add(text);
      }
    }
    if (!header.generalFeedback().isBlank()) {
      texts.add(header.generalFeedback());
    }
    return texts;
  }
}
