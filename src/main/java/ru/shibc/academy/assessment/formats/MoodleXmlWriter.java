package ru.shibc.academy.assessment.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.assessment.question.AcceptedAnswer;
import ru.shibc.academy.assessment.question.CategorisedQuestion;
import ru.shibc.academy.assessment.question.Category;
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
 * Writes questions as Moodle XML that Moodle's own import reads. Questions are grouped by category
 * in the order categories first appear, each group led by its {@code type="category"} question;
 * questions without a category come first, before any category switch, so that Moodle puts them in
 * the category chosen on its import page.
 */
public final class MoodleXmlWriter {

  /** Writes UTF-8 XML to {@code out}, which is flushed but left open. */
  public void write(List<CategorisedQuestion> questions, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      writer.write(toXml(questions));
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String toXml(List<CategorisedQuestion> questions) {
    Map<Category, List<Question>> groups = new LinkedHashMap<>();
    groups.put(Category.NONE, new ArrayList<>());
    for (CategorisedQuestion entry : questions) {
      groups.computeIfAbsent(entry.category(), c -> new ArrayList<>()).add(entry.question());
    }
    XmlOut xml = new XmlOut();
    xml.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    xml.open("quiz");
    groups.forEach(
        (category, group) -> {
          if (!category.isNone()) {
            xml.open("question", "type", "category");
            xml.open("category");
            xml.leaf("text", category.path());
            xml.close("category");
            xml.close("question");
          }
          group.forEach(question -> question(xml, question));
        });
    xml.close("quiz");
    return xml.toString();
  }

  private static void question(XmlOut xml, Question question) {
    xml.open("question", "type", moodleType(question));
    header(xml, question.header());
    if (question instanceof SingleChoice q) {
      choices(xml, "true", q.shuffle(), q.choices(), q.header());
    } else if (question instanceof MultipleChoice q) {
      choices(xml, "false", q.shuffle(), q.choices(), q.header());
    } else if (question instanceof TrueFalse q) {
      answer(
          xml,
          q.correctAnswer() ? BigDecimal.ONE : BigDecimal.ZERO,
          "true",
          q.trueFeedback(),
          q.header());
      xml.close("answer");
      answer(
          xml,
          q.correctAnswer() ? BigDecimal.ZERO : BigDecimal.ONE,
          "false",
          q.falseFeedback(),
          q.header());
      xml.close("answer");
    } else if (question instanceof ShortAnswer q) {
      xml.leaf("usecase", q.caseSensitive() ? "1" : "0");
      for (AcceptedAnswer a : q.answers()) {
        answer(xml, a.fraction(), a.text(), a.feedback(), q.header());
        xml.close("answer");
      }
    } else if (question instanceof Numerical q) {
      for (NumericAnswer a : q.answers()) {
        answer(
            xml,
            a.fraction(),
            a.isAnyOther() ? "*" : a.value().toPlainString(),
            a.feedback(),
            q.header());
        xml.leaf("tolerance", a.tolerance().toPlainString());
        xml.close("answer");
      }
      xml.leaf("unitgradingtype", "0");
      xml.leaf("unitpenalty", "0.1000000");
      xml.leaf("showunits", "3");
      xml.leaf("unitsleft", "0");
    } else if (question instanceof Matching q) {
      xml.leaf("shuffleanswers", q.shuffle() ? "true" : "false");
      for (MatchPair pair : q.pairs()) {
        xml.open("subquestion", "format", format(q.header()));
        xml.leaf("text", pair.item());
        xml.open("answer");
        xml.leaf("text", pair.answer());
        xml.close("answer");
        xml.close("subquestion");
      }
    } else if (question instanceof Essay q) {
      xml.leaf("responseformat", "editor");
      xml.leaf("responserequired", "1");
      xml.leaf("responsefieldlines", "15");
      xml.leaf("attachments", "0");
      xml.leaf("attachmentsrequired", "0");
      text(xml, "graderinfo", q.graderInfo(), q.header());
      text(xml, "responsetemplate", q.responseTemplate(), q.header());
    }
    xml.close("question");
  }

  private static void header(XmlOut xml, QuestionHeader header) {
    xml.open("name");
    xml.leaf("text", header.name());
    xml.close("name");
    text(xml, "questiontext", header.text(), header);
    text(xml, "generalfeedback", header.generalFeedback(), header);
    xml.leaf("defaultgrade", header.defaultMark().toPlainString());
    xml.leaf("penalty", "0.3333333");
    xml.leaf("hidden", "0");
  }

  private static void choices(
      XmlOut xml, String single, boolean shuffle, List<Choice> choices, QuestionHeader header) {
    xml.leaf("single", single);
    xml.leaf("shuffleanswers", shuffle ? "true" : "false");
    xml.leaf("answernumbering", "abc");
    for (Choice choice : choices) {
      answer(xml, choice.fraction(), choice.text(), choice.feedback(), header);
      xml.close("answer");
    }
  }

  /** Opens an answer and writes its text and feedback; the caller adds more and closes it. */
  private static void answer(
      XmlOut xml, BigDecimal fraction, String text, String feedback, QuestionHeader header) {
    String percent = fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    xml.open("answer", "fraction", percent, "format", format(header));
    xml.leaf("text", text);
    text(xml, "feedback", feedback, header);
  }

  private static void text(XmlOut xml, String element, String text, QuestionHeader header) {
    xml.open(element, "format", format(header));
    xml.leaf("text", text);
    xml.close(element);
  }

  private static String format(QuestionHeader header) {
    return MoodleTextFormats.toXml(header.format());
  }

  private static String moodleType(Question question) {
    if (question instanceof SingleChoice || question instanceof MultipleChoice) {
      return "multichoice";
    } else if (question instanceof TrueFalse) {
      return "truefalse";
    } else if (question instanceof ShortAnswer) {
      return "shortanswer";
    } else if (question instanceof Numerical) {
      return "numerical";
    } else if (question instanceof Matching) {
      return "matching";
    } else if (question instanceof Essay) {
      return "essay";
    } else if (question instanceof Description) {
      return "description";
    }
    throw new IllegalArgumentException("no Moodle type for " + question.type());
  }
}
