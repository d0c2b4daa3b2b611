package ru.shibc.academy.assessment.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.assessment.question.AcceptedAnswer;
import ru.shibc.academy.assessment.question.Category;
import ru.shibc.academy.assessment.question.Choice;
import ru.shibc.academy.assessment.question.Description;
import ru.shibc.academy.assessment.question.Essay;
import ru.shibc.academy.assessment.question.MatchPair;
import ru.shibc.academy.assessment.question.Matching;
import ru.shibc.academy.assessment.question.MatchingResponse;
import ru.shibc.academy.assessment.question.MultipleChoice;
import ru.shibc.academy.assessment.question.NumericAnswer;
import ru.shibc.academy.assessment.question.Numerical;
import ru.shibc.academy.assessment.question.NumericalResponse;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.ShortAnswer;
import ru.shibc.academy.assessment.question.SingleChoice;
import ru.shibc.academy.assessment.question.TextFormat;
import ru.shibc.academy.assessment.question.TrueFalse;

class GiftParserTest {

  private static final Category MODEL = Category.of("$course$", "top", "ШИБЦ", "Модель");
  private static ImportResult all;

  @BeforeAll
  static void readAllFeatures() {
    all = new GiftParser().parse(Fixtures.open("gift/all-features.gift.txt"));
  }

  @Test
  void readsEveryQuestionOfTheFeatureFileWithoutProblems() {
    assertEquals(List.of(), all.problems());
    assertEquals(22, all.questions().size());
  }

  @Test
  void singleChoiceWithFeedbackAndGeneralFeedback() {
    ImportedQuestion imported = imported("Аббревиатура ШИБЦ");
    assertEquals(7, imported.line());
    assertEquals(MODEL, imported.category());
    SingleChoice q = assertInstanceOf(SingleChoice.class, imported.question());
    assertEquals("Как расшифровывается ШИБЦ?", q.text());
    assertEquals(TextFormat.MOODLE, q.header().format());
    assertEquals("ШИБЦ создаётся на базе школьной библиотеки.", q.header().generalFeedback());
    assertEquals(new BigDecimal("1.0000000"), q.header().defaultMark());
    assertEquals(
        new Choice(0, "Школьный информационно-библиотечный центр", BigDecimal.ONE, "Верно!"),
        q.choices().get(0));
    assertEquals(
        new Choice(2, "Штаб информационной безопасности", BigDecimal.ZERO, "Нет."),
        q.choices().get(2));
  }

  @Test
  void missingWordLeavesABlankInTheText() {
    SingleChoice q = question("Пропуск", SingleChoice.class);
    assertEquals(
        "Концепция развития школьных информационно-библиотечных центров утверждена в _____ году.",
        q.text());
    assertEquals(List.of("2015", "2016", "2020"), q.choices().stream().map(Choice::text).toList());
  }

  @Test
  void weightsAndFormatPrefix() {
    SingleChoice q = question("Веса", SingleChoice.class);
    assertEquals(TextFormat.HTML, q.header().format());
    assertEquals("<p>Главная задача <b>ШИБЦ</b>:</p>", q.text());
    assertEquals(
        List.of(new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ONE.negate()),
        q.choices().stream().map(c -> c.fraction().stripTrailingZeros()).toList());
    assertEquals("Это лишь часть работы.", q.choices().get(0).feedback());
  }

  @Test
  void multipleChoiceWhenNoAnswerIsMarkedRight() {
    MultipleChoice q = question("Зоны", MultipleChoice.class);
    assertEquals(4, q.choices().size());
    assertEquals(
        new Choice(3, "Столовая", new BigDecimal("-0.5"), "Столовая не относится к ШИБЦ."),
        q.choices().get(3));
  }

  @Test
  void trueFalseInAllSpellingsWithWrongThenRightFeedback() {
    assertTrue(question("Фонд", TrueFalse.class).correctAnswer());
    assertTrue(question("Буккроссинг", TrueFalse.class).correctAnswer());
    assertEquals(false, question("Ложь", TrueFalse.class).correctAnswer());
    TrueFalse q = question("Только книги", TrueFalse.class);
    assertEquals(false, q.correctAnswer());
    assertEquals("Неверно: фонд смешанный.", q.trueFeedback());
    assertEquals("Правильно, фонд смешанный.", q.falseFeedback());
    assertEquals("Медиатека — часть ШИБЦ.", q.header().generalFeedback());
  }

