package ru.shibc.academy.assessment.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.shibc.academy.assessment.question.AcceptedAnswer;
import ru.shibc.academy.assessment.question.Choice;
import ru.shibc.academy.assessment.question.Description;
import ru.shibc.academy.assessment.question.Essay;
import ru.shibc.academy.assessment.question.MatchPair;
import ru.shibc.academy.assessment.question.Matching;
import ru.shibc.academy.assessment.question.MultipleChoice;
import ru.shibc.academy.assessment.question.NumericAnswer;
import ru.shibc.academy.assessment.question.Numerical;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionHeader;
import ru.shibc.academy.assessment.question.ShortAnswer;
import ru.shibc.academy.assessment.question.SingleChoice;
import ru.shibc.academy.assessment.question.TextFormat;
import ru.shibc.academy.assessment.question.TrueFalse;
import ru.shibc.academy.course.RichText;

/**
 * The question editor's form: every field of every type, filled from a question and turned back
 * into one. Rows are the type's answers (choices, accepted answers, numbers, pairs); blank rows
 * are left out, and a row keeps the id its answer had so that stored responses still point at it.
 * {@link #build()} refuses with a bundle key per field before the records' own checks run.
 */
public class QuestionDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The types the editor offers, in the order of the menu. */
  public static final List<String> TYPES =
      List.of("single-choice", "multiple-choice", "true-false", "short-answer", "numerical", "matching", "essay",
          "description");

  /** Why the form is not a question yet: a bundle key and its arguments. */
  public static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    Refusal(String key, Object... args) {
      super(key, null, false, false);
      this.key = key;
      this.args = args;
    }

    public String key() {
      return key;
    }

    public Object[] args() {
      return args;
    }
  }

  /** One answer of the question, whatever its type; each type uses some of the fields. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer id;
    private String text;
    private BigDecimal weight = BigDecimal.ZERO;
    private String feedback;
    private String value;
    private String tolerance;
    private String item;

    public Integer getId() { return id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String feedback) { this.feedback = feedback; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getTolerance() { return tolerance; }
    public void setTolerance(String tolerance) { this.tolerance = tolerance; }
    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private String type = "single-choice";
  private String name;
  private String text;
  private boolean html = true;
  private TextFormat otherFormat = TextFormat.PLAIN;
  private String generalFeedback;
  private BigDecimal defaultMark = BigDecimal.ONE;
  private boolean shuffle = true;
  private boolean caseSensitive;
  private boolean correctAnswer = true;
  private String trueFeedback;
  private String falseFeedback;
  private String graderInfo;
  private String responseTemplate;
  private List<Row> rows = new ArrayList<>();

  /** An empty form of a type, with room for a few answers. */
  public static QuestionDraft blank(String type) {
    QuestionDraft d = new QuestionDraft();
    d.type = TYPES.contains(type) ? type : "single-choice";
    d.fillRows();
    return d;
  }

  /** The form of a stored question. */
  public static QuestionDraft of(Question q) {
    QuestionDraft d = new QuestionDraft();
    QuestionHeader h = q.header();
    d.type = q.type();
    d.name = h.name();
    d.text = h.text();
    d.html = h.format() == TextFormat.HTML;
    d.otherFormat = d.html ? TextFormat.PLAIN : h.format();
    d.generalFeedback = h.generalFeedback();
    d.defaultMark = Decimals.plain(h.defaultMark());
    if (q instanceof SingleChoice s) {
      s.choices().forEach(c -> d.rows.add(choice(c)));
      d.shuffle = s.shuffle();
    } else if (q instanceof MultipleChoice m) {
      m.choices().forEach(c -> d.rows.add(choice(c)));
      d.shuffle = m.shuffle();
    } else if (q instanceof TrueFalse t) {
      d.correctAnswer = t.correctAnswer();
      d.trueFeedback = t.trueFeedback();
      d.falseFeedback = t.falseFeedback();
    } else if (q instanceof ShortAnswer s) {
      d.caseSensitive = s.caseSensitive();
      for (AcceptedAnswer a : s.answers()) {
        Row r = row(a.id());
        r.text = a.text();
        r.weight = percent(a.fraction());
        r.feedback = a.feedback();
        d.rows.add(r);
      }
    } else if (q instanceof Numerical n) {
      for (NumericAnswer a : n.answers()) {
        Row r = row(a.id());
        r.value = a.isAnyOther() ? "*" : a.value().toPlainString();
        r.tolerance = a.tolerance().toPlainString();
        r.weight = percent(a.fraction());
        r.feedback = a.feedback();
        d.rows.add(r);
      }
    } else if (q instanceof Matching m) {
      d.shuffle = m.shuffle();
      for (MatchPair p : m.pairs()) {
        Row r = row(p.id());
        r.item = p.item();
        r.text = p.answer();
        d.rows.add(r);
      }
    } else if (q instanceof Essay e) {
      d.graderInfo = e.graderInfo();
      d.responseTemplate = e.responseTemplate();
    }
    d.fillRows();
    return d;
  }

  /** Switches the type, keeping what the types share. */
  public void changeType(String newType) {
    if (TYPES.contains(newType)) {
      type = newType;
      fillRows();
    }
  }

  public void addRow() {
    rows.add(new Row());
  }

  public void removeRow(int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  public boolean hasRows() {
    return switch (type) {
      case "single-choice", "multiple-choice", "short-answer", "numerical", "matching" -> true;
      default -> false;
    };
  }

  private void fillRows() {
    int wanted = switch (type) {
      case "single-choice", "multiple-choice" -> 4;
      case "matching" -> 3;
      case "short-answer", "numerical" -> 2;
      default -> 0;
    };
    while (rows.size() < wanted) {
      rows.add(new Row());
    }
  }

  /**
   * The question this form describes.
   *
   * @throws Refusal naming the first thing wrong, as a bundle key with arguments
   */
  public Question build() throws Refusal {
    if (isBlank(name)) {
      throw new Refusal("bank.edit.nameRequired");
    }
    if (name.strip().length() > 255) {
      throw new Refusal("bank.edit.nameTooLong");
    }
    if (html ? RichText.isBlank(text) : isBlank(text)) {
      throw new Refusal("bank.edit.textRequired");
    }
    if (defaultMark == null || defaultMark.signum() < 0 || defaultMark.compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new Refusal("bank.edit.badMark");
    }
    TextFormat format = html ? TextFormat.HTML : otherFormat;
    QuestionHeader header =
        new QuestionHeader(name.strip(), rich(text), format, rich(generalFeedback), defaultMark);
    try {
      return switch (type) {
        case "single-choice" -> new SingleChoice(header, choices(true), shuffle);
        case "multiple-choice" -> new MultipleChoice(header, choices(false), shuffle);
        case "true-false" -> new TrueFalse(header, correctAnswer, rich(trueFeedback), rich(falseFeedback));
        case "short-answer" -> new ShortAnswer(header, accepted(), caseSensitive);
        case "numerical" -> new Numerical(header, numbers());
        case "matching" -> new Matching(header, pairs(), shuffle);
        case "essay" -> new Essay(header, rich(graderInfo), responseTemplate == null ? "" : responseTemplate);
        default -> new Description(header);
      };
    } catch (IllegalArgumentException e) {
      throw refusalFor(e);
    }
  }

  private List<Choice> choices(boolean single) throws Refusal {
    List<Choice> out = new ArrayList<>();
    int ids = nextId();
    boolean full = false;
    boolean positive = false;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (isBlank(r.text)) {
        continue;
      }
      BigDecimal w = weight(r, i);
      full |= w.compareTo(HUNDRED) == 0;
      positive |= w.signum() > 0;
      out.add(new Choice(r.id == null ? ids++ : r.id, rich(r.text), fraction(w), rich(r.feedback)));
    }
    if (out.size() < 2) {
      throw new Refusal("bank.edit.twoChoices");
    }
    if (single ? !full : !positive) {
      throw new Refusal(single ? "bank.edit.noFullChoice" : "bank.edit.noCorrectChoice");
    }
    return out;
  }

  private List<AcceptedAnswer> accepted() throws Refusal {
    List<AcceptedAnswer> out = new ArrayList<>();
    int ids = nextId();
    boolean positive = false;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (isBlank(r.text)) {
        continue;
      }
      BigDecimal w = weight(r, i);
      positive |= w.signum() > 0;
      out.add(new AcceptedAnswer(r.id == null ? ids++ : r.id, r.text.strip(), fraction(w), rich(r.feedback)));
    }
    if (out.isEmpty()) {
      throw new Refusal("bank.edit.oneAnswer");
    }
    if (!positive) {
      throw new Refusal("bank.edit.noCorrectAnswer");
    }
    return out;
  }

  private List<NumericAnswer> numbers() throws Refusal {
    List<NumericAnswer> out = new ArrayList<>();
    int ids = nextId();
    boolean number = false;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (isBlank(r.value)) {
        if (!isBlank(r.tolerance) || !isBlank(r.feedback)) {
          throw new Refusal("bank.edit.valueRequired", i + 1);
        }
        continue;
      }
      BigDecimal value = r.value.strip().equals("*") ? null : number(r.value, i);
      BigDecimal tolerance = isBlank(r.tolerance) ? BigDecimal.ZERO : number(r.tolerance, i);
      if (tolerance.signum() < 0) {
        throw new Refusal("bank.edit.badTolerance", i + 1);
      }
      number |= value != null;
      out.add(new NumericAnswer(r.id == null ? ids++ : r.id, value, tolerance, fraction(weight(r, i)), rich(r.feedback)));
    }
    if (!number) {
      throw new Refusal("bank.edit.oneNumber");
    }
    return out;
  }

  private List<MatchPair> pairs() throws Refusal {
    List<MatchPair> out = new ArrayList<>();
    int ids = nextId();
    int items = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (isBlank(r.item) && isBlank(r.text)) {
        continue;
      }
      if (isBlank(r.text)) {
        throw new Refusal("bank.edit.pairAnswer", i + 1);
      }
      items += isBlank(r.item) ? 0 : 1;
      out.add(new MatchPair(r.id == null ? ids++ : r.id, isBlank(r.item) ? "" : rich(r.item), r.text.strip()));
    }
    if (items < 2) {
      throw new Refusal("bank.edit.twoPairs");
    }
    return out;
  }

  /** A row's weight in percent, from -100 to 100. */
  private static BigDecimal weight(Row r, int index) throws Refusal {
    BigDecimal w = r.weight == null ? BigDecimal.ZERO : r.weight;
    if (w.compareTo(HUNDRED) > 0 || w.compareTo(HUNDRED.negate()) < 0) {
      throw new Refusal("bank.edit.badWeight", index + 1);
    }
    return w;
  }

  private static BigDecimal fraction(BigDecimal percent) {
    return percent.divide(HUNDRED, 7, java.math.RoundingMode.HALF_UP);
  }

  private static BigDecimal percent(BigDecimal fraction) {
    return Decimals.plain(fraction.multiply(HUNDRED));
  }

  private static BigDecimal number(String text, int index) throws Refusal {
    try {
      return new BigDecimal(text.strip().replaceAll("[\\s\\u00a0\\u2009\\u202f]", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new Refusal("bank.edit.notANumber", index + 1, text.strip());
    }
  }

  /** The next id for a new row: one more than any id the question already uses. */
  private int nextId() {
    return rows.stream().filter(r -> r.id != null).mapToInt(r -> r.id + 1).max().orElse(0);
  }

  /** Texts in the question's format: cleaned HTML when the format is HTML, as typed otherwise. */
  private String rich(String value) {
    if (value == null) {
      return "";
    }
    return html ? RichText.clean(value) : value;
  }

  private static Row row(int id) {
    Row r = new Row();
    r.id = id;
    return r;
  }

  private static Row choice(Choice c) {
    Row r = row(c.id());
    r.text = c.text();
    r.weight = percent(c.fraction());
    r.feedback = c.feedback();
    return r;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** The records' own refusals, in English, as the editor's bundle keys. */
  static Refusal refusalFor(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("needs a name")) {
      return new Refusal("bank.edit.nameRequired");
    } else if (m.contains("fraction must be between")) {
      return new Refusal("bank.edit.badWeight", "?");
    } else if (m.contains("at least two choices")) {
      return new Refusal("bank.edit.twoChoices");
    } else if (m.contains("accepted answer must not be blank") || m.contains("at least one answer")) {
      return new Refusal("bank.edit.oneAnswer");
    } else if (m.contains("at least one number")) {
      return new Refusal("bank.edit.oneNumber");
    } else if (m.contains("tolerance must not be negative")) {
      return new Refusal("bank.edit.badTolerance", "?");
    } else if (m.contains("two pairs") || m.contains("at least one item")) {
      return new Refusal("bank.edit.twoPairs");
    } else if (m.contains("pair needs an answer")) {
      return new Refusal("bank.edit.pairAnswer", "?");
    } else if (m.contains("defaultMark")) {
      return new Refusal("bank.edit.badMark");
    }
    return new Refusal("bank.badQuestion.detail", m);
  }

  // the form's fields
  public String getType() { return type; }
  public void setType(String type) { changeType(type); }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public boolean isHtml() { return html; }
  public void setHtml(boolean html) { this.html = html; }
  public String getGeneralFeedback() { return generalFeedback; }
  public void setGeneralFeedback(String generalFeedback) { this.generalFeedback = generalFeedback; }
  public BigDecimal getDefaultMark() { return defaultMark; }
  public void setDefaultMark(BigDecimal defaultMark) { this.defaultMark = defaultMark; }
  public boolean isShuffle() { return shuffle; }
  public void setShuffle(boolean shuffle) { this.shuffle = shuffle; }
  public boolean isCaseSensitive() { return caseSensitive; }
  public void setCaseSensitive(boolean caseSensitive) { this.caseSensitive = caseSensitive; }
  public boolean isCorrectAnswer() { return correctAnswer; }
  public void setCorrectAnswer(boolean correctAnswer) { this.correctAnswer = correctAnswer; }
  public String getTrueFeedback() { return trueFeedback; }
  public void setTrueFeedback(String trueFeedback) { this.trueFeedback = trueFeedback; }
  public String getFalseFeedback() { return falseFeedback; }
  public void setFalseFeedback(String falseFeedback) { this.falseFeedback = falseFeedback; }
  public String getGraderInfo() { return graderInfo; }
  public void setGraderInfo(String graderInfo) { this.graderInfo = graderInfo; }
  public String getResponseTemplate() { return responseTemplate; }
  public void setResponseTemplate(String responseTemplate) { this.responseTemplate = responseTemplate; }
  public List<Row> getRows() { return rows; }
}
