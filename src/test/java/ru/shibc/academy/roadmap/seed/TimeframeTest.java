package ru.shibc.academy.roadmap.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.shibc.academy.roadmap.seed.Recurrence.Per;

class TimeframeTest {

  private static final Timeframe ROADMAP = Timeframe.years(2019, 2021);

  // The forms of the seed file.

  @Test
  void readsAMonthAsItsFirstToItsLastDay() {
    assertEquals(
        Timeframe.of(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 28)),
        parse("февраль 2019  года"));
  }

  @Test
  void readsAYearAsItsFirstToItsLastDay() {
    assertEquals(
        Timeframe.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), parse("2019 год"));
  }

  @ParameterizedTest
  @CsvSource({
    "2019-2021 годы, 2019, 2021",
    "2019-2020 годы, 2019, 2020",
    "2020-2021 годы, 2020, 2021"
  })
  void readsARangeOfYearsFromTheFirstDayOfTheFirstToTheLastDayOfTheLast(
      String text, int first, int last) {
    assertEquals(
        new Timeframe(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Optional.empty()),
        parse(text));
  }

  @Test
  void readsAtLeastTwiceAYearAsTheYearsWithARateOfTwoPerYear() {
    Timeframe timeframe = parse("2019-2021 годы, не реже 2 раз в год");

    assertEquals(LocalDate.of(2019, 1, 1), timeframe.start());
    assertEquals(LocalDate.of(2021, 12, 31), timeframe.end());
    assertEquals(Optional.of(new Recurrence(2, Per.YEAR)), timeframe.recurrence());
  }

  @Test
  void readsOnceAQuarterAfterThePeriodAsARateOfOnePerQuarter() {
    assertEquals(
        ROADMAP.every(new Recurrence(1, Per.QUARTER)), parse("2019-2021 годы, 1 раз в квартал"));
  }

  // Forms the seed does not use but later roadmaps are likely to.

  @ParameterizedTest
  @CsvSource({
    "1 раз в квартал, 1, QUARTER",
    "ежеквартально, 1, QUARTER",
    "ежегодно, 1, YEAR",
    "ежемесячно, 1, MONTH",
    "не реже 2 раз в год, 2, YEAR",
    "не менее 3 раз в год, 3, YEAR",
    "2 раза в месяц, 2, MONTH"
  })
  void readsARateAloneAsTheRoadmapsWholePeriodAtThatRate(String text, int times, Per per) {
    assertEquals(ROADMAP.every(new Recurrence(times, per)), parse(text));
  }

  @Test
  void readsAPeriodWithAnEveryWordRate() {
    assertEquals(
        Timeframe.years(2020, 2021).every(new Recurrence(1, Per.QUARTER)),
        parse("2020-2021 годы, ежеквартально"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"постоянно", "по мере необходимости", "Постоянно"})
  void readsStandingFormsAsTheRoadmapsWholePeriodWithoutARate(String text) {
    assertEquals(ROADMAP, parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"сентябрь 2019 – май 2020", "сентябрь 2019 - май 2020", "Сентябрь 2019—май 2020"})
  void readsARangeOfMonthsFromTheFirstDayOfTheFirstToTheLastDayOfTheLast(String text) {
    assertEquals(Timeframe.of(LocalDate.of(2019, 9, 1), LocalDate.of(2020, 5, 31)), parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2019 год", "2019 г.", "2019", " 2019  год ", "2019\u00A0год", "2019\tгода"})
  void toleratesSpacingAndTheWordForYear(String text) {
    assertEquals(Timeframe.years(2019, 2019), parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019 – 2021 годы", "2019—2021 гг.", "2019-2021"})
  void toleratesDashesAndAbbreviationsInARangeOfYears(String text) {
    assertEquals(ROADMAP, parse(text));
  }

  @Test
  void readsFebruaryOfALeapYearToThe29th() {
    assertEquals(LocalDate.of(2020, 2, 29), parse("февраль 2020 года").end());
  }

  // Failures.

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "в течение года",
        "2019-2021 годы, иногда",
        "весна 2019 года",
        "февраля 2019 года",
        "19-21 годы",
        "2019-2021 годы, 0 раз в год",
        "99999999999 раз в год",
        "2019-2021 годы, 2 раза в неделю",
        "1 раз в квартал, 2019 год"
      })
  void failsOnAnUnrecognisedTimeframeNamingIt(String text) {
    var e = assertThrows(IllegalArgumentException.class, () -> parse(text));
    assertTrue(e.getMessage().contains("«" + text + "»"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-2019 годы", "май 2020 – сентябрь 2019"})
  void failsOnAPeriodThatEndsBeforeItStarts(String text) {
    var e = assertThrows(IllegalArgumentException.class, () -> parse(text));
    assertEquals("Timeframe «" + text + "» ends before it starts", e.getMessage());
  }

  @Test
  void refusesARecurrenceOfLessThanOnce() {
    assertThrows(IllegalArgumentException.class, () -> new Recurrence(0, Per.YEAR));
  }

  @Test
  void refusesATimeframeThatEndsBeforeItStarts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Timeframe.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
  }

  @Test
  void tellsWhetherItLiesWithinAnotherPeriod() {
    assertTrue(Timeframe.years(2020, 2021).within(ROADMAP));
    assertTrue(ROADMAP.within(ROADMAP));
    assertFalse(Timeframe.years(2021, 2022).within(ROADMAP));
  }

  private static Timeframe parse(String text) {
    return Timeframe.parse(text, ROADMAP);
  }
}
