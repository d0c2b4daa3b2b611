package ru.shibc.academy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.assessment.question.Essay;
import ru.shibc.academy.assessment.question.QuestionHeader;
import ru.shibc.academy.assessment.question.TextFormat;
import ru.shibc.academy.assessment.question.TrueFalse;
import ru.shibc.academy.platform.api.AcademyException;

class AttemptDomainTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void gradingMethodsPickTheirAttempt() {
    List<BigDecimal> percents = List.of(d("40"), d("90"), d("70"));
    assertEquals(d("90"), GradingMethod.HIGHEST.of(percents));
    assertEquals(d("70"), GradingMethod.LAST.of(percents));
    assertEquals(d("66.67"), GradingMethod.AVERAGE.of(percents));
    assertNull(GradingMethod.AVERAGE.of(List.of()));
  }

  @Test
  void aLayoutSurvivesItsJson() {
    AttemptLayout layout =
        new AttemptLayout(
            List.of(
                new AttemptLayout.Entry(1, 17, d("2.00"), List.of(2, 0, 1)),
                new AttemptLayout.Entry(2, 5, d("1.50"), List.of())));
    AttemptLayout back = AttemptLayout.fromJson(layout.toJson());
    assertEquals(layout.entries().size(), back.entries().size());
    assertEquals(List.of(2, 0, 1), back.slot(1).order());
    assertEquals(0, d("3.5").compareTo(back.maxScore()));
    assertNull(back.slot(3));
    assertNull(back.slot(0));
  }

  @Test
  void reviewOptionsAreOrdered() {
    assertTrue(ReviewOption.FEEDBACK.shows(ReviewOption.RESPONSES));
    assertTrue(ReviewOption.RESPONSES.shows(ReviewOption.SCORE));
    assertTrue(!ReviewOption.SCORE.shows(ReviewOption.RESPONSES));
  }

  @Test
  void automaticGradingLeavesEssaysToAGraderAndScoresNoAnswerAsZero() {
    QuestionHeader header = new QuestionHeader("Цикл", "Раз в три года?", TextFormat.PLAIN, "", BigDecimal.ONE);
    TrueFalse tf = new TrueFalse(header, true, "", "");
    assertEquals(0, BigDecimal.ZERO.compareTo(AttemptGrading.automatic(tf, null)));
    assertEquals(0, BigDecimal.ONE.compareTo(AttemptGrading.automatic(tf, "{\"type\":\"true-false\",\"value\":true}")));
    assertNull(AttemptGrading.automatic(new Essay(header, "", ""), "{\"type\":\"essay\",\"text\":\"…\"}"));
  }

  @Test
  void aResponseOfAnotherTypeIsRefusedBeforeItIsStored() {
    QuestionHeader header = new QuestionHeader("Цикл", "Раз в три года?", TextFormat.PLAIN, "", BigDecimal.ONE);
    TrueFalse tf = new TrueFalse(header, true, "", "");
    assertThrows(AcademyException.class, () -> AttemptAnswers.checked(tf, "{\"type\":\"essay\",\"text\":\"да\"}"));
    assertThrows(AcademyException.class, () -> AttemptAnswers.checked(tf, "{not json"));
    assertEquals("{\"type\":\"true-false\",\"value\":false}", AttemptAnswers.checked(tf, "{\"type\":\"true-false\",\"value\":false}"));
  }
}
