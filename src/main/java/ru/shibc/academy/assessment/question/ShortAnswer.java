package ru.shibc.academy.assessment.question;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question the learner answers with a word or a phrase. The first accepted answer that matches,
 * in the author's order, decides the grade, as in Moodle; so a catch-all {@code *} goes last.
 *
 * @param caseSensitive whether "ШИБЦ" and "шибц" are different answers
 */
public record ShortAnswer(
    QuestionHeader header, List<AcceptedAnswer> answers, boolean caseSensitive)
    implements Question {

  public ShortAnswer {
    Objects.requireNonNull(header, "header");
    answers = List.copyOf(answers);
    if (answers.isEmpty()) {
      throw new IllegalArgumentException("a short answer question needs at least one answer");
    }
    Set<Integer> ids = new HashSet<>();
    for (AcceptedAnswer answer : answers) {
      if (!ids.add(answer.id())) {
        throw new IllegalArgumentException("answer id " + answer.id() + " is used twice");
      }
    }
  }

  @Override
  public Grade grade(Response response) {
    ShortAnswerResponse given = QuestionTypes.expect(this, response, ShortAnswerResponse.class);
    for (AcceptedAnswer answer : answers) {
      if (AnswerPattern.matches(answer.text(), given.text(), caseSensitive)) {
        return Grade.of(answer.fraction(), List.of(answer.feedback()), header);
      }
    }
    return Grade.of(Fractions.ZERO, List.of(), header);
  }
}
