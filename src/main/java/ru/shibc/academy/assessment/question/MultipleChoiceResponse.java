package ru.shibc.academy.assessment.question;

import java.util.Set;
import java.util.TreeSet;

/**
 * The choices a learner ticked.
 *
 * @param choiceIds the ticked choices' ids; empty when none, kept sorted
 */
public record MultipleChoiceResponse(Set<Integer> choiceIds) implements Response {

  public MultipleChoiceResponse {
    choiceIds =
        choiceIds == null
            ? Set.of()
            : java.util.Collections.unmodifiableSet(new TreeSet<>(choiceIds));
  }

  public static MultipleChoiceResponse of(Integer... choiceIds) {
    return new MultipleChoiceResponse(Set.of(choiceIds));
  }
}
