package ru.shibc.academy.assessment.question;

import java.util.Objects;

/**
 * One item of a matching question and its answer.
 *
 * @param id the pair's index as given by the author; responses refer to it
 * @param item what the learner matches, in the question's format; empty for an extra answer that
 *     matches no item and only makes guessing harder
 * @param answer the answer that belongs to the item, plain text
 */
public record MatchPair(int id, String item, String answer) {

  public MatchPair {
    item = item == null ? "" : item;
    Objects.requireNonNull(answer, "answer");
    if (answer.isBlank()) {
      throw new IllegalArgumentException("a matching pair needs an answer");
    }
  }

  /** Whether the pair only adds a distracting answer. */
  public boolean isDistractor() {
    return item.isBlank();
  }
}