  @Test
  void shortAnswerWithWeightsAndCatchAll() {
    ShortAnswer q = question("Каталог", ShortAnswer.class);
    assertEquals(
        List.of(
            new AcceptedAnswer(0, "библиотечный каталог", BigDecimal.ONE, "Верно."),
            new AcceptedAnswer(
                1, "каталог", new BigDecimal("0.5"), "Точнее: библиотечный каталог."),
            new AcceptedAnswer(2, "*", BigDecimal.ZERO, "Это библиотечный каталог.")),
        q.answers());
    assertEquals(false, q.caseSensitive());
  }

  @Test
  void questionWithoutNameIsNamedByItsText() {
    ImportedQuestion imported = all.questions().get(9);
    assertEquals(48, imported.line());
    assertEquals("Какой город называют культурной столицей России?", imported.question().name());
    assertEquals(3, ((ShortAnswer) imported.question()).answers().size());
  }

  @Test
  void numericalExactToleranceRangeAndSeveralAnswers() {
    assertEquals(
        List.of(new NumericAnswer(0, new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ONE, "")),
        question("Норма", Numerical.class).answers());
    NumericAnswer tolerance = question("Погрешность", Numerical.class).answers().get(0);
    assertEquals(new BigDecimal("36"), tolerance.value());
    assertEquals(new BigDecimal("2"), tolerance.tolerance());
    NumericAnswer range = question("Диапазон", Numerical.class).answers().get(0);
    assertEquals(new BigDecimal("10"), range.value());
    assertEquals(new BigDecimal("2"), range.tolerance());

    Numerical several = question("Несколько значений", Numerical.class);
    assertEquals(3, several.answers().size());
    assertEquals("Почти.", several.answers().get(1).feedback());
    assertEquals(new BigDecimal("0.5000000"), several.answers().get(1).fraction());
    assertTrue(several.answers().get(2).isAnyOther());
    assertEquals("Закон принят в 2012 году.", several.answers().get(2).feedback());
    assertEquals(
        List.of("Закон принят в 2012 году."),
        several.grade(new NumericalResponse("1999")).feedback());

    Numerical inline = question("В строку", Numerical.class);
    assertEquals(new BigDecimal("0.5000000"), inline.grade(new NumericalResponse("9")).fraction());
  }

