package ru.shibc.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberPatternTest {

  @Test
  void theDefaultPatternPadsTheSequence() {
    assertEquals("2026-00017", new NumberPattern("{year}-{seq:05}").format(2026, 17));
  }

  @Test
  void literalTextAndAnUnpaddedSequenceAreKept() {
    assertEquals("ИМЦ/2025/123456", new NumberPattern("ИМЦ/{year}/{seq}").format(2025, 123456));
  }

  @Test
  void aPatternWithoutTheSequenceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new NumberPattern("{year}"));
    assertThrows(IllegalArgumentException.class, () -> new NumberPattern("{year}-{seq}-{month}"));
  }

  @Test
  void verificationCodesAreWellFormedAndDifferent() {
    String a = VerificationCode.random();
    String b = VerificationCode.random();
    assertEquals(32, a.length());
    assertTrue(VerificationCode.isWellFormed(a));
    assertNotEquals(a, b);
    assertFalse(VerificationCode.isWellFormed("2026-00017"));
    assertFalse(VerificationCode.isWellFormed(a.toUpperCase()));
    assertFalse(VerificationCode.isWellFormed(null));
  }

  @Test
  void surnamesCompareWithoutCaseAndWithYoAsYe() {
    assertTrue(Verification.sameSurname("федорова ", "Фёдорова"));
    assertFalse(Verification.sameSurname("Федоров", "Фёдорова"));
  }
}
