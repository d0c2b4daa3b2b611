package ru.shibc.academy.assessment.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.shibc.academy.assessment.question.Choice;
import ru.shibc.academy.assessment.question.EssayResponse;
import ru.shibc.academy.assessment.question.MatchPair;
import ru.shibc.academy.assessment.question.Matching;
import ru.shibc.academy.assessment.question.MatchingResponse;
import ru.shibc.academy.assessment.question.MultipleChoice;
import ru.shibc.academy.assessment.question.MultipleChoiceResponse;
import ru.shibc.academy.assessment.question.Numerical;
import ru.shibc.academy.assessment.question.NumericalResponse;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.Response;
import ru.shibc.academy.assessment.question.ShortAnswer;
import ru.shibc.academy.assessment.question.ShortAnswerResponse;
import ru.shibc.academy.assessment.question.SingleChoice;
import ru.shibc.academy.assessment.question.SingleChoiceResponse;
import ru.shibc.academy.assessment.question.TrueFalse;
import ru.shibc.academy.assessment.question.TrueFalseResponse;

/** Answers a demo learner gives: right or wrong, for each question type. */
final class DemoResponses {

  private DemoResponses() {}

  static Response of(Question q, boolean right) {
    if (q instanceof SingleChoice s) {
      return new SingleChoiceResponse(pick(s.choices(), right));
    }
    if (q instanceof MultipleChoice m) {
      Set<Integer> ids =
          m.choices().stream()
              .filter(c -> right ? c.fraction().signum() > 0 : c.fraction().signum() <= 0)
              .map(Choice::id)
              .collect(Collectors.toSet());
      return new MultipleChoiceResponse(ids);
    }
    if (q instanceof TrueFalse t) {
      return new TrueFalseResponse(right == t.correctAnswer());
    }
    if (q instanceof ShortAnswer s) {
      return new ShortAnswerResponse(right ? s.answers().get(0).text().replace("*", "") : "не помню");
    }
    if (q instanceof Numerical n) {
      BigDecimal value = n.answers().stream().map(a -> a.value()).filter(v -> v != null).findFirst().orElse(BigDecimal.ONE);
      return new NumericalResponse((right ? value : value.add(BigDecimal.valueOf(1000))).toPlainString());
    }
    if (q instanceof Matching m) {
      List<MatchPair> items = m.pairs().stream().filter(p -> !p.item().isEmpty()).toList();
      Map<Integer, Integer> choices = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        MatchPair answer = right ? items.get(i) : items.get((i + 1) % items.size());
        choices.put(items.get(i).id(), answer.id());
      }
      return new MatchingResponse(choices);
    }
    return new EssayResponse(
        "Школьная библиотека становится центром, где ученики учатся искать и проверять информацию, а учителя"
            + " находят ресурсы для уроков; для этого мы обновляем фонд и открываем медиазону.");
  }

  private static Integer pick(List<Choice> choices, boolean right) {
    return choices.stream()
        .filter(c -> right ? c.fraction().compareTo(BigDecimal.ONE) == 0 : c.fraction().signum() == 0)
        .map(Choice::id)
        .findFirst()
        .orElse(choices.get(0).id());
  }
}
