package ru.shibc.academy.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher fast = new PasswordHasher(1_000);

  @Test
  void productionHashesUseAtLeast210000Iterations() {
    String hash = new PasswordHasher().hash("библиотека");
    assertEquals("pbkdf2-sha512", hash.split("\\$")[0]);
    assertTrue(Integer.parseInt(hash.split("\\$")[1]) >= 210_000);
  }

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    String hash = fast.hash("Книга-2024!");
    assertTrue(fast.verify("Книга-2024!", hash));
    assertFalse(fast.verify("книга-2024!", hash));
    assertFalse(fast.verify("", hash));
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    assertNotEquals(fast.hash("demo"), fast.hash("demo"));
  }

  @Test
  void aHashKeepsItsOwnIterationCountSoThatTheDefaultCanRise() {
    String old = new PasswordHasher(500).hash("demo");
    assertTrue(new PasswordHasher(2_000).verify("demo", old));
  }

  @Test
  void malformedOrMissingHashesNeverMatch() {
    assertFalse(fast.verify("demo", null));
    assertFalse(fast.verify(null, fast.hash("demo")));
    assertFalse(fast.verify("demo", "plain-text"));
    assertFalse(fast.verify("demo", "pbkdf2-sha512$abc$$"));
    assertFalse(fast.verify("demo", "md5$1$c2FsdA$aGFzaA"));
  }
}
