package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One option of a single or multiple choice question.
 *
 * @param id the option's index as given by the author; responses refer to it
 * @param text the option, in the question's format
 * @param fraction the share of the mark it is worth, -1..1 (Moodle's -100 % .. 100 %)
 * @param feedback shown to a learner who picked it; may be empty
 */
public record Choice(int id, String text, BigDecimal fraction, String feedback) {

  public Choice {
    Objects.requireNonNull(text, "text");
    fraction = Fractions.weight(fraction, "choice fraction");
    feedback = Fractions.text(feedback);
  }

  /** Checks the options of one question: at least two, with distinct ids. */
  static List<Choice> validated(List<Choice> choices) {
    List<Choice> copy = List.copyOf(choices);
    if (copy.size() < 2) {
      throw new IllegalArgumentException("a choice question needs at least two choices");
    }
    Set<Integer> ids = new HashSet<>();
    for (Choice choice : copy) {
      if (!ids.add(choice.id())) {
        throw new IllegalArgumentException("choice id " + choice.id() + " is used twice");
      }
    }
    return copy;
  }

  static Choice find(List<Choice> choices, int id) {
    for (Choice choice : choices) {
      if (choice.id() == id) {
        return choice;
      }
    }
    throw new IllegalArgumentException("the question has no choice with id " + id);
  }
}
