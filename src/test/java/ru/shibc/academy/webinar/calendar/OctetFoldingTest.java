package ru.shibc.academy.webinar.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OctetFoldingTest {

  @Test
  void leavesA75OctetLineAloneAndFoldsA76OctetOne() {
    String exactly75 = "SUMMARY:" + "x".repeat(67);
    String octets76 = exactly75 + "y";

    assertEquals(exactly75 + "\r\n", OctetFolding.fold(exactly75));
    assertEquals(exactly75 + "\r\n y\r\n", OctetFolding.fold(octets76));
  }

  @Test
  void countsCyrillicAsTwoOctetsAndNeverSplitsACharacter() {
    // "SUMMARY:" is 8 octets; 33 Cyrillic letters are 66 more: 74; the 34th would make 76
    String line = "SUMMARY:" + "Ж".repeat(34);

    assertEquals("SUMMARY:" + "Ж".repeat(33) + "\r\n Ж\r\n", OctetFolding.fold(line));
  }

  @Test
  void keepsASurrogatePairTogether() {
    String line = "X:" + "a".repeat(72) + "😀";

    assertEquals("X:" + "a".repeat(72) + "\r\n 😀\r\n", OctetFolding.fold(line));
  }
}
