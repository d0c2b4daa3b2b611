package ru.shibc.academy.assessment.question;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer a learner chose for each item of a matching question.
 *
 * @param choices the id of the pair whose item was answered → the id of the pair whose answer was
 *     chosen for it; items left unanswered are absent
 */
public record MatchingResponse(Map<Integer, Integer> choices) implements Response {

  public MatchingResponse {
    choices = choices == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(choices));
  }
}
