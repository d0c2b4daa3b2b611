package ru.shibc.academy.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianTextTest {

  @ParameterizedTest
  @CsvSource({
    "1, 1 час",
    "2, 2 часа",
    "5, 5 часов",
    "11, 11 часов",
    "12, 12 часов",
    "14, 14 часов",
    "21, 21 час",
    "22, 22 часа",
    "36, 36 часов",
    "72, 72 часа",
    "101, 101 час",
    "111, 111 часов",
    "112, 112 часов",
    "250, 250 часов",
    "0, 0 часов"
  })
  void hoursAgreeWithTheNumber(long count, String expected) {
    assertEquals(expected, RussianText.hours(count));
  }

  @Test
  void pluralPicksTheFormForEachEnding() {
    assertEquals("день", RussianText.plural(31, "день", "дня", "дней"));
    assertEquals("дня", RussianText.plural(1003, "день", "дня", "дней"));
    assertEquals("дней", RussianText.plural(1013, "день", "дня", "дней"));
  }

  @Test
  void longDateUsesTheGenitiveMonth() {
    assertEquals("25 ноября 2026 г.", RussianText.longDate(LocalDate.of(2026, 11, 25)));
    assertEquals("1 марта 2027 г.", RussianText.longDate(LocalDate.of(2027, 3, 1)));
    assertEquals("31 декабря 2026 г.", RussianText.longDate(LocalDate.of(2026, 12, 31)));
  }

  @ParameterizedTest
  @CsvSource({"17.5, '17,5'", "20, 20", "20.00, 20", "0.25, '0,25'", "100, 100", "1E+2, 100"})
  void decimalsUseACommaAndDropTrailingZeros(String number, String expected) {
    assertEquals(expected, RussianText.decimal(new BigDecimal(number)));
  }
}
