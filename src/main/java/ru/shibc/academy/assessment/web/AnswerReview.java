package ru.shibc.academy.assessment.web;

import ru.shibc.academy.platform.web.Html;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.shibc.academy.assessment.AttemptAnswers;
import ru.shibc.academy.assessment.QuestionView;
import ru.shibc.academy.assessment.question.EssayResponse;
import ru.shibc.academy.assessment.question.MatchingResponse;
import ru.shibc.academy.assessment.question.MultipleChoiceResponse;
import ru.shibc.academy.assessment.question.NumericalResponse;
import ru.shibc.academy.assessment.question.QuestionJson;
import ru.shibc.academy.assessment.question.Response;
import ru.shibc.academy.assessment.question.ShortAnswerResponse;
import ru.shibc.academy.assessment.question.SingleChoiceResponse;
import ru.shibc.academy.assessment.question.TrueFalseResponse;
import ru.shibc.academy.course.RichText;
import ru.shibc.academy.platform.web.Pages;

/**
 * One answer of an attempt as a grader reads it: the question, what the learner answered in
 * words (not ids), the points it earned, and for essays the grade and comment being given.
 */
public class AnswerReview implements Serializable {

  private static final long serialVersionUID = 1L;

  private int slot;
  private String type;
  private String textHtml;
  private String responseHtml;
  private BigDecimal mark;
  private BigDecimal points;
  private List<String> feedback;
  private List<String> rightAnswers;
  private String graderInfo;
  private String gradedBy;
  private boolean gradable;
  private BigDecimal givenPoints;
  private String comment;

  static AnswerReview of(QuestionView q, AttemptAnswers.Stored stored, String graderInfo, boolean finished) {
    AnswerReview r = new AnswerReview();
    r.slot = q.slot();
    r.type = q.type();
    r.textHtml = QuestionText.html(q.text(), q.format());
    r.responseHtml = response(q);
    r.mark = Decimals.plain(q.mark());
    BigDecimal fraction = stored == null ? null : stored.effectiveFraction();
    r.points = fraction == null ? null : Decimals.plain(fraction.multiply(q.mark()).setScale(2, RoundingMode.HALF_UP));
    r.feedback = q.feedback().stream().map(f -> QuestionText.html(f, q.format())).toList();
    r.rightAnswers =
        "true-false".equals(q.type())
            ? q.rightAnswers().stream().map(a -> Pages.text("true".equals(a) ? "bank.true" : "bank.false")).toList()
            : q.rightAnswers();
    r.graderInfo = graderInfo;
    r.gradedBy = stored == null ? null : stored.gradedBy();
    r.gradable = finished && "essay".equals(q.type());
    r.givenPoints = stored == null || stored.manualFraction() == null ? null : r.points;
    r.comment = stored == null ? null : stored.graderComment();
    return r;
  }

  /** The learner's response in words, as safe HTML; a dash when there is none. */
  private static String response(QuestionView q) {
    if (q.response() == null) {
      return "—";
    }
    Response given;
    try {
      given = QuestionJson.readResponse(q.response());
    } catch (IllegalArgumentException e) {
      return "—";
    }
    Map<Integer, String> options =
        q.choices().stream().collect(Collectors.toMap(QuestionView.Option::id, QuestionView.Option::text, (a, b) -> a));
    Map<Integer, String> items =
        q.items().stream().collect(Collectors.toMap(QuestionView.Option::id, QuestionView.Option::text, (a, b) -> a));
    Function<String, String> html = t -> QuestionText.html(t, q.format());
    if (given instanceof SingleChoiceResponse s) {
      return s.choiceId() == null ? "—" : html.apply(options.getOrDefault(s.choiceId(), "?"));
    } else if (given instanceof MultipleChoiceResponse m) {
      return m.choiceIds().isEmpty() ? "—"
          : m.choiceIds().stream().map(id -> html.apply(options.getOrDefault(id, "?"))).collect(Collectors.joining("<br/>"));
    } else if (given instanceof TrueFalseResponse t) {
      return t.value() == null ? "—" : Pages.text(t.value() ? "bank.true" : "bank.false");
    } else if (given instanceof ShortAnswerResponse s) {
      return Html.escape(s.text());
    } else if (given instanceof NumericalResponse n) {
      return Html.escape(n.text());
    } else if (given instanceof MatchingResponse m) {
      return m.choices().entrySet().stream()
          .map(e -> html.apply(items.getOrDefault(e.getKey(), "?")) + " → " + Html.escape(options.getOrDefault(e.getValue(), "?")))
          .collect(Collectors.joining("<br/>"));
    } else if (given instanceof EssayResponse e) {
      if (e.text().isBlank()) {
        return "—";
      }
      // the essay box may send HTML or plain text with line breaks
      return e.text().contains("<") ? RichText.clean(e.text()) : QuestionText.html(e.text(), "PLAIN");
    }
    return "—";
  }

  public int getSlot() { return slot; }
  public String getType() { return type; }
  public String getTextHtml() { return textHtml; }
  public String getResponseHtml() { return responseHtml; }
  public BigDecimal getMark() { return mark; }
  public BigDecimal getPoints() { return points; }
  public List<String> getFeedback() { return feedback; }
  public List<String> getRightAnswers() { return rightAnswers; }
  public String getGraderInfo() { return graderInfo; }
  public String getGradedBy() { return gradedBy; }
  public boolean isGradable() { return gradable; }
  public BigDecimal getGivenPoints() { return givenPoints; }
  public void setGivenPoints(BigDecimal givenPoints) { this.givenPoints = givenPoints; }
  public String getComment() { return comment; }
  public void setComment(String comment) { this.comment = comment; }
}
