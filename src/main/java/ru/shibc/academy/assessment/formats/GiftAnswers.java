package ru.shibc.academy.assessment.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.shibc.academy.assessment.question.AcceptedAnswer;
import ru.shibc.academy.assessment.question.Choice;
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
 * The answer blocks of GIFT's question types. Texts arrive with escapes protected; every piece is
 * cut first and restored last ({@link GiftText#clean(String)}).
 */
final class GiftAnswers {

  private GiftAnswers() {}

  /**
   * {@code =right ~wrong ~%50%half ~%-100%penalised #feedback}: single choice when an answer is
   * marked {@code =}, multiple choice otherwise.
   */
  static Question choice(QuestionHeader header, String answers) {
    boolean single = answers.indexOf('=') >= 0;
    List<String> pieces = GiftQuestionReader.split(answers.replace("=", "~="), '~');
    if (pieces.size() < 2) {
      throw tooFew("a choice question needs at least two answers");
    }
    List<Choice> choices = new ArrayList<>();
    for (String piece : pieces) {
      String answer = piece.strip();
      BigDecimal fraction = BigDecimal.ZERO;
      if (answer.startsWith("=")) {
        answer = answer.substring(1).strip();
        fraction = BigDecimal.ONE;
      }
      BigDecimal weight = GiftQuestionReader.weight(answer);
      if (weight != null) {
        fraction = weight;
        answer = GiftQuestionReader.withoutWeight(answer);
      }
      String[] parts = answer.split("#", 2);
      choices.add(new Choice(choices.size(), GiftText.clean(parts[0]), fraction, feedback(parts)));
    }
    if (choices.stream().noneMatch(c -> c.fraction().signum() > 0)) {
      throw new UnreadableQuestionException(
          ImportProblem.NO_CORRECT_ANSWER, "mark the right answer with = or a positive weight");
    }
    return single
        ? new SingleChoice(header, choices, true)
        : new MultipleChoice(header, choices, true);
  }

  /** {@code {T}}, {@code {FALSE#feedback when wrong#feedback when right}}. */
  static Question trueFalse(QuestionHeader header, String answers, boolean correct) {
    String[] parts = answers.split("#", 3);
    String wrong = parts.length > 1 ? GiftText.clean(parts[1]) : "";
    String right = parts.length > 2 ? GiftText.clean(parts[2]) : "";
    return correct
        ? new TrueFalse(header, true, right, wrong)
        : new TrueFalse(header, false, wrong, right);
  }

  /** {@code =answer =%50%half-right answer#feedback}. */
  static Question shortAnswer(QuestionHeader header, String answers) {
    List<AcceptedAnswer> accepted = new ArrayList<>();
    for (String piece : GiftQuestionReader.split(answers, '=')) {
      String answer = piece.strip();
      BigDecimal weight = GiftQuestionReader.weight(answer);
      answer = GiftQuestionReader.withoutWeight(answer);
      String[] parts = answer.split("#", 2);
      accepted.add(
          new AcceptedAnswer(
              accepted.size(),
              GiftText.clean(parts[0]),
              weight == null ? BigDecimal.ONE : weight,
              feedback(parts)));
    }
    if (accepted.isEmpty()) {
      throw tooFew("a short answer question needs an answer");
    }
    return new ShortAnswer(header, accepted, false);
  }

  /**
   * After the {@code #}: {@code 1822}, {@code 3.1415:0.0005}, {@code 1..5}, or several {@code
   * =%50%1822:2#feedback} answers, optionally followed by {@code ~#feedback for other numbers}.
   */
  static Question numerical(QuestionHeader header, String answers) {
    String otherFeedback = null;
    int tilde = answers.indexOf('~');
    if (tilde >= 0) {
      String[] parts = answers.substring(tilde).split("#", 2);
      otherFeedback = feedback(parts);
      answers = answers.substring(0, tilde);
    }
    List<NumericAnswer> numeric = new ArrayList<>();
    for (String piece : GiftQuestionReader.split(answers, '=')) {
      String answer = piece.strip();
      if (answer.isEmpty()) {
        continue;
      }
      BigDecimal weight = GiftQuestionReader.weight(answer);
      BigDecimal fraction = weight == null ? BigDecimal.ONE : weight;
      String[] parts = GiftQuestionReader.withoutWeight(answer).split("#", 2);
      numeric.add(number(numeric.size(), GiftText.clean(parts[0]), fraction, feedback(parts)));
    }
    if (numeric.isEmpty()) {
      throw tooFew("a numerical question needs a number");
    }
    if (otherFeedback != null) {
      numeric.add(new NumericAnswer(numeric.size(), null, null, BigDecimal.ZERO, otherFeedback));
    }
    return new Numerical(header, numeric);
  }

  /** {@code =item -> answer}, an empty item giving an extra answer. */
  static Question matching(QuestionHeader header, String answers) {
    List<MatchPair> pairs = new ArrayList<>();
    for (String piece : GiftQuestionReader.split(answers, '=')) {
      int arrow = piece.indexOf("->");
      if (arrow < 0) {
        throw new UnreadableQuestionException(
            ImportProblem.MATCHING_WITHOUT_ARROW, "no -> in the pair \"" + piece.strip() + "\"");
      }
      pairs.add(
          new MatchPair(
              pairs.size(),
              GiftText.clean(piece.substring(0, arrow)),
              GiftText.clean(piece.substring(arrow + 2))));
    }
    if (pairs.size() < 2) {
      throw tooFew("a matching question needs at least two pairs");
    }
    return new Matching(header, pairs, true);
  }

  private static NumericAnswer number(int id, String text, BigDecimal fraction, String feedback) {
    int range = text.indexOf("..");
    int colon = text.indexOf(':');
    if (range > 0) {
      return NumericAnswer.range(
          id,
          decimal(text.substring(0, range)),
          decimal(text.substring(range + 2)),
          fraction,
          feedback);
    } else if (colon > 0) {
      return new NumericAnswer(
          id,
          decimal(text.substring(0, colon)),
          decimal(text.substring(colon + 1)),
          fraction,
          feedback);
    }
    return new NumericAnswer(id, decimal(text), BigDecimal.ZERO, fraction, feedback);
  }

  private static BigDecimal decimal(String text) {
    String number = text.strip().replace(',', '.');
    try {
      return new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    } catch (NumberFormatException e) {
      throw new UnreadableQuestionException(
          ImportProblem.NOT_A_NUMBER, "not a number: \"" + text.strip() + "\"");
    }
  }

  private static String feedback(String[] parts) {
    return parts.length > 1 ? GiftText.clean(parts[1]) : "";
  }

  private static UnreadableQuestionException tooFew(String detail) {
    return new UnreadableQuestionException(ImportProblem.TOO_FEW_ANSWERS, detail);
  }
}
