package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A question where the learner matches items to answers. Answers are offered by text, so two items
 * with the same answer text accept either pair's answer; the grade is the share of items matched
 * correctly.
 *
 * @param shuffle whether items and answers may be shown in random order
 */
public record Matching(QuestionHeader header, List<MatchPair> pairs, boolean shuffle)
    implements Question {

  public Matching {
    Objects.requireNonNull(header, "header");
    pairs = List.copyOf(pairs);
    if (pairs.size() < 2) {
      throw new IllegalArgumentException("a matching question needs at least two pairs");
    }
    if (pairs.stream().allMatch(MatchPair::isDistractor)) {
      throw new IllegalArgumentException("a matching question needs at least one item");
    }
    Set<Integer> ids = new HashSet<>();
    for (MatchPair pair : pairs) {
      if (!ids.add(pair.id())) {
        throw new IllegalArgumentException("pair id " + pair.id() + " is used twice");
      }
    }
  }

  /** The pairs whose items the learner has to match. */
  public List<MatchPair> items() {
    return pairs.stream().filter(pair -> !pair.isDistractor()).toList();
  }

  @Override
  public Grade grade(Response response) {
    MatchingResponse given = QuestionTypes.expect(this, response, MatchingResponse.class);
    int correct = 0;
    for (Map.Entry<Integer, Integer> choice : given.choices().entrySet()) {
      MatchPair item = find(choice.getKey());
      if (item.isDistractor()) {
        throw new IllegalArgumentException("pair " + item.id() + " has no item to match");
      }
      MatchPair answer = find(choice.getValue());
      if (answer.answer().equals(item.answer())) {
        correct++;
      }
    }
    BigDecimal fraction =
        BigDecimal.valueOf(correct)
            .divide(BigDecimal.valueOf(items().size()), Fractions.SCALE, RoundingMode.HALF_UP);
    return Grade.of(fraction, List.of(), header);
  }

  private MatchPair find(Integer id) {
    for (MatchPair pair : pairs) {
      if (id != null && pair.id() == id) {
        return pair;
      }
    }
    throw new IllegalArgumentException("the question has no pair with id " + id);
  }
}
