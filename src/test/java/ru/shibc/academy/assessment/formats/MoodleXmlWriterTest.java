package ru.shibc.academy.assessment.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.shibc.academy.assessment.question.CategorisedQuestion;
import ru.shibc.academy.assessment.question.Category;

class MoodleXmlWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"gift/all-features.gift.txt", "moodle-xml/all-types.xml"})
  void importExportImportGivesEqualQuestions(String fixture) {
    ImportResult first =
        fixture.startsWith("gift/")
            ? new GiftParser().parse(Fixtures.open(fixture))
            : new MoodleXmlReader().read(Fixtures.open(fixture));
    assertTrue(first.isClean());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MoodleXmlWriter().write(first.categorised(), out);
    ImportResult second = new MoodleXmlReader().read(new ByteArrayInputStream(out.toByteArray()));

    assertEquals(List.of(), second.problems());
    assertEquals(first.categorised(), second.categorised());
  }

  @Test
  void writesEachCategoryOnceBeforeItsQuestionsAndUncategorisedFirst() {
    List<CategorisedQuestion> bank =
        new GiftParser()
            .parse(
                """
                $CATEGORY: Основы/Медиаграмотность

                ::А::Медиаграмотность — часть информационной грамотности.{T}

                $CATEGORY: Чтение

                ::Б::Буккроссинг — форма продвижения чтения.{T}

                $CATEGORY: Основы/Медиаграмотность

                ::В::Фейк можно распознать по источнику.{T}
                """)
            .categorised();
    List<CategorisedQuestion> withUncategorised = new ArrayList<>(bank);
    withUncategorised.add(new CategorisedQuestion(Category.NONE, bank.get(0).question()));

    String xml = new MoodleXmlWriter().toXml(withUncategorised);

    assertEquals(2, xml.split("type=\"category\"", -1).length - 1);
    int uncategorised = xml.indexOf("<question type=\"truefalse\">");
    int media = xml.indexOf("Основы/Медиаграмотность");
    int reading = xml.indexOf("<text>Чтение</text>");
    int third = xml.indexOf("<text>В</text>");
    assertTrue(uncategorised < media && media < third && third < reading);
    List<CategorisedQuestion> back =
        new MoodleXmlReader()
            .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .categorised();
    assertEquals(Category.NONE, back.get(0).category());
    assertEquals(List.of("А", "А", "В", "Б"), back.stream().map(q -> q.question().name()).toList());
  }

  @Test
  void escapesMarkupInTexts() {
    String xml =
        new MoodleXmlWriter()
            .toXml(
                new GiftParser()
                    .parse("::Теги::[html]<p>Что значит «&nbsp;»?</p>{=пробел ~тире}")
                    .categorised());
    assertTrue(xml.contains("<text>&lt;p&gt;Что значит «&amp;nbsp;»?&lt;/p&gt;</text>"));
  }
}
