package ru.shibc.academy.assessment.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.assessment.question.GradeAssertions.assertFraction;
import static ru.shibc.academy.assessment.question.SampleQuestions.d;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceQuestionTest {

  private final SingleChoice single = SampleQuestions.singleChoice();
  private final MultipleChoice multiple = SampleQuestions.multipleChoice();

  @Test
  void singleChoiceEarnsThePickedChoicesFractionWithItsFeedbackThenTheGeneralFeedback() {
    Grade grade = single.grade(new SingleChoiceResponse(0));
    assertFraction("1", grade);
    assertTrue(grade.isCorrect());
    assertEquals(
        List.of("Верно.", "ШИБЦ — школьный информационно-библиотечный центр."), grade.feedback());
    assertFraction("0.5", single.grade(new SingleChoiceResponse(1)));
  }

  @Test
  void singleChoiceWithNegativeFractionGradesAsZero() {
    assertFraction("0", single.grade(new SingleChoiceResponse(3)));
  }

  @Test
  void singleChoiceWithoutAPickGradesAsZeroAndShowsOnlyGeneralFeedback() {
    Grade grade = single.grade(new SingleChoiceResponse(null));
    assertFraction("0", grade);
    assertEquals(List.of("ШИБЦ — школьный информационно-библиотечный центр."), grade.feedback());
  }

  @Test
  void unknownChoiceIdIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> single.grade(new SingleChoiceResponse(9)));
    assertThrows(
        IllegalArgumentException.class, () -> multiple.grade(MultipleChoiceResponse.of(0, 7)));
  }

  @Test
  void responseOfAnotherTypeIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> single.grade(MultipleChoiceResponse.of(0)));
    assertEquals(
        "a single-choice question cannot grade a multiple-choice response", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> single.grade(null));
  }

  @Test
  void multipleChoiceAddsTheTickedFractions() {
    assertFraction("1", multiple.grade(MultipleChoiceResponse.of(0, 1)));
    assertFraction("0.5", multiple.grade(MultipleChoiceResponse.of(1)));
  }

  @Test
  void negativeWeightsTakeCreditAwayButNeverBelowZero() {
    assertFraction("0.5", multiple.grade(MultipleChoiceResponse.of(0, 1, 3)));
    assertFraction("0", multiple.grade(MultipleChoiceResponse.of(0, 1, 2, 3)));
    assertFraction("0", multiple.grade(MultipleChoiceResponse.of(2)));
  }

  @Test
  void sumAboveOneIsClamped() {
    MultipleChoice generous =
        new MultipleChoice(
            SampleQuestions.header("Щедрый", "Отметьте формы работы с читателями"),
            List.of(
                new Choice(0, "Громкие чтения", d("0.7"), ""),
                new Choice(1, "Буккроссинг", d("0.7"), "")),
            true);
    assertFraction("1", generous.grade(MultipleChoiceResponse.of(0, 1)));
  }

  @Test
  void fractionsWithManyDecimalsAreKeptToSevenLikeMoodle() {
    MultipleChoice thirds =
        new MultipleChoice(
            SampleQuestions.header("Трети", "Отметьте три жанра"),
            List.of(
                new Choice(0, "Сказка", d("0.3333333"), ""),
                new Choice(1, "Повесть", d("0.3333333"), ""),
                new Choice(2, "Роман", d("0.3333333"), ""),
                new Choice(3, "Каталог", d("-1"), "")),
            true);
    assertFraction("0.9999999", thirds.grade(MultipleChoiceResponse.of(0, 1, 2)));
  }

  @Test
  void noTickGradesAsZeroWithGeneralFeedbackOnly() {
    Grade grade = multiple.grade(new MultipleChoiceResponse(null));
    assertFraction("0", grade);
    assertEquals(List.of(), grade.feedback());
  }

  @Test
  void feedbackOfEveryTickedChoiceIsShown() {
    assertEquals(
        List.of("Да, для чтения.", "Да, для проектов."),
        multiple.grade(MultipleChoiceResponse.of(1, 0)).feedback());
  }

  @Test
  void choicesNeedDistinctIdsAndAtLeastTwoAndSaneWeights() {
    QuestionHeader header = SampleQuestions.header("Плохой", "?");
    assertThrows(
        IllegalArgumentException.class,
        () -> new SingleChoice(header, List.of(new Choice(0, "да", d("1"), "")), true));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SingleChoice(
                header,
                List.of(new Choice(0, "да", d("1"), ""), new Choice(0, "нет", d("0"), "")),
                true));
    assertThrows(IllegalArgumentException.class, () -> new Choice(0, "да", d("1.5"), ""));
    assertThrows(IllegalArgumentException.class, () -> new Choice(0, "да", d("-1.01"), ""));
  }
}