  @Test
  void matchingWithAnExtraAnswer() {
    Matching q = question("Каталоги", Matching.class);
    assertEquals(TextFormat.MARKDOWN, q.header().format());
    assertEquals(
        new MatchPair(0, "Алфавитный", "по фамилиям авторов и заглавиям"), q.pairs().get(0));
    assertTrue(q.pairs().get(3).isDistractor());
    assertEquals("по цвету обложки", q.pairs().get(3).answer());
    assertEquals(
        "Каталоги — часть справочно-библиографического аппарата.", q.header().generalFeedback());
    assertTrue(q.grade(new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2))).isCorrect());
  }

  @Test
  void essays() {
    Essay plain = question("Программа чтения", Essay.class);
    assertEquals(TextFormat.PLAIN, plain.header().format());
    assertEquals("Опишите программу продвижения чтения в вашей школе.", plain.text());
    assertEquals(
        "Вспомните о медиатеке и проектной работе.",
        question("Эссе с отзывом", Essay.class).header().generalFeedback());
  }

  @Test
  void escapedControlCharactersAreLiteral() {
    ImportedQuestion imported = imported("Спецсимволы: экранирование");
    SingleChoice q = assertInstanceOf(SingleChoice.class, imported.question());
    assertEquals("Какой знак используют в GIFT для отзыва: #, ~ или =?", q.text());
    assertEquals(
        List.of("#", "~", "=", "{}", "\\"), q.choices().stream().map(Choice::text).toList());
    assertEquals("Да, # начинает отзыв.", q.choices().get(0).feedback());
    assertEquals(BigDecimal.ONE, q.choices().get(0).fraction().stripTrailingZeros());
  }

  @Test
  void multiLineQuestionKeepsEscapedAndRealLineBreaks() {
    assertEquals(
        "Первая строка текста,\nвторая строка текста\nи третья строка в файле.",
        question("Многострочный", TrueFalse.class).text());
  }

  @Test
  void laterCategoryLineSwitchesTheCategory() {
    ImportedQuestion intro = imported("Введение");
    assertEquals(Category.of("Основы", "Медиаграмотность"), intro.category());
    assertEquals(94, intro.line());
    Description description = assertInstanceOf(Description.class, intro.question());
    assertEquals(BigDecimal.ZERO.setScale(7), description.header().defaultMark());
    Question last = all.questions().get(21).question();
    assertEquals(TextFormat.MOODLE, last.header().format());
    assertEquals("Что такое медиаграмотность?", last.text());
  }

  @Test
  void reportsEachBadQuestionAtItsLineAndKeepsTheGoodOnes() {
    ImportResult result = new GiftParser().parse(Fixtures.open("gift/problems.gift.txt"));
    assertEquals(
        List.of("Верный вопрос", "Снова верный"),
        result.questions().stream().map(q -> q.question().name()).toList());
    assertEquals(List.of(5, 23), result.questions().stream().map(ImportedQuestion::line).toList());
    assertEquals(
        List.of(
            "3 " + ImportProblem.UNBALANCED_BRACES,
            "7 " + ImportProblem.TOO_FEW_ANSWERS,
            "9 " + ImportProblem.NO_CORRECT_ANSWER,
            "11 " + ImportProblem.INVALID_WEIGHT,
            "13 " + ImportProblem.NOT_A_NUMBER,
            "15 " + ImportProblem.MATCHING_WITHOUT_ARROW,
            "17 " + ImportProblem.SEVERAL_ANSWER_BLOCKS,
            "19 " + ImportProblem.UNCLOSED_NAME,
            "21 " + ImportProblem.INVALID_CATEGORY),
        result.problems().stream().map(p -> p.line() + " " + p.code()).toList());
  }

  @Test
  void refusesFilesThatAreNotUtf8() {
    byte[] cp1251 = "::Фонд::Фонд ШИБЦ смешанный.{T}".getBytes(Charset.forName("windows-1251"));
    ImportResult result = new GiftParser().parse(new ByteArrayInputStream(cp1251));
    assertEquals(List.of(), result.questions());
    assertEquals(ImportProblem.NOT_UTF8, result.problems().get(0).code());
    assertEquals(0, result.problems().get(0).line());
  }

  @Test
  void readsWindowsLineEndingsAndNoBom() {
    String text = "// комментарий\r\n::А::Текст\r\nпродолжение{T}\r\n\r\n::Б::Ещё{F}\r\n";
    ImportResult result = new GiftParser().parse(text);
    assertEquals(List.of(2, 5), result.questions().stream().map(ImportedQuestion::line).toList());
    assertEquals("Текст\nпродолжение", result.questions().get(0).question().text());
  }

  @Test
  void commentLinesInsideAQuestionAreDropped() {
    ImportResult result =
        new GiftParser().parse("::А::Что такое ШИБЦ?{\n// подсказка для автора\n=центр\n~склад}");
    assertEquals(
        List.of("центр", "склад"),
        ((SingleChoice) result.questions().get(0).question())
            .choices().stream().map(Choice::text).toList());
  }

  @Test
  void categoryLineFollowedDirectlyByAQuestion() {
    ImportResult result = new GiftParser().parse("$CATEGORY: Чтение\n::А::Текст{T}");
    assertEquals(Category.of("Чтение"), result.questions().get(0).category());
    assertEquals(2, result.questions().get(0).line());
  }

  @Test
  void reportsProgressUpToOneHundred() {
    byte[] bytes = Fixtures.bytes("gift/all-features.gift.txt");
    List<Integer> reported = new ArrayList<>();
    ImportResult result =
        new GiftParser().parse(new ByteArrayInputStream(bytes), bytes.length, reported::add);
    assertTrue(result.isClean());
    assertEquals(100, reported.get(reported.size() - 1));
    for (int i = 1; i < reported.size(); i++) {
      assertTrue(reported.get(i) > reported.get(i - 1));
    }
  }

  @Test
  void emptyFileGivesNothing() {
    ImportResult result = new GiftParser().parse("\uFEFF\n// только комментарий\n\n");
    assertTrue(result.isClean());
    assertEquals(List.of(), result.questions());
  }

  private static ImportedQuestion imported(String name) {
    return all.questions().stream()
        .filter(q -> q.question().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no question " + name));
  }

  private static <Q extends Question> Q question(String name, Class<Q> type) {
    return assertInstanceOf(type, imported(name).question());
  }
}
