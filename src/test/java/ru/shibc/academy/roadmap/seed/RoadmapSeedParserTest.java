package ru.shibc.academy.roadmap.seed;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.shibc.academy.roadmap.seed.Recurrence.Per;

class RoadmapSeedParserTest {

  private static final String SEED = "/roadmap/roadmap-2019-2021.ru.txt";

  private static final String DEPARTMENT = "Отдел образования";
  private static final String OFFICE = "Районный методический кабинет";
  private static final String SCHOOLS = "Общеобразовательные организации";
  private static final String ORGANISATIONS = "Образовательные организации";
  private static final String CDT = "ЦДТ";

  private static final Timeframe FEBRUARY_2019 =
      Timeframe.of(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 28));
  private static final Timeframe YEAR_2019 = Timeframe.years(2019, 2019);
  private static final Timeframe YEARS_2019_2020 = Timeframe.years(2019, 2020);
  private static final Timeframe YEARS_2020_2021 = Timeframe.years(2020, 2021);
  private static final Timeframe YEARS_2019_2021 = Timeframe.years(2019, 2021);

  private static final List<SeedSection> SECTIONS =
      List.of(
          section(1, "Общесистемные муниципальные мероприятия"),
          section(
              2,
              "Совершенствование нормативно-правового и научно-методического обеспечения школьных"
                  + " информационно-библиотечных центров"),
          section(3, "Методическое сопровождение деятельности ШИБЦ"),
          section(
              4,
              "Совершенствование кадрового обеспечения школьных информационно-библиотечных"
                  + " центров"),
          section(
              5,
              "Совершенствование материально-технического и информационно-ресурсного обеспечения"
                  + " школьных информационно-библиотечных центров"),
          section(
              6, "Развитие программного обеспечения школьных информационно-библиотечных центров"),
          section(7, "Популяризации деятельности школьных информационно-библиотечных центров"),
          section(
              8,
              "Мониторинг и контроль реализации Концепции развития школьных"
                  + " информационно-библиотечных центров"));

  /** Every item of the seed, spelled out from the file by hand. */
  private static final List<SeedItem> ITEMS =
      List.of(
          new SeedItem(
              "1.1",
              "Утверждение муниципальной Концепции развития школьных информационно-библиотечных"
                  + " центров и Плана («дорожная карта») реализации Концепции",
              "февраль 2019 года",
              FEBRUARY_2019,
              List.of(DEPARTMENT, OFFICE),
              "Приказ",
              "Координация деятельности сети школьных информационно- библиотечных центров"
                  + " образовательных организаций"),
          new SeedItem(
              "1.2",
              "Назначение ответственного за реализацию Концепции",
              "февраль 2019 года",
              FEBRUARY_2019,
              List.of(DEPARTMENT),
              "Приказ",
              "Назначение ответственного специалиста за реализацию Концепции"),
          new SeedItem(
              "1.3",
              "Проведение совещаний с руководителями образовательных организаций по вопросам"
                  + " развития школьных информационно-библиотечных центров",
              "2019-2021 годы, не реже 2 раз в год",
              YEARS_2019_2021.every(new Recurrence(2, Per.YEAR)),
              List.of(DEPARTMENT, OFFICE),
              "Информационно-аналитические материалы, решения совещаний",
              "Обеспечение единой муниципальной политики по вопросу развития школьных"
                  + " информационно-библиотечных центров"),
          new SeedItem(
              "2.1",
              "Разработка нормативно-правовой базы работы школьной библиотеки как"
                  + " информационно-библиотечного центра",
              "2019 год",
              YEAR_2019,
              List.of(DEPARTMENT, OFFICE),
              "Нормативно-правовые документы",
              "Единые требования к организации деятельности школьных информационно-библиотечных"
                  + " центров"),
          new SeedItem(
              "2.2",
              "Изучение нормативно-правовых и научно-методических документов, регулирующих"
                  + " деятельность школьных информационно-библиотечных центров",
              "2019 год",
              YEAR_2019,
              List.of(OFFICE, SCHOOLS),
              "Протоколы совещаний",
              "Единые требования к организации деятельности школьных информационно-библиотечных"
                  + " центров"),
          new SeedItem(
              "2.3",
              "Разработка и проведение мониторингового исследования состояния школьных библиотек"
                  + " района",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(OFFICE, SCHOOLS),
              "Аналитические материалы",
              "Анализ мониторинга. Управленческие решения"),
          new SeedItem(
              "3.1",
              "Создание единой сети школьных библиотек муниципалитета в целях методической"
                  + " поддержки (через проведение вебинаров, онлайн-консультаций)",
              "2019 год",
              YEAR_2019,
              List.of(DEPARTMENT, OFFICE, SCHOOLS),
              "Информационные и методические материалы",
              "Участие школьных библиотек в сетевых сообществах, обмен опытом"),
          new SeedItem(
              "3.2",
              "Создание сетевого сообщества и развитие сетевого взаимодействия школьных"
                  + " библиотекарей",
              "2019 год",
              YEAR_2019,
              List.of(DEPARTMENT, OFFICE, SCHOOLS),
              "Информационные и методические материалы",
              "Участие в сетевых сообществах школьных библиотекарей"),
          new SeedItem(
              "3.3",
              "Проектирование муниципальной программы создания и развития школьных информационно-"
                  + " библиотечных центров",
              "2019 год",
              YEAR_2019,
              List.of(DEPARTMENT, OFFICE, SCHOOLS),
              "Муниципальная программа создания и развития школьных информационно- библиотечных"
                  + " центров",
              "Ежегодная поддержка школьных информационно- библиотечных центров"),
          new SeedItem(
              "3.4",
              "Разработка и апробация модели базовых площадок функционирования школьных"
                  + " информационно-библиотечных центров в трех общеобразовательных организациях"
                  + " (15%)",
              "2019 год",
              YEAR_2019,
              List.of(DEPARTMENT, OFFICE, SCHOOLS),
              "Модели функционирования школьных информационно-библиотечных центров,"
                  + " информационные письма в образовательные организации",
              "Апробация модели школьного информационно-библиотечного центра для различных"
                  + " условий функционирования"),
          new SeedItem(
              "3.5",
              "Внедрение модели базовых площадок функционирования школьных"
                  + " информационно-библиотечных центров в девяти общеобразовательных организациях"
                  + " (45%)",
              "2019-2020 годы",
              YEARS_2019_2020,
              List.of(DEPARTMENT, OFFICE, SCHOOLS),
              "Информационные письма в образовательные организации",
              "Внедрение модели школьного информационно-библиотечного центра для различных"
                  + " условий функционирование"),
          new SeedItem(
              "3.6",
              "Внедрение модели базовых площадок функционирования школьных"
                  + " информационно-библиотечных центров в восьми общеобразовательных организациях"
                  + " (40%)",
              "2020-2021 годы",
              YEARS_2020_2021,
              List.of(DEPARTMENT, OFFICE, ORGANISATIONS),
              "Информационные письма в образовательные организации",
              "Внедрение модели школьного информационно-библиотечного центра для различных"
                  + " условий функционирование"),
          new SeedItem(
              "4.1",
              "Курсовая подготовка, переподготовка для сотрудников школьных"
                  + " информационно-библиотечных центров, руководящих и педагогических работников"
                  + " общеобразовательных организаций.",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(OFFICE, SCHOOLS),
              "Удостоверения о повышении квалификации",
              "Повышение квалификации сотрудников школьных информационно-библиотечных центров,"
                  + " руководящих и педагогических работников общеобразовательных организаций."),
          new SeedItem(
              "4.2",
              "Использование возможностей электронного обучения и аттестации сотрудников школьных"
                  + " информационно-библиотечных центров с применением дистанционных"
                  + " образовательных технологий",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(OFFICE, SCHOOLS),
              "Удостоверения о повышении квалификации",
              "Реализация возможности для дистанционного обучения с применением электронных"
                  + " образовательных технологий"),
          new SeedItem(
              "5.1",
              "Улучшение материально-технической базы школьных библиотек",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(DEPARTMENT, SCHOOLS),
              "Договоры, соглашения",
              "Совершенствование материально-технического оснащения школьных"
                  + " информационно-библиотечных центров"),
          new SeedItem(
              "5.2",
              "Создание условий для использования единого электронного каталога печатных и"
                  + " электронных изданий, электронных информационных и образовательных ресурсов"
                  + " для школьных информационно-библиотечных центров",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(DEPARTMENT, OFFICE, SCHOOLS),
              "Нормативно-правовые документы",
              "Предоставление условий для использования единого электронного каталога"),
          new SeedItem(
              "5.3",
              "Обеспечение свободного доступа для участников образовательных процесса к"
                  + " электронным информационным и электронным образовательным ресурсам с учетом"
                  + " необходимой защиты авторских и смежных прав",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(SCHOOLS),
              "Нормативно-правовые документы",
              "Организация свободного доступа к электронным образовательным ресурсам"),
          new SeedItem(
              "5.4",
              "Мониторинг пополнения фондов электронными изданиям и художественной и учебной"
                  + " литературы",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(OFFICE, SCHOOLS),
              "Аналитические справки",
              "Создание электронного каталога информационных и образовательных ресурсов"),
          new SeedItem(
              "5.5",
              "Обеспечение пополнения фондов школьных библиотек учебниками и учебно-методической"
                  + " литературой",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(DEPARTMENT, SCHOOLS),
              "Информационные письма, соглашения",
              "Ежегодное пополнение учебных фондов школьных библиотек"),
          new SeedItem(
              "6.1",
              "Контроль внедрения информационного ресурса, обеспечивающего централизованную"
                  + " каталогизацию изданий для школьных библиотек",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(DEPARTMENT, OFFICE),
              "Аналитические справки, приказы",
              "Создание условий для распределенной каталогизации"),
          new SeedItem(
              "6.2",
              "Создание условий по использованию единой облачной информационно-библиотечной"
                  + " платформы, поддерживающей стандартные процессы автоматизации библиотечной"
                  + " деятельности: каталогизацию, комплектование, доступ к справочно-поисковому"
                  + " аппарату и к полнотекстовым ресурсам",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(OFFICE, SCHOOLS),
              "Программный продукт",
              "Создание условий для автоматизации деятельности школьных"
                  + " информационно-библиотечных центров"),
          new SeedItem(
              "6.3",
              "Создание на базе школьных библиотек условий для реализации электронного обучения,"
                  + " дистанционных образовательных технологий",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(OFFICE, SCHOOLS),
              "Информационные и методические материалы",
              "Реализация дистанционных образовательных технологий"),
          new SeedItem(
              "7.1",
              "Участие в деловой выставочной программе «Образование и карьера»",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(OFFICE, SCHOOLS),
              "Информационные и аналитические материалы",
              "Участие в мероприятии"),
          new SeedItem(
              "7.2",
              "Организация участия в мероприятиях по популяризации и развитию культуры чтения",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(OFFICE, CDT, SCHOOLS),
              "Информационные материалы, публикации в СМИ, на официальных сайтах",
              "Проведение мероприятий"),
          new SeedItem(
              "8.1",
              "Мониторинг реализации Концепции развития школьных информационно-библиотечных"
                  + " центров",
              "2019-2021 годы, 1 раз в квартал",
              YEARS_2019_2021.every(new Recurrence(1, Per.QUARTER)),
              List.of(DEPARTMENT, OFFICE, SCHOOLS),
              "Аналитические и методические материалы",
              "Обеспечение прозрачности реализации Концепции развития школьных"
                  + " информационно-библиотечных центров:"),
          new SeedItem(
              "8.2",
              "Разработкой предложений по совершенствованию Концепции развития школьных"
                  + " информационно-библиотечных центров",
              "2019-2021 годы",
              YEARS_2019_2021,
              List.of(DEPARTMENT, OFFICE, SCHOOLS),
              "Аналитические приказы",
              "Изменения в Концепции развития школьных информационно-библиотечных центров:"));

  private static final SeedRoadmap ROADMAP = RoadmapSeedParser.parse(seedText());

  @Test
  void readsTheTitleAndTheApprovingOrder() {
    assertEquals(
        "План («дорожная карта») реализации Концепции развития школьных"
            + " информационно-библиотечных центров Переволоцкого района",
        ROADMAP.title());
    assertEquals("приказ РОО от 15.02.2019 года № 33", ROADMAP.approvedBy());
  }

  @Test
  void readsTheEightSectionsWithTheirNumbersAndTitles() {
    assertEquals(
        SECTIONS.stream().map(s -> s.number() + ". " + s.title()).toList(),
        ROADMAP.sections().stream().map(s -> s.number() + ". " + s.title()).toList());
  }

  @Test
  void placesTheTwentySixItemsInTheirSectionsInTheOrderOfTheFile() {
    Map<Integer, List<String>> expected =
        Map.of(
            1, List.of("1.1", "1.2", "1.3"),
            2, List.of("2.1", "2.2", "2.3"),
            3, List.of("3.1", "3.2", "3.3", "3.4", "3.5", "3.6"),
            4, List.of("4.1", "4.2"),
            5, List.of("5.1", "5.2", "5.3", "5.4", "5.5"),
            6, List.of("6.1", "6.2", "6.3"),
            7, List.of("7.1", "7.2"),
            8, List.of("8.1", "8.2"));
    for (SeedSection section : ROADMAP.sections()) {
      assertEquals(
          expected.get(section.number()),
          section.items().stream().map(SeedItem::number).toList(),
          "section " + section.number());
    }
    assertEquals(26, ROADMAP.items().size());
    assertEquals(ITEMS.stream().map(SeedItem::number).toList(), numbers(ROADMAP.items()));
  }

  @ParameterizedTest(name = "item {0}")
  @MethodSource("itemNumbers")
  void readsEveryFieldOfItem(String number) {
    SeedItem expected = ITEMS.stream().filter(i -> i.number().equals(number)).findFirst().get();
    SeedItem actual = ROADMAP.item(number).orElseThrow();
    assertAll(
        number,
        () -> assertEquals(expected.number(), actual.number(), "number"),
        () -> assertEquals(expected.measure(), actual.measure(), "measure"),
        () -> assertEquals(expected.timeframe(), actual.timeframe(), "timeframe as written"),
        () -> assertEquals(expected.period().start(), actual.period().start(), "period start"),
        () -> assertEquals(expected.period().end(), actual.period().end(), "period end"),
        () -> assertEquals(expected.period().recurrence(), actual.period().recurrence(), "rate"),
        () -> assertEquals(expected.executors(), actual.executors(), "executors"),
        () -> assertEquals(expected.documentType(), actual.documentType(), "document type"),
        () -> assertEquals(expected.expectedResult(), actual.expectedResult(), "result"),
        () -> assertEquals(expected, actual, "the whole item"));
  }

  @Test
  void takesTheRoadmapPeriodFromTheTimeframesWhenTheTitleNamesNoYears() {
    assertEquals(ROADMAP, RoadmapSeedParser.parse(seedText(), Timeframe.years(2019, 2021)));
  }

  @Test
  void writesItem22WithoutItsTrailingDot() {
    assertTrue(ROADMAP.item("2.2").isPresent());
    assertTrue(ROADMAP.item("2.2.").isEmpty());
  }

  @Test
  void keepsNoWhitespaceArtefactsInAnyText() {
    for (SeedItem item : ROADMAP.items()) {
      Stream.concat(
              Stream.of(
                  item.number(),
                  item.measure(),
                  item.timeframe(),
                  item.documentType(),
                  item.expectedResult()),
              item.executors().stream())
          .forEach(
              text ->
                  assertTrue(
                      text.equals(text.strip()) && !text.contains("  ") && !text.contains("\t"),
                      item.number() + ": «" + text + "»"));
    }
  }

  // The quirks, one at a time, on small tables.

  private static final String HEAD =
      "План мероприятий на 2025-2027 годы\n\n"
          + "\t№\n\tМероприятия\n\tСроки реализации\n\tИсполнители\n\tВид документа\n"
          + "\tОжидаемые результаты\n\n"
          + "\t1. Раздел\n\n";

  @Test
  void takesTheRoadmapPeriodFromTheTitleWhenItNamesTheYears() {
    SeedItem item =
        single("\t1.1\n\tМера\n\tежеквартально\n\tОтдел образования\n\tПриказ\n\tИтог\n");
    assertEquals(Timeframe.years(2025, 2027).every(new Recurrence(1, Per.QUARTER)), item.period());
  }

  @Test
  void joinsAWordBrokenAtAHyphenWithoutASpaceAndOtherBrokenLinesWithOne() {
    SeedItem item =
        single(
            "\t1.1\n\tМера  \n\n\t2025 год\n\tОтдел образования\n"
                + "\tИнформационно-\nаналитические\nматериалы\n\tИтог -\nвторой\n");
    assertEquals("Мера", item.measure());
    assertEquals("Информационно-аналитические материалы", item.documentType());
    assertEquals("Итог - второй", item.expectedResult());
  }

  @Test
  void readsATabInsideALineAsASpace() {
    SeedItem item =
        single(
            "\t1.1\n\tРазработка\tпо \nсовершенствованию\n\t2025 год\n\tРОО\n\tПриказ\n\tИтог\n");
    assertEquals("Разработка по совершенствованию", item.measure());
  }

  @Test
  void readsAnEmptyCellAsAnEmptyDocumentType() {
    SeedItem tabOnly = single("\t1.1\n\tМера\n\t2025 год\n\tРОО\n\t\n\tИтог\n");
    SeedItem missing = single("\t1.1\n\tМера\n\t2025 год\n\tРОО\n\n\tИтог\n");

    assertEquals("", tabOnly.documentType());
    assertEquals("Итог", tabOnly.expectedResult());
    assertEquals("", missing.documentType());
    assertEquals("Итог", missing.expectedResult());
  }

  @Test
  void splitsExecutorsOnlyAlongNamesSeenOnTheirOwnLines() {
    SeedRoadmap roadmap =
        RoadmapSeedParser.parse(
            HEAD
                + "\t1.1\n\tМера\n\t2025 год\n\tОтдел образования\nЦДТ\n\tПриказ\n\tИтог\n\n"
                + "\t1.2\n\tМера\n\t2025 год\n\tОтдел образования ЦДТ\nМетодист школы\n"
                + "\tПриказ\n\tИтог\n");

    assertEquals(
        List.of("Отдел образования", "ЦДТ", "Методист школы"),
        roadmap.item("1.2").orElseThrow().executors());
  }

  @Test
  void readsWindowsLineEndsAndAByteOrderMark() {
    SeedRoadmap roadmap =
        RoadmapSeedParser.parse(
            "\uFEFF"
                + (HEAD + "\t1.1\n\tМера\n\t2025 год\n\tРОО\n\tПриказ\n\tИтог\n")
                    .replace("\n", "\r\n"));
    assertEquals("План мероприятий на 2025-2027 годы", roadmap.title());
    assertEquals("", roadmap.approvedBy());
    assertEquals("Итог", roadmap.item("1.1").orElseThrow().expectedResult());
  }

  @Test
  void failsOnATextWithoutTheTable() {
    var e = assertThrows(IllegalArgumentException.class, () -> RoadmapSeedParser.parse("План"));
    assertTrue(e.getMessage().contains("«№»"), e.getMessage());
  }

  @Test
  void failsOnAHeaderWithOtherColumns() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RoadmapSeedParser.parse(HEAD.replace("Исполнители", "Ответственные")));
    assertTrue(e.getMessage().contains("«Ответственные»"), e.getMessage());
  }

  @Test
  void failsOnAnUnrecognisedTimeframeNamingTheItemAndTheText() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> single("\t1.1\n\tМера\n\tв течение года\n\tРОО\n\tПриказ\n\tИтог\n"));
    assertEquals("Item 1.1: Unrecognised timeframe: «в течение года»", e.getMessage());
  }

  @Test
  void failsOnATimeframeOutsideTheRoadmapPeriod() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> single("\t1.1\n\tМера\n\t2028 год\n\tРОО\n\tПриказ\n\tИтог\n"));
    assertTrue(e.getMessage().startsWith("Item 1.1: timeframe «2028 год» lies outside"));
  }

  @Test
  void failsWhenNothingNamesTheRoadmapsYearsAndNoPeriodIsGiven() {
    String text =
        HEAD.replace("План мероприятий на 2025-2027 годы", "План мероприятий")
            + "\t1.1\n\tМера\n\tпостоянно\n\tРОО\n\tПриказ\n\tИтог\n";

    var e = assertThrows(IllegalArgumentException.class, () -> RoadmapSeedParser.parse(text));
    assertTrue(e.getMessage().startsWith("Cannot tell the roadmap's period"), e.getMessage());
    assertEquals(
        Timeframe.years(2025, 2027),
        RoadmapSeedParser.parse(text, Timeframe.years(2025, 2027)).items().get(0).period());
  }

  @Test
  void failsOnAnItemWithTooFewCells() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                single("\t1.1\n\tМера\n\t2025 год\n\n\t1.2\n\tМера\n\t2025 год\n\tРОО\n\tИтог\n"));
    assertTrue(e.getMessage().contains("item 1.1 has 3 of its 6 cells"), e.getMessage());
  }

  @Test
  void failsOnAnItemUnderAnotherSection() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> single("\t2.1\n\tМера\n\t2025 год\n\tРОО\n\tПриказ\n\tИтог\n"));
    assertTrue(e.getMessage().contains("item 2.1 is under section 1"), e.getMessage());
  }

  @Test
  void failsOnAnExtraCell() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> single("\t1.1\n\tМера\n\t2025 год\n\tРОО\n\tПриказ\n\tИтог\n\tЛишнее\n"));
    assertTrue(e.getMessage().contains("found «Лишнее»"), e.getMessage());
  }

  private static SeedItem single(String rows) {
    List<SeedItem> items = RoadmapSeedParser.parse(HEAD + rows).items();
    assertEquals(1, items.size(), "items");
    return items.get(0);
  }

  private static SeedSection section(int number, String title) {
    return new SeedSection(number, title, List.of());
  }

  static Stream<String> itemNumbers() {
    return ITEMS.stream().map(SeedItem::number);
  }

  private static List<String> numbers(List<SeedItem> items) {
    return items.stream().map(SeedItem::number).toList();
  }

  private static String seedText() {
    try (InputStream in = RoadmapSeedParserTest.class.getResourceAsStream(SEED)) {
      return new String(Objects.requireNonNull(in, SEED).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
