package ru.shibc.academy.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.shibc.academy.assessment.question.Choice;
import ru.shibc.academy.assessment.question.Essay;
import ru.shibc.academy.assessment.question.Grade;
import ru.shibc.academy.assessment.question.MatchPair;
import ru.shibc.academy.assessment.question.Matching;
import ru.shibc.academy.assessment.question.MultipleChoice;
import ru.shibc.academy.assessment.question.Numerical;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.ShortAnswer;
import ru.shibc.academy.assessment.question.SingleChoice;
import ru.shibc.academy.assessment.question.TrueFalse;

/**
 * A question as a learner sees it in an attempt: its text and choices in the attempt's order,
 * never which are right, with the learner's saved response. After the attempt, what the quiz's
 * review option allows is added: the fraction earned, the right answers and the feedback.
 *
 * @param choices single and multiple choice; matching's answer options (ids are pair ids)
 * @param items matching's left-hand items
 * @param response the saved response as JSON (see QuestionJson), null before the first save
 * @param rightAnswers texts of the right answers, with FEEDBACK review only
 */
public record QuestionView(
    int slot,
    String type,
    String text,
    String format,
    BigDecimal mark,
    List<Option> choices,
    List<Option> items,
    String responseTemplate,
    String response,
    int revision,
    Instant savedAt,
    BigDecimal fraction,
    List<String> feedback,
    List<String> rightAnswers) {

  /** A choice, an item or an answer option. */
  public record Option(int id, String text) {}

  public static QuestionView of(
      Question q, AttemptLayout.Entry entry, AttemptAnswers.Stored answer, ReviewOption review, Grade grade) {
    List<Option> choices = List.of();
    List<Option> items = List.of();
    String template = null;
    List<String> right = List.of();
    if (q instanceof SingleChoice s) {
      choices = ordered(s.choices(), entry.order());
      right = s.choices().stream().filter(c -> c.fraction().signum() > 0 && c.fraction().compareTo(BigDecimal.ONE) == 0)
          .map(Choice::text).toList();
    } else if (q instanceof MultipleChoice m) {
      choices = ordered(m.choices(), entry.order());
      right = m.choices().stream().filter(c -> c.fraction().signum() > 0).map(Choice::text).toList();
    } else if (q instanceof Matching m) {
      items = m.pairs().stream().filter(p -> !p.item().isEmpty()).map(p -> new Option(p.id(), p.item())).toList();
      Map<Integer, MatchPair> byId = m.pairs().stream().collect(Collectors.toMap(MatchPair::id, Function.identity()));
      List<Option> answers = new ArrayList<>();
      for (int id : entry.order()) {
        answers.add(new Option(id, byId.get(id).answer()));
      }
      choices = answers;
      right = m.pairs().stream().filter(p -> !p.item().isEmpty()).map(p -> p.item() + " → " + p.answer()).toList();
    } else if (q instanceof TrueFalse t) {
      right = List.of(Boolean.toString(t.correctAnswer()));
    } else if (q instanceof ShortAnswer s) {
      right = s.answers().stream().filter(a -> a.fraction().compareTo(BigDecimal.ONE) == 0).map(a -> a.text()).toList();
    } else if (q instanceof Numerical n) {
      right = n.answers().stream().filter(a -> a.fraction().compareTo(BigDecimal.ONE) == 0 && a.value() != null)
          .map(a -> a.tolerance().signum() == 0 ? a.value().toPlainString()
              : a.value().toPlainString() + " ± " + a.tolerance().toPlainString())
          .toList();
    } else if (q instanceof Essay e) {
      template = e.responseTemplate();
    }
    boolean showResult = review.shows(ReviewOption.RESPONSES);
    boolean showFeedback = review.shows(ReviewOption.FEEDBACK);
    return new QuestionView(
        entry.slot(), q.type(), q.text(), q.header().format().name(), entry.mark(), choices, items, template,
        answer == null ? null : answer.response(), answer == null ? 0 : answer.revision(),
        answer == null ? null : answer.savedAt(),
        showResult && answer != null ? answer.effectiveFraction() : null,
        showFeedback && grade != null ? grade.feedback() : List.of(), showFeedback ? right : List.of());
  }

  private static List<Option> ordered(List<Choice> choices, List<Integer> order) {
    Map<Integer, Choice> byId = choices.stream().collect(Collectors.toMap(Choice::id, Function.identity()));
    return order.stream().map(byId::get).map(c -> new Option(c.id(), c.text())).toList();
  }
}
