package ru.shibc.academy.assessment.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import ru.shibc.academy.assessment.question.TrueFalse;

/**
 * Turns one {@code <question>} element of Moodle XML into a question. Elements the platform has no
 * use for (penalty, hints, combined feedback, units, tags) are ignored.
 */
final class MoodleXmlQuestions {

  private MoodleXmlQuestions() {}

  /**
   * @throws UnreadableQuestionException for an unsupported type or a value that is not a number
   * @throws IllegalArgumentException when the question values are refused
   */
  static Question read(XmlElement question) {
    String type = question.attribute("type");
    return switch (type == null ? "" : type) {
      case "multichoice" -> choice(question);
      case "truefalse" -> trueFalse(question);
      case "shortanswer" -> shortAnswer(question);
      case "numerical" -> numerical(question);
      case "matching" -> matching(question);
      case "essay" ->
          new Essay(
              header(question, BigDecimal.ONE),
              question.textOf("graderinfo"),
              question.textOf("responsetemplate"));
      case "description" -> new Description(header(question, BigDecimal.ZERO));
      default ->
          throw new UnreadableQuestionException(
              ImportProblem.UNSUPPORTED_TYPE, "question type \"" + type + "\" is not supported");
    };
  }

  private static QuestionHeader header(XmlElement question, BigDecimal defaultMark) {
    XmlElement text = question.child("questiontext");
    String questionText = text == null ? "" : text.textChild();
    String name = question.textOf("name");
    return new QuestionHeader(
        name.isEmpty() ? GiftQuestionReader.defaultName(questionText) : name,
        questionText,
        MoodleTextFormats.fromXml(text == null ? null : text.attribute("format")),
        question.textOf("generalfeedback"),
        number(question.value("defaultgrade", defaultMark.toPlainString()), "defaultgrade"));
  }

  private static Question choice(XmlElement question) {
    List<Choice> choices = new ArrayList<>();
    for (XmlElement answer : question.all("answer")) {
      choices.add(
          new Choice(
              choices.size(), answer.textChild(), fraction(answer), answer.textOf("feedback")));
    }
    boolean shuffle = flag(question.value("shuffleanswers", "false"));
    QuestionHeader header = header(question, BigDecimal.ONE);
    return flag(question.value("single", "true"))
        ? new SingleChoice(header, choices, shuffle)
        : new MultipleChoice(header, choices, shuffle);
  }

  /**
   * Answers are told apart by their text, {@code true} or {@code false}; files from old Moodle
   * versions with translated texts are read as true first, then false, as Moodle does.
   */
  private static Question trueFalse(XmlElement question) {
    boolean correct = true;
    String trueFeedback = "";
    String falseFeedback = "";
    List<XmlElement> answers = question.all("answer");
    for (int i = 0; i < answers.size(); i++) {
      XmlElement answer = answers.get(i);
      String text = answer.textChild().toLowerCase(Locale.ROOT);
      boolean isTrue = text.equals("true") || !text.equals("false") && i == 0;
      boolean right = fraction(answer).compareTo(BigDecimal.ONE) == 0;
      if (isTrue) {
        trueFeedback = answer.textOf("feedback");
        correct = right;
      } else {
        falseFeedback = answer.textOf("feedback");
        correct = !right;
      }
    }
    if (answers.size() != 2) {
      throw new UnreadableQuestionException(
          ImportProblem.TOO_FEW_ANSWERS, "a true/false question has exactly two answers");
    }
    return new TrueFalse(header(question, BigDecimal.ONE), correct, trueFeedback, falseFeedback);
  }

  private static Question shortAnswer(XmlElement question) {
    List<AcceptedAnswer> answers = new ArrayList<>();
    for (XmlElement answer : question.all("answer")) {
      answers.add(
          new AcceptedAnswer(
              answers.size(), answer.textChild(), fraction(answer), answer.textOf("feedback")));
    }
    return new ShortAnswer(
        header(question, BigDecimal.ONE), answers, flag(question.value("usecase", "0")));
  }

  private static Question numerical(XmlElement question) {
    List<NumericAnswer> answers = new ArrayList<>();
    for (XmlElement answer : question.all("answer")) {
      String value = answer.textChild();
      answers.add(
          new NumericAnswer(
              answers.size(),
              value.isEmpty() || value.equals("*") ? null : number(value, "answer"),
              number(answer.value("tolerance", "0"), "tolerance"),
              fraction(answer),
              answer.textOf("feedback")));
    }
    return new Numerical(header(question, BigDecimal.ONE), answers);
  }

  /** Subquestions with neither item nor answer are left out, as Moodle leaves them out. */
  private static Question matching(XmlElement question) {
    List<MatchPair> pairs = new ArrayList<>();
    for (XmlElement subquestion : question.all("subquestion")) {
      String item = subquestion.textChild();
      String answer = subquestion.textOf("answer");
      if (!item.isEmpty() || !answer.isEmpty()) {
        pairs.add(new MatchPair(pairs.size(), item, answer));
      }
    }
    return new Matching(
        header(question, BigDecimal.ONE), pairs, flag(question.value("shuffleanswers", "true")));
  }

  /** The {@code fraction} attribute, a percentage in Moodle XML. */
  private static BigDecimal fraction(XmlElement answer) {
    String percent = answer.attribute("fraction");
    return percent == null ? BigDecimal.ZERO : number(percent, "fraction").movePointLeft(2);
  }

  private static BigDecimal number(String text, String what) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new UnreadableQuestionException(
          ImportProblem.NOT_A_NUMBER, what + " is not a number: \"" + text + "\"");
    }
  }

  /** Moodle writes flags as {@code true}/{@code false} or {@code 1}/{@code 0}. */
  private static boolean flag(String value) {
    String flag = value.strip().toLowerCase(Locale.ROOT);
    return flag.equals("true") || flag.equals("1");
  }
}
