package ru.shibc.academy.webinar.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import ru.shibc.academy.platform.api.AcademyException;

class ConsultationSlotsTest {

  @Test
  void aJoinLinkMustBeAbsoluteHttpOrHttps() {
    assertEquals("https://telemost.yandex.ru/j/123", ConsultationSlots.joinUrl(" https://telemost.yandex.ru/j/123 "));
    assertEquals("http://rmk.example.ru/room", ConsultationSlots.joinUrl("http://rmk.example.ru/room"));
    assertNull(ConsultationSlots.joinUrl("  "));
    for (String bad : new String[] {"javascript:alert(1)", "ftp://x.ru/a", "rmk.example.ru/room", "https://", "http://a b"}) {
      AcademyException e = assertThrows(AcademyException.class, () -> ConsultationSlots.joinUrl(bad), bad);
      assertEquals("consultation.slot.joinUrl", e.messageKey());
    }
  }

  @Test
  void aTopicIsTrimmedAndLimited() {
    assertEquals("Аттестация", ConsultationSlots.cleanTopic("  Аттестация "));
    assertNull(ConsultationSlots.cleanTopic(""));
    assertThrows(AcademyException.class, () -> ConsultationSlots.cleanTopic("а".repeat(251)));
  }
}
