package ru.shibc.academy.assessment.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.shibc.academy.assessment.question.GradeAssertions.assertFraction;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrueFalseTest {

  private final TrueFalse question = SampleQuestions.trueFalse();

  @Test
  void rightVerdictEarnsAllWithTheFeedbackOfTheChosenAnswer() {
    Grade grade = question.grade(new TrueFalseResponse(true));
    assertFraction("1", grade);
    assertEquals(List.of("Верно: фонд смешанный."), grade.feedback());
  }

  @Test
  void wrongVerdictEarnsNothing() {
    Grade grade = question.grade(new TrueFalseResponse(false));
    assertFraction("0", grade);
    assertEquals(List.of("Электронные ресурсы тоже входят в фонд."), grade.feedback());
  }

  @Test
  void noVerdictEarnsNothing() {
    assertFraction("0", question.grade(new TrueFalseResponse(null)));
  }

  @Test
  void falseStatementIsRightWhenJudgedFalse() {
    TrueFalse falseStatement =
        new TrueFalse(
            SampleQuestions.header("Ложь", "ШИБЦ — это только книгохранилище."), false, "", "");
    assertFraction("1", falseStatement.grade(new TrueFalseResponse(false)));
    assertFraction("0", falseStatement.grade(new TrueFalseResponse(true)));
  }

  @Test
  void otherResponseTypesAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> question.grade(new ShortAnswerResponse("true")));
  }
}
