package ru.shibc.academy.assessment.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.assessment.question.AcceptedAnswer;
import ru.shibc.academy.assessment.question.Choice;
import ru.shibc.academy.assessment.question.Essay;
import ru.shibc.academy.assessment.question.MatchPair;
import ru.shibc.academy.assessment.question.Matching;
import ru.shibc.academy.assessment.question.NumericAnswer;
import ru.shibc.academy.assessment.question.Numerical;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionHeader;
import ru.shibc.academy.assessment.question.ShortAnswer;
import ru.shibc.academy.assessment.question.SingleChoice;
import ru.shibc.academy.assessment.question.TextFormat;
import ru.shibc.academy.assessment.question.TrueFalse;

class QuestionDraftTest {

  private static QuestionHeader header(String name) {
    return new QuestionHeader(name, "<p>Текст вопроса «" + name + "»</p>", TextFormat.HTML, "Общий отзыв", BigDecimal.valueOf(2));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void everyTypeComesBackFromTheFormAsItWas() throws QuestionDraft.Refusal {
    List<Question> questions =
        List.of(
            new SingleChoice(
                header("Аббревиатура"),
                List.of(new Choice(0, "Школьный центр", d("1"), "Верно."), new Choice(3, "Склад", d("-0.5"), "Нет.")),
                true),
            new TrueFalse(header("Фонд"), false, "Нет: смешанный.", "Верно."),
            new ShortAnswer(
                header("Каталог"),
                List.of(new AcceptedAnswer(0, "каталог", d("1"), ""), new AcceptedAnswer(1, "*картотека*", d("0.3"), "Почти.")),
                true),
            new Numerical(
                header("Норма"),
                List.of(new NumericAnswer(0, d("2.5"), d("0.5"), d("1"), "Да."), new NumericAnswer(1, null, d("0"), d("0"), "Нет."))),
            new Matching(
                header("Зоны"),
                List.of(new MatchPair(0, "Чтение", "тишина"), new MatchPair(1, "Проекты", "столы"), new MatchPair(2, "", "склад")),
                false),
            new Essay(header("Опыт"), "Оценивайте конкретность.", "Я провожу…"));
    for (Question q : questions) {
      assertEquals(q, QuestionDraft.of(q).build(), q.type());
    }
  }

  @Test
  void blankRowsAreLeftOutAndNewRowsGetFreshIds() throws QuestionDraft.Refusal {
    QuestionDraft d = QuestionDraft.of(
        new SingleChoice(
            header("Аббревиатура"),
            List.of(new Choice(4, "Школьный центр", d("1"), ""), new Choice(7, "Склад", d("0"), "")),
            false));
    d.addRow();
    d.getRows().get(d.getRows().size() - 1).setText("Архив");
    SingleChoice built = (SingleChoice) d.build();
    assertEquals(List.of(4, 7, 8), built.choices().stream().map(Choice::id).toList());
  }

  @Test
  void whatIsWrongIsNamedWithABundleKey() {
    QuestionDraft noName = QuestionDraft.blank("single-choice");
    noName.setText("<p>Текст</p>");
    assertEquals("bank.edit.nameRequired", refusal(noName).key());

    QuestionDraft oneChoice = filled("single-choice");
    oneChoice.getRows().get(0).setText("Единственный");
    oneChoice.getRows().get(0).setWeight(d("100"));
    assertEquals("bank.edit.twoChoices", refusal(oneChoice).key());

    QuestionDraft noRight = filled("single-choice");
    noRight.getRows().get(0).setText("А");
    noRight.getRows().get(1).setText("Б");
    noRight.getRows().get(1).setWeight(d("50"));
    assertEquals("bank.edit.noFullChoice", refusal(noRight).key());

    QuestionDraft heavy = filled("multiple-choice");
    heavy.getRows().get(0).setText("А");
    heavy.getRows().get(1).setText("Б");
    heavy.getRows().get(1).setWeight(d("150"));
    QuestionDraft.Refusal tooHeavy = refusal(heavy);
    assertEquals("bank.edit.badWeight", tooHeavy.key());
    assertArrayEquals(new Object[] {2}, tooHeavy.args());

    QuestionDraft word = filled("numerical");
    word.getRows().get(0).setValue("тридцать");
    assertEquals("bank.edit.notANumber", refusal(word).key());

    QuestionDraft onePair = filled("matching");
    onePair.getRows().get(0).setItem("Чтение");
    onePair.getRows().get(0).setText("тишина");
    onePair.getRows().get(1).setText("склад");
    assertEquals("bank.edit.twoPairs", refusal(onePair).key());

    QuestionDraft noAnswer = filled("matching");
    noAnswer.getRows().get(0).setItem("Чтение");
    assertEquals("bank.edit.pairAnswer", refusal(noAnswer).key());
  }

  @Test
  void aDecimalCommaIsANumber() throws QuestionDraft.Refusal {
    QuestionDraft d = filled("numerical");
    d.getRows().get(0).setValue("2,5");
    d.getRows().get(0).setTolerance("0,1");
    d.getRows().get(0).setWeight(d("100"));
    Numerical n = (Numerical) d.build();
    assertEquals(d("2.5"), n.answers().get(0).value());
    assertEquals(d("0.1"), n.answers().get(0).tolerance());
  }

  private static QuestionDraft filled(String type) {
    QuestionDraft d = QuestionDraft.blank(type);
    d.setName("Вопрос");
    d.setText("<p>Текст</p>");
    return d;
  }

  private static QuestionDraft.Refusal refusal(QuestionDraft d) {
    return assertThrows(QuestionDraft.Refusal.class, d::build);
  }
}
