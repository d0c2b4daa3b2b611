package ru.shibc.academy.assessment.web;

import ru.shibc.academy.platform.web.Html;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.shibc.academy.assessment.question.Choice;
import ru.shibc.academy.assessment.question.Essay;
import ru.shibc.academy.assessment.question.EssayResponse;
import ru.shibc.academy.assessment.question.Grade;
import ru.shibc.academy.assessment.question.MatchPair;
import ru.shibc.academy.assessment.question.Matching;
import ru.shibc.academy.assessment.question.MatchingResponse;
import ru.shibc.academy.assessment.question.MultipleChoice;
import ru.shibc.academy.assessment.question.MultipleChoiceResponse;
import ru.shibc.academy.assessment.question.NumericalResponse;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionJson;
import ru.shibc.academy.assessment.question.Response;
import ru.shibc.academy.assessment.question.ShortAnswerResponse;
import ru.shibc.academy.assessment.question.SingleChoice;
import ru.shibc.academy.assessment.question.SingleChoiceResponse;
import ru.shibc.academy.assessment.question.TrueFalseResponse;

/**
 * A question as a learner sees it, answered by the author to check it: the response is graded
 * with {@link Question#grade} and nothing is stored. The question is kept as its JSON so that the
 * view stays serializable.
 */
public class QuestionPreview implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An option to pick: its id and safe HTML. */
  public record Option(int id, String html) implements Serializable {}

  /** A matching item with the answer picked for it. */
  public static class Item implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int id;
    private final String html;
    private Integer answer;

    Item(int id, String html) {
      this.id = id;
      this.html = html;
    }

    public int getId() { return id; }
    public String getHtml() { return html; }
    public Integer getAnswer() { return answer; }
    public void setAnswer(Integer answer) { this.answer = answer; }
  }

  private final String json;
  private transient Question question;

  private Integer choice;
  private Integer[] choices = new Integer[0];
  private Boolean verdict;
  private String typed;
  private final List<Item> items = new ArrayList<>();

  private boolean answered;
  private BigDecimal percent;
  private BigDecimal points;
  private boolean pending;
  private List<String> feedback = List.of();

  public QuestionPreview(Question q) {
    this.json = QuestionJson.write(q);
    this.question = q;
    if (q instanceof Matching m) {
      m.items().forEach(p -> items.add(new Item(p.id(), html(p.item()))));
    } else if (q instanceof Essay e) {
      typed = e.responseTemplate();
    }
  }

  public Question question() {
    if (question == null) {
      question = QuestionJson.readQuestion(json);
    }
    return question;
  }

  /** Grades what the author answered; says nothing is stored. */
  public void check() {
    if ("description".equals(question().type())) {
      return;
    }
    Grade g = question().grade(response());
    answered = true;
    pending = g.needsManualGrading();
    feedback = g.feedback().stream().map(this::html).toList();
    BigDecimal mark = question().header().defaultMark();
    percent = pending ? null : g.fraction().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP);
    points = pending ? null : Decimals.plain(g.points(mark));
  }

  private Response response() {
    return switch (question().type()) {
      case "single-choice" -> new SingleChoiceResponse(choice);
      case "multiple-choice" -> new MultipleChoiceResponse(java.util.Set.of(choices));
      case "true-false" -> new TrueFalseResponse(verdict);
      case "short-answer" -> new ShortAnswerResponse(typed);
      case "numerical" -> new NumericalResponse(typed);
      case "matching" -> {
        Map<Integer, Integer> picked = new TreeMap<>();
        items.stream().filter(i -> i.answer != null).forEach(i -> picked.put(i.id, i.answer));
        yield new MatchingResponse(picked);
      }
      default -> new EssayResponse(typed);
    };
  }

  public String getType() {
    return question().type();
  }

  public String getTextHtml() {
    return html(question().text());
  }

  public List<Option> getOptions() {
    List<Choice> list =
        question() instanceof SingleChoice s ? s.choices()
            : question() instanceof MultipleChoice m ? m.choices() : List.of();
    return list.stream().map(c -> new Option(c.id(), html(c.text()))).toList();
  }

  /** Matching's answers, each text once (the pair that first gives it), in alphabetical order. */
  public List<Option> getAnswers() {
    if (!(question() instanceof Matching m)) {
      return List.of();
    }
    Map<String, Integer> first = new HashMap<>();
    for (MatchPair p : m.pairs()) {
      first.putIfAbsent(p.answer(), p.id());
    }
    return first.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new Option(e.getValue(), Html.escape(e.getKey())))
        .toList();
  }

  private String html(String text) {
    return QuestionText.html(text, question().header().format());
  }

  public BigDecimal getMark() {
    return Decimals.plain(question().header().defaultMark());
  }

  public Integer getChoice() { return choice; }
  public void setChoice(Integer choice) { this.choice = choice; }
  public Integer[] getChoices() { return choices; }
  public void setChoices(Integer[] choices) { this.choices = choices == null ? new Integer[0] : choices; }
  public Boolean getVerdict() { return verdict; }
  public void setVerdict(Boolean verdict) { this.verdict = verdict; }
  public String getTyped() { return typed; }
  public void setTyped(String typed) { this.typed = typed; }
  public List<Item> getItems() { return items; }
  public boolean isAnswered() { return answered; }
  public BigDecimal getPercent() { return percent; }
  public BigDecimal getPoints() { return points; }
  public boolean isPending() { return pending; }
  public List<String> getFeedback() { return feedback; }
}
