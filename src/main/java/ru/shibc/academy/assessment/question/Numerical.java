package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question the learner answers with a number. The first answer, in the author's order, whose
 * tolerance covers the number decides the grade; units are not supported.
 */
public record Numerical(QuestionHeader header, List<NumericAnswer> answers) implements Question {

  /** Spaces, including the no-break and thin spaces Russian digit grouping uses. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2009\\u202f]+");

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  public Numerical {
    Objects.requireNonNull(header, "header");
    answers = List.copyOf(answers);
    if (answers.stream().allMatch(NumericAnswer::isAnyOther)) {
      throw new IllegalArgumentException("a numerical question needs at least one number");
    }
    Set<Integer> ids = new HashSet<>();
    for (NumericAnswer answer : answers) {
      if (!ids.add(answer.id())) {
        throw new IllegalArgumentException("answer id " + answer.id() + " is used twice");
      }
    }
  }

  @Override
  public Grade grade(Response response) {
    NumericalResponse given = QuestionTypes.expect(this, response, NumericalResponse.class);
    BigDecimal number = parse(given.text());
    if (number == null) {
      return Grade.of(Fractions.ZERO, List.of(), header);
    }
    for (NumericAnswer answer : answers) {
      if (answer.accepts(number)) {
        return Grade.of(answer.fraction(), List.of(answer.feedback()), header);
      }
    }
    return Grade.of(Fractions.ZERO, List.of(), header);
  }

  /**
   * Reads a typed number, accepting a decimal comma and spaces between digit groups; null when the
   * text is not a number.
   */
  static BigDecimal parse(String text) {
    String compact = SPACES.matcher(text).replaceAll("").replace(',', '.');
    if (!NUMBER.matcher(compact).matches()) {
      return null;
    }
    return new BigDecimal(compact.startsWith("+") ? compact.substring(1) : compact);
  }
}
