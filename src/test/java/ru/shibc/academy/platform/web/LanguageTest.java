package ru.shibc.academy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The query a language link brings the page back with: the page's own, never anything else. */
class LanguageTest {

  @Test
  void aPagesOwnQueryComesBack() {
    assertEquals("id=5&open=17", Language.safeQuery("id=5&open=17"));
    assertEquals("text=%D0%A8%D0%98%D0%91%D0%A6&page=2", Language.safeQuery("text=%D0%A8%D0%98%D0%91%D0%A6&page=2"));
    assertEquals("", Language.safeQuery(null));
  }

  @Test
  void aQueryThatCouldBreakTheRedirectIsDropped() {
    assertEquals("", Language.safeQuery("id=5\r\nSet-Cookie: a=b"));
    assertEquals("", Language.safeQuery("id=5#x"));
    assertEquals("", Language.safeQuery("/\\evil.example/"));
    assertEquals("", Language.safeQuery("id=\"><script>"));
    assertEquals("", Language.safeQuery("x=" + "1".repeat(2001)));
  }
}
