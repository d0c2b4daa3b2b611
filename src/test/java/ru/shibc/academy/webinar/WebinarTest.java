package ru.shibc.academy.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebinarTest {

  private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

  private static Webinar webinar(WebinarStatus status) {
    return new Webinar(1, "u", WebinarKind.WEBINAR, "Каталог ШИБЦ", null, null, START, 60, "Asia/Yekaterinburg", 10,
        Audience.ALL, null, List.of(), status, ProviderKind.LINK, "https://example.ru/room", null, 15, 0, null, 1,
        START, START);
  }

  @Test
  void joiningOpensBeforeTheStartAndClosesAtTheEnd() {
    Webinar w = webinar(WebinarStatus.SCHEDULED);
    assertFalse(w.joinOpen(START.minusSeconds(15 * 60 + 1)));
    assertTrue(w.joinOpen(START.minusSeconds(15 * 60)));
    assertTrue(w.joinOpen(START.plusSeconds(60 * 60)));
    assertFalse(w.joinOpen(START.plusSeconds(60 * 60 + 1)));
    assertFalse(webinar(WebinarStatus.CANCELLED).joinOpen(START));
  }

  @Test
  void onlyWebAddressesAreRooms() {
    assertTrue(WebinarRules.isWebUrl("https://telemost.yandex.ru/j/123"));
    assertTrue(WebinarRules.isWebUrl("http://bbb.school.ru/b/abc"));
    assertFalse(WebinarRules.isWebUrl("javascript:alert(1)"));
    assertFalse(WebinarRules.isWebUrl("ftp://files.ru/x"));
    assertFalse(WebinarRules.isWebUrl("https:///nohost"));
    assertFalse(WebinarRules.isWebUrl(" "));
    assertFalse(WebinarRules.isWebUrl(null));
  }

  @Test
  void reminderKeysNameTheWebinarTheOccasionThePersonAndTheSequence() {
    Participant p = new Participant(7, "Соколова Елена Андреевна", "s@school.ru", 3, "Школа № 1");
    assertEquals("webinar:1:reminder-24h:7:0", WebinarMail.key("reminder-24h", webinar(WebinarStatus.SCHEDULED), p, 0));
  }

  @Test
  void roadmapItemsAreReadFromTheStoredList() {
    assertEquals(List.of("1.3", "3.1"), Rows.items(" 1.3, 3.1 ,"));
    assertEquals(List.of(), Rows.items(null));
  }
}
