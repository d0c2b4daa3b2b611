package ru.shibc.academy.assessment.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.shibc.academy.assessment.question.GradeAssertions.assertFraction;
import static ru.shibc.academy.assessment.question.SampleQuestions.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericalTest {

  private final Numerical question = SampleQuestions.numerical();

  @ParameterizedTest
  @CsvSource({
    "100, 1",
    "100.0, 1",
    "'100,0', 1",
    "99.9, 0.5",
    "95, 0.5",
    "90, 0.5",
    "89.99, 0",
    "90.0, 0.5",
    "105, 0",
    "100.0000001, 0",
    "' +100 ', 1"
  })
  void toleranceEndsAreIncluded(String typed, String fraction) {
    assertFraction(fraction, question.grade(new NumericalResponse(typed)));
  }

  @Test
  void firstAcceptingAnswerDecidesAndCatchAllGivesFeedback() {
    assertEquals(List.of("Близко."), question.grade(new NumericalResponse("97")).feedback());
    assertEquals(List.of("Норма — 100 %."), question.grade(new NumericalResponse("50")).feedback());
  }

  @Test
  void textThatIsNotANumberOrEmptyEarnsNothing() {
    assertFraction("0", question.grade(new NumericalResponse("сто")));
    assertFraction("0", question.grade(new NumericalResponse("")));
    assertFraction("0", question.grade(new NumericalResponse("1..2")));
    assertEquals(List.of(), question.grade(new NumericalResponse("сто")).feedback());
  }

  @Test
  void spacesBetweenDigitGroupsAndExponentsAreRead() {
    Numerical fund =
        new Numerical(
            SampleQuestions.header("Фонд", "Сколько экземпляров в фонде?"),
            List.of(new NumericAnswer(0, d("12500"), d("0"), d("1"), "")));
    assertFraction("1", fund.grade(new NumericalResponse("12 500")));
    assertFraction("1", fund.grade(new NumericalResponse("12\u00a0500")));
    assertFraction("1", fund.grade(new NumericalResponse("1.25e4")));
  }

  @Test
  void rangeBecomesMiddleAndTolerance() {
    NumericAnswer range = NumericAnswer.range(0, d("1"), d("4"), d("1"), "");
    assertEquals(d("2.5"), range.value());
    assertEquals(d("1.5"), range.tolerance());
    Numerical hours =
        new Numerical(SampleQuestions.header("Часы", "Сколько часов?"), List.of(range));
    assertFraction("1", hours.grade(new NumericalResponse("1")));
    assertFraction("1", hours.grade(new NumericalResponse("4")));
    assertFraction("0", hours.grade(new NumericalResponse("4.01")));
    assertFraction("0", hours.grade(new NumericalResponse("0.99")));
  }

  @Test
  void negativeRangesWork() {
    NumericAnswer range = NumericAnswer.range(0, d("-5"), d("-1"), d("1"), "");
    assertEquals(d("-3"), range.value());
    assertEquals(d("2"), range.tolerance());
  }

  @Test
  void valuesAreKeptInShortestForm() {
    NumericAnswer answer = new NumericAnswer(0, d("2.50"), d("0.100"), d("1"), "");
    assertEquals(new NumericAnswer(0, d("2.5"), d("0.1"), d("1.0"), ""), answer);
    assertEquals("100", new NumericAnswer(0, d("1E+2"), null, d("1"), "").value().toPlainString());
  }

  @Test
  void refusesNegativeToleranceBackwardRangeAndOnlyCatchAll() {
    assertThrows(
        IllegalArgumentException.class, () -> new NumericAnswer(0, d("1"), d("-1"), d("1"), ""));
    assertThrows(
        IllegalArgumentException.class, () -> NumericAnswer.range(0, d("5"), d("1"), d("1"), ""));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Numerical(
                SampleQuestions.header("Пусто", "?"),
                List.of(new NumericAnswer(0, null, null, d("0"), "любой"))));
  }
}
