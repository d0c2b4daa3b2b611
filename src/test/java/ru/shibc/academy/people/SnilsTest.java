package ru.shibc.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnilsTest {

  // Checksums computed by hand with weights 9..1:
  // 112-233-445: 9+8+14+12+15+12+12+8+5 = 95 -> 95
  // 987-654-321: 81+64+49+36+25+16+9+4+1 = 285 -> 285 % 101 = 83

  @ParameterizedTest
  @ValueSource(strings = {"11223344595", "112-233-445 95", "112 233 445 95", " 112-233-445-95 "})
  void acceptsTheUsualWritings(String text) {
    assertEquals("11223344595", Snils.parse(text).digits());
  }

  @Test
  void formatsAsOnTheCertificate() {
    assertEquals("987-654-321 83", Snils.parse("98765432183").formatted());
  }

  @Test
  void computesControlAsSumModulo101AboveOneHundredAndOne() {
    // 81+8+7+6+5+1 = 108 -> 7; 81+16+7 = 104 -> 3
    assertTrue(Snils.isValid("911-110-001 07"));
    assertTrue(Snils.isValid("921-000-000 03"));
    assertFalse(Snils.isValid("921-000-000 04"));
  }

  @Test
  void usesZeroControlWhenSumIsOneHundred() {
    // 9*9 + 8*1 + 7*1 + 4*1 = 81+8+7+4 = 100
    assertTrue(Snils.isValid("911-001-000 00"));
    assertFalse(Snils.isValid("911-001-000 01"));
  }

  @Test
  void usesZeroControlWhenSumIsOneHundredAndOne() {
    // 9*9 + 8*1 + 7*1 + 5*1 = 81+8+7+5 = 101
    assertTrue(Snils.isValid("911-010-000 00"));
    assertFalse(Snils.isValid("911-010-000 01"));
  }

  @Test
  void usesZeroControlWhenSumModulo101IsOneHundred() {
    // 9*9 + 8*9 + 7*6 + 6*1 = 81+72+42+6 = 201 -> 201 % 101 = 100 -> 0
    assertTrue(Snils.isValid("996-100-000 00"));
  }

  @Test
  void rejectsWrongChecksum() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Snils.parse("112-233-445 96"));
    assertTrue(e.getMessage().contains("checksum"));
  }

  @Test
  void skipsChecksumForNumbersIssuedBeforeIt() {
    assertTrue(Snils.isValid("001-001-998 55"));
    assertTrue(Snils.isValid("000-000-111 99"));
    assertFalse(Snils.isValid("001-001-999 55"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1122334459", "112233445950", "112-233-445 9O", "112/233/445 95"})
  void rejectsAnythingButElevenDigits(String text) {
    assertThrows(IllegalArgumentException.class, () -> Snils.parse(text));
    assertFalse(Snils.isValid(text));
  }

  @Test
  void rejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> Snils.parse(null));
    assertFalse(Snils.isValid(null));
  }

  @Test
  void cannotBeConstructedInvalid() {
    assertThrows(IllegalArgumentException.class, () -> new Snils("11223344596"));
    assertThrows(IllegalArgumentException.class, () -> new Snils("112-233-445 95"));
  }

  @Test
  void masksTheNumberInToString() {
    assertEquals("***-***-*** 95", Snils.parse("11223344595").toString());
  }

  @Test
  void equalsByDigits() {
    assertEquals(Snils.parse("112 233 445 95"), Snils.parse("11223344595"));
  }
}
