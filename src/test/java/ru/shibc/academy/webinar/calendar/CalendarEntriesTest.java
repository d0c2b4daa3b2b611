package ru.shibc.academy.webinar.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarEntriesTest {

  private static final Instant NOW = Instant.parse("2026-11-26T05:00:00Z");
  private final CalendarEntries entries =
      new CalendarEntries(WebinarCalendar.DEFAULT_ZONE, Clock.fixed(NOW, ZoneOffset.UTC));
  private static final CalendarPerson METHODOLOGIST =
      new CalendarPerson("Белозерова Наталья Петровна", "belozerova.np@rmk.zarechye-edu.ru");

  @Test
  void eachEntryKeepsItsOwnUidAndTheFeedIsValid() throws Exception {
    WebinarEvent consultation =
        new WebinarEvent("x", "Консультация: подготовка к аттестации", "Вопрос: какие документы нужны?",
            Instant.parse("2026-12-01T10:00:00Z"), Duration.ofMinutes(30), URI.create("https://rmk.example.ru/room"), 2,
            true, METHODOLOGIST);
    WebinarEvent webinar =
        new WebinarEvent("x", "Вебинар: модель ШИБЦ", null, Instant.parse("2026-12-03T09:00:00Z"), Duration.ofMinutes(90),
            null, 0, false, METHODOLOGIST);

    String text =
        entries.feed("Мой календарь", List.of(
            new CalendarEntries.Entry("consultation-abc@academy.example.ru", consultation),
            new CalendarEntries.Entry("webinar-42@academy.example.ru", webinar)));

    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    calendar.validate();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals("consultation-abc@academy.example.ru", value(events.get(0), Property.UID));
    assertEquals("2", value(events.get(0), Property.SEQUENCE));
    assertEquals("CANCELLED", value(events.get(0), Property.STATUS));
    assertEquals("20261201T150000", value(events.get(0), Property.DTSTART));
    assertEquals("webinar-42@academy.example.ru", value(events.get(1), Property.UID));
    assertEquals("CONFIRMED", value(events.get(1), Property.STATUS));
    assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
    assertTrue(text.contains("X-WR-CALNAME:Мой календарь\r\n"));
    for (String line : text.split("\r\n")) {
      assertFalse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 75, line);
    }
  }

  @Test
  void localTimesAreRightAllYearRound() throws Exception {
    for (String month : List.of("01", "03", "06", "10", "11", "12")) {
      WebinarEvent event =
          new WebinarEvent("x", "Консультация", null, Instant.parse("2027-" + month + "-15T10:00:00Z"),
              Duration.ofMinutes(30), null, 0, false, null);
      String text = entries.file(new CalendarEntries.Entry("consultation-1@academy.example.ru", event));
      assertTrue(text.contains("DTSTART;TZID=Asia/Yekaterinburg:2027" + month + "15T150000\r\n"), month + ": " + text);
      assertTrue(text.contains("DTEND;TZID=Asia/Yekaterinburg:2027" + month + "15T153000\r\n"), month);
    }
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).orElseThrow().getValue();
  }
}
