package ru.shibc.academy.assessment.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.shibc.academy.assessment.question.Description;
import ru.shibc.academy.assessment.question.Essay;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionHeader;
import ru.shibc.academy.assessment.question.TextFormat;

/**
 * Reads one GIFT question (a block of lines between blank lines, comments removed, escapes
 * protected by {@link GiftText#protect(String)}).
 *
 * <p>The type is told from the answer block as Moodle tells it: empty is an essay, {@code #} first
 * is numerical, any {@code ~} is a choice question (single when one answer is marked {@code =}),
 * {@code =} with {@code ->} is matching, {@code T}, {@code TRUE}, {@code F} or {@code FALSE} is
 * true/false, anything else is short answer. Text without an answer block is a {@link Description}.
 * Unlike Moodle, true/false keywords are recognised in any letter case.
 */
final class GiftQuestionReader {

  /** What a question's text shows where the answers stood in the middle of a sentence. */
  static final String BLANK = "_____";

  private static final int NAME_LENGTH = 80;
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private GiftQuestionReader() {}

  static Question read(String block) {
    String text = block.strip();
    String name = null;
    if (text.startsWith("::")) {
      int end = text.indexOf("::", 2);
      if (end < 0) {
        throw new UnreadableQuestionException(
            ImportProblem.UNCLOSED_NAME, "the name opened with :: is not closed");
      }
      name = GiftText.restore(text.substring(2, end)).strip();
      text = text.substring(end + 2).strip();
    }
    if (text.isEmpty()) {
      throw new UnreadableQuestionException(
          ImportProblem.EMPTY_QUESTION, "the question has no text");
    }
    int open = text.indexOf('{');
    int close = text.indexOf('}');
    if (open < 0 && close < 0) {
      return new Description(header(name, text, "").withDefaultMark(BigDecimal.ZERO));
    }
    if (open < 0 || close < open) {
      throw new UnreadableQuestionException(
          ImportProblem.UNBALANCED_BRACES, "an answer block needs both { and }, in that order");
    }
    String after = text.substring(close + 1);
    if (after.indexOf('{') >= 0
        || after.indexOf('}') >= 0
        || text.substring(open + 1, close).indexOf('{') >= 0) {
      throw new UnreadableQuestionException(
          ImportProblem.SEVERAL_ANSWER_BLOCKS,
          "a question has one answer block; write a literal brace as \\{ or \\}");
    }
    String questionText =
        after.isBlank() ? text.substring(0, open) : text.substring(0, open) + BLANK + after;
    String answers = text.substring(open + 1, close).strip();
    String generalFeedback = "";
    int separator = answers.lastIndexOf("####");
    if (separator >= 0) {
      generalFeedback = answers.substring(separator + 4);
      answers = answers.substring(0, separator).strip();
    }
    QuestionHeader header = header(name, questionText, generalFeedback);
    if (answers.isEmpty()) {
      return new Essay(header, "", "");
    } else if (answers.startsWith("#")) {
      return GiftAnswers.numerical(header, answers.substring(1));
    } else if (answers.indexOf('~') >= 0) {
      return GiftAnswers.choice(header, answers);
    } else if (answers.indexOf('=') >= 0 && answers.contains("->")) {
      return GiftAnswers.matching(header, answers);
    }
    String verdict = answers.split("#", 2)[0].strip().toUpperCase(Locale.ROOT);
    if (List.of("T", "TRUE", "F", "FALSE").contains(verdict)) {
      return GiftAnswers.trueFalse(header, answers, verdict.startsWith("T"));
    }
    return GiftAnswers.shortAnswer(header, answers);
  }

  private static QuestionHeader header(String name, String text, String generalFeedback) {
    TextFormat prefixed = GiftText.prefixFormat(text);
    TextFormat format = prefixed == null ? TextFormat.MOODLE : prefixed;
    String questionText = GiftText.clean(text);
    String questionName = name == null || name.isEmpty() ? defaultName(questionText) : name;
    return new QuestionHeader(
        questionName, questionText, format, GiftText.clean(generalFeedback), BigDecimal.ONE);
  }

  /** Moodle's habit: a question without a name is named by the start of its text. */
  static String defaultName(String text) {
    String plain = SPACES.matcher(TAGS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    if (plain.length() <= NAME_LENGTH) {
      return plain.isEmpty() ? "?" : plain;
    }
    String cut = plain.substring(0, NAME_LENGTH);
    int space = cut.lastIndexOf(' ');
    return (space > NAME_LENGTH / 2 ? cut.substring(0, space) : cut) + "…";
  }

  /** Splits an answer list on a marker, dropping the empty piece before the first marker. */
  static List<String> split(String answers, char marker) {
    List<String> pieces =
        new ArrayList<>(List.of(answers.split(Pattern.quote(String.valueOf(marker)), -1)));
    if (!pieces.isEmpty() && pieces.get(0).isBlank()) {
      pieces.remove(0);
    }
    return pieces;
  }

  /** A weight such as %50% or %-33.3% at the start of an answer; null when there is none. */
  static BigDecimal weight(String answer) {
    if (!answer.startsWith("%")) {
      return null;
    }
    Matcher matcher = Pattern.compile("^%\\s*(-?[0-9]+(?:[.,][0-9]+)?)\\s*%").matcher(answer);
    if (!matcher.find()) {
      throw new UnreadableQuestionException(
          ImportProblem.INVALID_WEIGHT, "not a weight: " + answer);
    }
    BigDecimal percent = new BigDecimal(matcher.group(1).replace(',', '.'));
    if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new UnreadableQuestionException(
          ImportProblem.INVALID_WEIGHT, "a weight lies between -100% and 100%: " + percent + "%");
    }
    return percent.movePointLeft(2);
  }

  /** The answer without its weight. */
  static String withoutWeight(String answer) {
    return weight(answer) == null ? answer : answer.substring(answer.indexOf('%', 1) + 1);
  }
}
