package ru.shibc.academy.assessment.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EssayAndDescriptionTest {

  @Test
  void essayAlwaysWaitsForAGrader() {
    Essay essay = SampleQuestions.essay();
    Grade grade = essay.grade(new EssayResponse("<p>Цель: вовлечь пятиклассников в чтение.</p>"));
    assertTrue(grade.needsManualGrading());
    assertNull(grade.fraction());
    assertNull(grade.points(BigDecimal.TEN));
    assertFalse(grade.isCorrect());
    assertTrue(essay.grade(new EssayResponse(null)).needsManualGrading());
  }

  @Test
  void essayRefusesOtherResponses() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SampleQuestions.essay().grade(new ShortAnswerResponse("текст")));
  }

  @Test
  void descriptionTakesNoResponse() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SampleQuestions.description().grade(new EssayResponse("")));
  }

  @Test
  void pointsAreTheFractionOfTheMark() {
    Grade grade = SampleQuestions.singleChoice().grade(new SingleChoiceResponse(1));
    assertEquals(new BigDecimal("1.0000000"), grade.points(new BigDecimal("2")));
  }

  @Test
  void gradesRefuseFractionsOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> new Grade(new BigDecimal("1.1"), List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new Grade(new BigDecimal("-0.1"), List.of()));
  }

  @Test
  void headerNeedsANameAndAPositiveMark() {
    assertThrows(
        IllegalArgumentException.class, () -> QuestionHeader.of(" ", "текст", TextFormat.HTML));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            QuestionHeader.of("Имя", "текст", TextFormat.HTML)
                .withDefaultMark(new BigDecimal("-1")));
  }
}
