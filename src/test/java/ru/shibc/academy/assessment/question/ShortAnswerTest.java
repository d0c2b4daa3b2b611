package ru.shibc.academy.assessment.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.shibc.academy.assessment.question.GradeAssertions.assertFraction;
import static ru.shibc.academy.assessment.question.SampleQuestions.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortAnswerTest {

  private final ShortAnswer question = SampleQuestions.shortAnswer();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "библиотечный каталог",
        "Библиотечный Каталог",
        "  библиотечный   каталог ",
        "БИБЛИОТЕЧНЫЙ\tкаталог\n"
      })
  void caseAndSpacesDoNotMatterByDefault(String typed) {
    assertFraction("1", question.grade(new ShortAnswerResponse(typed)));
  }

  @Test
  void firstMatchingAnswerInTheAuthorsOrderDecides() {
    Grade grade = question.grade(new ShortAnswerResponse("Каталог"));
    assertFraction("0.8", grade);
    assertEquals(List.of("Точнее: библиотечный каталог."), grade.feedback());
  }

  @Test
  void wildcardMatchesAnyText() {
    assertFraction("0.3", question.grade(new ShortAnswerResponse("алфавитная картотека")));
    assertFraction("0.3", question.grade(new ShortAnswerResponse("картотека")));
  }

  @Test
  void noMatchAndEmptyAnswersEarnNothing() {
    assertFraction("0", question.grade(new ShortAnswerResponse("формуляр")));
    Grade empty = question.grade(new ShortAnswerResponse("   "));
    assertFraction("0", empty);
    assertEquals(List.of(), empty.feedback());
    assertFraction("0", question.grade(new ShortAnswerResponse(null)));
  }

  @Test
  void caseSensitiveQuestionTellsCapitalsApart() {
    ShortAnswer abbreviation =
        new ShortAnswer(
            SampleQuestions.header(
                "ББК", "Как сокращают Библиотечно-библиографическую классификацию?"),
            List.of(new AcceptedAnswer(0, "ББК", d("1"), "")),
            true);
    assertFraction("1", abbreviation.grade(new ShortAnswerResponse(" ББК ")));
    assertFraction("0", abbreviation.grade(new ShortAnswerResponse("ббк")));
  }

  @Test
  void escapedStarIsALiteralStarAndOtherRegexCharactersAreLiteral() {
    ShortAnswer literal =
        new ShortAnswer(
            SampleQuestions.header("Звёздочка", "Какой символ усекает слово в поиске по каталогу?"),
            List.of(
                new AcceptedAnswer(0, "\\*", d("1"), ""),
                new AcceptedAnswer(1, "(?)", d("0.5"), "")),
            false);
    assertFraction("1", literal.grade(new ShortAnswerResponse("*")));
    assertFraction("0", literal.grade(new ShortAnswerResponse("звёздочка")));
    assertFraction("0.5", literal.grade(new ShortAnswerResponse("(?)")));
    assertFraction("0", literal.grade(new ShortAnswerResponse("x")));
  }

  @Test
  void catchAllStarGivesFeedbackToAnyOtherAnswer() {
    ShortAnswer withCatchAll =
        new ShortAnswer(
            SampleQuestions.header("Формуляр", "Документ, где записаны выданные читателю книги?"),
            List.of(
                new AcceptedAnswer(0, "читательский формуляр", d("1"), ""),
                new AcceptedAnswer(1, "*", d("0"), "Это читательский формуляр.")),
            false);
    Grade grade = withCatchAll.grade(new ShortAnswerResponse("дневник"));
    assertFraction("0", grade);
    assertEquals(List.of("Это читательский формуляр."), grade.feedback());
  }

  @Test
  void needsAnAnswerWithDistinctIds() {
    QuestionHeader header = SampleQuestions.header("Пусто", "?");
    assertThrows(IllegalArgumentException.class, () -> new ShortAnswer(header, List.of(), false));
    assertThrows(IllegalArgumentException.class, () -> new AcceptedAnswer(0, " ", d("1"), ""));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ShortAnswer(
                header,
                List.of(
                    new AcceptedAnswer(0, "а", d("1"), ""), new AcceptedAnswer(0, "б", d("1"), "")),
                false));
  }
}
