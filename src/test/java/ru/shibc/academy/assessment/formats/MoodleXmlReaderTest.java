package ru.shibc.academy.assessment.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.shibc.academy.assessment.question.AcceptedAnswer;
import ru.shibc.academy.assessment.question.Category;
import ru.shibc.academy.assessment.question.Description;
import ru.shibc.academy.assessment.question.Essay;
import ru.shibc.academy.assessment.question.Matching;
import ru.shibc.academy.assessment.question.MultipleChoice;
import ru.shibc.academy.assessment.question.MultipleChoiceResponse;
import ru.shibc.academy.assessment.question.NumericAnswer;
import ru.shibc.academy.assessment.question.Numerical;
import ru.shibc.academy.assessment.question.ShortAnswer;
import ru.shibc.academy.assessment.question.ShortAnswerResponse;
import ru.shibc.academy.assessment.question.SingleChoice;
import ru.shibc.academy.assessment.question.TextFormat;
import ru.shibc.academy.assessment.question.TrueFalse;

class MoodleXmlReaderTest {

  private static ImportResult all;

  @BeforeAll
  static void readAllTypes() {
    all = new MoodleXmlReader().read(Fixtures.open("moodle-xml/all-types.xml"));
  }

  @Test
  void readsEveryTypeWithItsCategoryAndLine() {
    assertEquals(List.of(), all.problems());
    assertEquals(
        List.of(
            "single-choice",
            "multiple-choice",
            "true-false",
            "short-answer",
            "numerical",
            "matching",
            "essay",
            "description"),
        all.questions().stream().map(q -> q.question().type()).toList());
    assertEquals(
        List.of(12, 48, 72, 94, 111, 146, 171, 188),
        all.questions().stream().map(ImportedQuestion::line).toList());
    Category model = Category.of("$course$", "top", "ШИБЦ", "Модель");
    Category media = Category.of("$course$", "top", "Основы", "Медиаграмотность");
    assertEquals(
        List.of(model, model, model, model, model, media, media, media),
        all.questions().stream().map(ImportedQuestion::category).toList());
  }

  @Test
  void singleChoiceWithCdataMarkAndFeedback() {
    SingleChoice q = assertInstanceOf(SingleChoice.class, all.questions().get(0).question());
    assertEquals("Аббревиатура ШИБЦ", q.name());
    assertEquals("<p>Как расшифровывается <b>ШИБЦ</b>?</p>", q.text());
    assertEquals(TextFormat.HTML, q.header().format());
    assertEquals(
        "<p>ШИБЦ создаётся на базе школьной библиотеки.</p>", q.header().generalFeedback());
    assertEquals(new BigDecimal("2.0000000"), q.header().defaultMark());
    assertTrue(q.shuffle());
    assertEquals("Верно!", q.choices().get(0).feedback());
    assertEquals("", q.choices().get(2).feedback());
  }

  @Test
  void multipleChoiceWithThirdsAndPenalty() {
    MultipleChoice q = assertInstanceOf(MultipleChoice.class, all.questions().get(1).question());
    assertEquals(TextFormat.MOODLE, q.header().format());
    assertFalse(q.shuffle());
    assertEquals(new BigDecimal("0.3333333"), q.choices().get(0).fraction());
    assertEquals("Столовая не относится к ШИБЦ & библиотеке.", q.choices().get(3).feedback());
    assertTrue(q.grade(MultipleChoiceResponse.of(0, 1, 2)).isCorrect());
  }

  @Test
  void trueFalseTakesTheRightAnswerFromTheFractions() {
    TrueFalse q = assertInstanceOf(TrueFalse.class, all.questions().get(2).question());
    assertFalse(q.correctAnswer());
    assertEquals(TextFormat.PLAIN, q.header().format());
    assertEquals("Неверно: фонд смешанный.", q.trueFeedback());
    assertEquals("Правильно.", q.falseFeedback());
  }

  @Test
  void shortAnswerKeepsUseCase() {
    ShortAnswer q = assertInstanceOf(ShortAnswer.class, all.questions().get(3).question());
    assertTrue(q.caseSensitive());
    assertEquals(new AcceptedAnswer(1, "*", BigDecimal.ZERO, "Это ББК."), q.answers().get(1));
    assertEquals(List.of("Это ББК."), q.grade(new ShortAnswerResponse("ббк")).feedback());
  }

