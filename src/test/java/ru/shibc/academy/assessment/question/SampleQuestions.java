package ru.shibc.academy.assessment.question;

import java.math.BigDecimal;
import java.util.List;

/** One question of every type, about school libraries, for the tests of this package. */
final class SampleQuestions {

  private SampleQuestions() {}

  static QuestionHeader header(String name, String text) {
    return QuestionHeader.of(name, text, TextFormat.HTML);
  }

  static SingleChoice singleChoice() {
    return new SingleChoice(
        header("Аббревиатура ШИБЦ", "<p>Как расшифровывается ШИБЦ?</p>")
            .withGeneralFeedback("ШИБЦ — школьный информационно-библиотечный центр."),
        List.of(
            new Choice(0, "Школьный информационно-библиотечный центр", d("1"), "Верно."),
            new Choice(1, "Школьный интернет-библиотечный центр", d("0.5"), "Почти."),
            new Choice(2, "Школа имени Белинского и Цветаевой", d("0"), "Нет."),
            new Choice(3, "Штаб информационной безопасности", d("-0.5"), "Совсем нет.")),
        true);
  }

  static MultipleChoice multipleChoice() {
    return new MultipleChoice(
        header("Зоны ШИБЦ", "Какие зоны входят в пространство ШИБЦ?"),
        List.of(
            new Choice(0, "Зона тихого чтения", d("0.5"), "Да, для чтения."),
            new Choice(1, "Зона коллективной работы", d("0.5"), "Да, для проектов."),
            new Choice(2, "Кабинет директора", d("-1"), "Нет."),
            new Choice(3, "Столовая", d("-0.5"), "")),
        false);
  }

  static TrueFalse trueFalse() {
    return new TrueFalse(
        header("Фонд ШИБЦ", "В фонд ШИБЦ входят электронные ресурсы."),
        true,
        "Верно: фонд смешанный.",
        "Электронные ресурсы тоже входят в фонд.");
  }

  static ShortAnswer shortAnswer() {
    return new ShortAnswer(
        header("Каталог", "Как называется перечень документов фонда с их описанием?"),
        List.of(
            new AcceptedAnswer(0, "библиотечный каталог", d("1"), "Верно."),
            new AcceptedAnswer(1, "каталог", d("0.8"), "Точнее: библиотечный каталог."),
            new AcceptedAnswer(2, "*картотека*", d("0.3"), "Картотека — часть каталога.")),
        false);
  }

  static Numerical numerical() {
    return new Numerical(
        header(
            "Книгообеспеченность", "Сколько процентов составляет норма обеспеченности учебниками?"),
        List.of(
            new NumericAnswer(0, d("100"), d("0"), d("1"), "Верно."),
            new NumericAnswer(1, d("95"), d("5"), d("0.5"), "Близко."),
            new NumericAnswer(2, null, null, d("0"), "Норма — 100 %.")));
  }

  static Matching matching() {
    return new Matching(
        header("Каталоги", "Сопоставьте вид каталога и признак расстановки карточек."),
        List.of(
            new MatchPair(0, "Алфавитный", "по фамилиям авторов и заглавиям"),
            new MatchPair(1, "Систематический", "по отраслям знания (ББК)"),
            new MatchPair(2, "Предметный", "по предметам в алфавите"),
            new MatchPair(3, "", "по цвету обложки")),
        true);
  }

  static Essay essay() {
    return new Essay(
        header(
                "Программа продвижения чтения",
                "Опишите программу продвижения чтения в вашей школе.")
            .withDefaultMark(new BigDecimal("10")),
        "Оценивайте цели, аудиторию, мероприятия, показатели.",
        "<p>Цель программы: </p>");
  }

  static Description description() {
    return new Description(
        header("Введение", "Прочитайте фрагмент Концепции развития школьных ИБЦ.")
            .withDefaultMark(BigDecimal.ZERO));
  }

  static List<Question> all() {
    return List.of(
        singleChoice(),
        multipleChoice(),
        trueFalse(),
        shortAnswer(),
        numerical(),
        matching(),
        essay(),
        description());
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
