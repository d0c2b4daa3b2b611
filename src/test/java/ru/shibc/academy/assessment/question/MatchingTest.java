package ru.shibc.academy.assessment.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.shibc.academy.assessment.question.GradeAssertions.assertFraction;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingTest {

  private final Matching question = SampleQuestions.matching();

  @Test
  void allPairsRightEarnsAll() {
    assertFraction("1", question.grade(new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2))));
  }

  @Test
  void gradeIsTheShareOfItemsMatchedRight() {
    assertFraction("0.6666667", question.grade(new MatchingResponse(Map.of(0, 0, 1, 1, 2, 3))));
    assertFraction("0.3333333", question.grade(new MatchingResponse(Map.of(0, 0, 1, 2, 2, 1))));
    assertFraction("0.3333333", question.grade(new MatchingResponse(Map.of(2, 2))));
    assertFraction("0", question.grade(new MatchingResponse(Map.of())));
  }

  @Test
  void distractorsAreNotItems() {
    assertEquals(3, question.items().size());
  }

  @Test
  void itemsWithTheSameAnswerTextAcceptEitherPairsAnswer() {
    Matching genres =
        new Matching(
            SampleQuestions.header("Жанры", "Сопоставьте произведение и жанр"),
            List.of(
                new MatchPair(0, "«Капитанская дочка»", "повесть"),
                new MatchPair(1, "«Шинель»", "повесть"),
                new MatchPair(2, "«Евгений Онегин»", "роман в стихах")),
            true);
    assertFraction("1", genres.grade(new MatchingResponse(Map.of(0, 1, 1, 0, 2, 2))));
  }

  @Test
  void unknownIdsAndDistractorItemsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> question.grade(new MatchingResponse(Map.of(9, 0))));
    assertThrows(
        IllegalArgumentException.class, () -> question.grade(new MatchingResponse(Map.of(0, 9))));
    assertThrows(
        IllegalArgumentException.class, () -> question.grade(new MatchingResponse(Map.of(3, 3))));
  }

  @Test
  void needsTwoPairsAndAnItem() {
    QuestionHeader header = SampleQuestions.header("Мало", "?");
    assertThrows(
        IllegalArgumentException.class,
        () -> new Matching(header, List.of(new MatchPair(0, "а", "б")), true));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Matching(
                header, List.of(new MatchPair(0, "", "б"), new MatchPair(1, "", "в")), true));
    assertThrows(IllegalArgumentException.class, () -> new MatchPair(0, "а", " "));
  }
}