  @Test
  void numericalWithToleranceAndCatchAllIgnoringUnits() {
    Numerical q = assertInstanceOf(Numerical.class, all.questions().get(4).question());
    assertEquals(
        new NumericAnswer(
            1, new BigDecimal("36"), new BigDecimal("2.5"), new BigDecimal("0.5"), "Почти."),
        q.answers().get(1));
    assertTrue(q.answers().get(2).isAnyOther());
  }

  @Test
  void matchingKeepsExtraAnswersAndDropsEmptyPairs() {
    Matching q = assertInstanceOf(Matching.class, all.questions().get(5).question());
    assertEquals(3, q.pairs().size());
    assertTrue(q.pairs().get(2).isDistractor());
    assertFalse(q.shuffle());
  }

  @Test
  void essayAndDescription() {
    Essay essay = assertInstanceOf(Essay.class, all.questions().get(6).question());
    assertEquals("<p>Цели, аудитория, мероприятия, показатели.</p>", essay.graderInfo());
    assertEquals("Цель программы:", essay.responseTemplate());
    assertEquals(new BigDecimal("10.0000000"), essay.header().defaultMark());
    Description description =
        assertInstanceOf(Description.class, all.questions().get(7).question());
    assertEquals(BigDecimal.ZERO.setScale(7), description.header().defaultMark());
  }

  @Test
  void reportsEachBadQuestionAtItsLineAndStopsAtBrokenXml() {
    ImportResult result = new MoodleXmlReader().read(Fixtures.open("moodle-xml/problems.xml"));
    assertEquals(
        List.of("Верный"), result.questions().stream().map(q -> q.question().name()).toList());
    assertEquals(
        List.of(
            "3 " + ImportProblem.UNSUPPORTED_TYPE,
            "7 " + ImportProblem.NOT_A_NUMBER,
            "19 " + ImportProblem.INVALID_QUESTION,
            "25 " + ImportProblem.MALFORMED_XML),
        result.problems().stream().map(p -> p.line() + " " + p.code()).toList());
  }

  @Test
  void refusesOtherRootElements() {
    ImportResult result = read("<?xml version=\"1.0\"?>\n<questions><question/></questions>");
    assertEquals(ImportProblem.NOT_MOODLE_XML, result.problems().get(0).code());
  }

  @Test
  void reportsTextThatIsNotXml() {
    ImportResult result = read("::Фонд::Это GIFT, а не XML{T}");
    assertEquals(ImportProblem.MALFORMED_XML, result.problems().get(0).code());
    assertEquals(List.of(), result.questions());
  }

  @ParameterizedTest
  @ValueSource(strings = {"xxe.xml", "external-dtd.xml"})
  void refusesDoctypeWithoutReadingTheReferencedFile(String fixture, @TempDir Path dir)
      throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "ПАРОЛЬ-ОТ-СЕРВЕРА");
    String xml =
        new String(Fixtures.bytes("moodle-xml/" + fixture), StandardCharsets.UTF_8)
            .replace("SECRET_FILE_URL", secret.toUri().toString());
    ImportResult result = read(xml);
    assertEquals(List.of(), result.questions());
    assertEquals(1, result.problems().size());
    assertEquals(ImportProblem.DOCTYPE_FORBIDDEN, result.problems().get(0).code());
    assertTrue(result.problems().get(0).line() >= 2, "the line of the DOCTYPE");
    assertFalse(result.toString().contains("ПАРОЛЬ"));
  }

  @Test
  void refusesBillionLaughsQuickly() {
    ImportResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> new MoodleXmlReader().read(Fixtures.open("moodle-xml/billion-laughs.xml")));
    assertEquals(List.of(), result.questions());
    assertEquals(ImportProblem.DOCTYPE_FORBIDDEN, result.problems().get(0).code());
  }

  @Test
  void reportsProgressEndingAtOneHundred() {
    byte[] bytes = Fixtures.bytes("moodle-xml/all-types.xml");
    List<Integer> reported = new ArrayList<>();
    new MoodleXmlReader().read(new ByteArrayInputStream(bytes), bytes.length, reported::add);
    assertEquals(100, reported.get(reported.size() - 1));
  }

  private static ImportResult read(String xml) {
    return new MoodleXmlReader()
        .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
