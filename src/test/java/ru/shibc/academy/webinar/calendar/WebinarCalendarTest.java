package ru.shibc.academy.webinar.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class WebinarCalendarTest {

  private static final Instant NOW = Instant.parse("2025-03-01T06:30:00Z");
  private static final Instant START = Instant.parse("2025-03-10T10:00:00Z"); // 15:00 local
  private static final CalendarPerson OFFICE =
      new CalendarPerson("Методический кабинет", "metod@academy.example.ru");

  private final WebinarCalendar calendars =
      new WebinarCalendar("academy.example.ru", Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aWebinarFileHasEveryRequiredPropertyAndIsValid() throws Exception {
    String text = calendars.file(webinar(0, false, OFFICE));

    Calendar calendar = parseAndValidate(text);

    assertEquals("-//ShIBC Academy//RU", value(calendar, Property.PRODID));
    assertEquals("2.0", value(calendar, Property.VERSION));
    assertEquals("PUBLISH", value(calendar, Property.METHOD));
    VEvent event = onlyEvent(calendar);
    assertEquals("webinar-42@academy.example.ru", value(event, Property.UID));
    assertEquals("20250301T063000Z", value(event, Property.DTSTAMP));
    assertEquals("20250310T150000", value(event, Property.DTSTART));
    assertEquals(
        "Asia/Yekaterinburg",
        event
            .getProperty(Property.DTSTART)
            .orElseThrow()
            .getParameter(Parameter.TZID)
            .orElseThrow()
            .getValue());
    assertEquals("20250310T163000", value(event, Property.DTEND));
    assertEquals("0", value(event, Property.SEQUENCE));
    assertEquals("CONFIRMED", value(event, Property.STATUS));
    assertEquals("Школьный ИБЦ: каталог; поиск, выдача", value(event, Property.SUMMARY));
    assertEquals(
        "Для библиотекарей школ.\n"
            + "Возьмите наушники.\n\n"
            + "https://academy.example.ru/webinars/42/join",
        value(event, Property.DESCRIPTION));
    assertEquals("https://academy.example.ru/webinars/42/join", value(event, Property.URL));
    assertEquals("https://academy.example.ru/webinars/42/join", value(event, Property.LOCATION));
    assertEquals("mailto:metod@academy.example.ru", value(event, Property.ORGANIZER));
  }

  @Test
  void theTimesAreTheRightInstantsInTheDistrictsZone() throws Exception {
    VEvent event = onlyEvent(parseAndValidate(calendars.file(webinar(0, false, OFFICE))));
    Calendar calendar = parseAndValidate(calendars.file(webinar(0, false, OFFICE)));

    Temporal start = event.getDateTimeStart().getDate();
    assertEquals(START, ZonedDateTime.from(start).toInstant());
    VTimeZone zone = calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
    assertEquals("Asia/Yekaterinburg", value(zone, Property.TZID));
  }

  @Test
  void linesUseCrlfAndAreFoldedAt75OctetsNotCharacters() throws Exception {
    WebinarEvent longTitle =
        new WebinarEvent(
            "42",
            "Развитие школьных информационно-библиотечных центров: нормативная база, "
                + "модели, этапы перехода и опыт образовательных организаций округа 😀",
            "Очень длинное описание ".repeat(20),
            START,
            Duration.ofMinutes(90),
            null,
            0,
            false,
            OFFICE);

    String text = calendars.file(longTitle);

    assertTrue(text.endsWith("\r\n"));
    assertFalse(text.replace("\r\n", "").contains("\n"), "no bare line feeds");
    for (String line : text.split("\r\n")) {
      byte[] octets = line.getBytes(StandardCharsets.UTF_8);
      assertTrue(octets.length <= 75, octets.length + " octets: " + line);
      strictUtf8(octets); // no line ends or begins inside a character
    }
    assertTrue(text.contains("\r\n "), "long lines are folded");
    assertEquals(longTitle.title(), value(onlyEvent(parseAndValidate(text)), Property.SUMMARY));
  }

  @Test
  void aCancelledWebinarKeepsItsUidWithAHigherSequence() throws Exception {
    VEvent first = onlyEvent(parseAndValidate(calendars.file(webinar(0, false, OFFICE))));
    VEvent moved = onlyEvent(parseAndValidate(calendars.file(webinar(1, false, OFFICE))));
    VEvent cancelled = onlyEvent(parseAndValidate(calendars.file(webinar(2, true, OFFICE))));

    assertEquals(value(first, Property.UID), value(moved, Property.UID));
    assertEquals(value(first, Property.UID), value(cancelled, Property.UID));
    assertEquals(
        List.of("0", "1", "2"),
        List.of(
            value(first, Property.SEQUENCE),
            value(moved, Property.SEQUENCE),
            value(cancelled, Property.SEQUENCE)));
    assertEquals("CANCELLED", value(cancelled, Property.STATUS));
  }

  @Test
  void withoutAnOrganizerTheFileCarriesNoMethodAndIsStillValid() throws Exception {
    Calendar calendar = parseAndValidate(calendars.file(webinar(0, false, null)));

    assertTrue(calendar.getProperty(Property.METHOD).isEmpty());
    assertTrue(onlyEvent(calendar).getProperty(Property.ORGANIZER).isEmpty());
  }

  @Test
  void aPersonalFeedHoldsSeveralWebinarsWithOneTimeZone() throws Exception {
    WebinarEvent other =
        new WebinarEvent(
            "43",
            "Второй вебинар",
            null,
            START.plus(Duration.ofDays(7)),
            Duration.ofHours(1),
            null,
            3,
            true,
            OFFICE);

    Calendar calendar =
        parseAndValidate(
            calendars.feed("Мои вебинары — ШИБЦ", List.of(webinar(0, false, OFFICE), other)));

    assertEquals("Мои вебинары — ШИБЦ", value(calendar, "X-WR-CALNAME"));
    assertEquals(1, calendar.getComponents("VTIMEZONE").size());
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(
        List.of("webinar-42@academy.example.ru", "webinar-43@academy.example.ru"),
        events.stream().map(e -> value(e, Property.UID)).toList());
    assertEquals("CANCELLED", value(events.get(1), Property.STATUS));
  }

  @Test
  void anEmptyFeedIsAValidCalendar() throws Exception {
    Calendar calendar =
        new CalendarBuilder().build(new StringReader(calendars.feed("Пусто", List.of())));

    assertTrue(calendar.getComponents("VEVENT").isEmpty());
  }

  @Test
  void anInvitationIsARequestAndACancellationACancel() throws Exception {
    CalendarPerson librarian = new CalendarPerson("Анна Библиотекарева", "anna@school7.example.ru");

    Calendar request = parseAndValidate(calendars.invitation(webinar(0, false, OFFICE), librarian));
    Calendar cancel = parseAndValidate(calendars.invitation(webinar(1, true, OFFICE), librarian));

    assertEquals("REQUEST", value(request, Property.METHOD));
    assertEquals("mailto:anna@school7.example.ru", value(onlyEvent(request), Property.ATTENDEE));
    assertEquals("CANCEL", value(cancel, Property.METHOD));
    assertEquals("CANCELLED", value(onlyEvent(cancel), Property.STATUS));
    assertThrows(
        IllegalArgumentException.class,
        () -> calendars.invitation(webinar(0, false, null), librarian));
  }

  @Test
  void anotherZoneCanBeChosen() throws Exception {
    WebinarCalendar moscow =
        new WebinarCalendar(
            "academy.example.ru", ZoneId.of("Europe/Moscow"), Clock.fixed(NOW, ZoneOffset.UTC));

    VEvent event = onlyEvent(parseAndValidate(moscow.file(webinar(0, false, OFFICE))));

    assertEquals("20250310T130000", value(event, Property.DTSTART));
  }

  @Test
  void refusesWhatCannotBeACalendarEntry() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new WebinarEvent("42 x", "T", null, START, Duration.ofHours(1), null, 0, false, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WebinarEvent("42", "T", null, START, Duration.ZERO, null, 0, false, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WebinarEvent("42", "T", null, START, Duration.ofHours(1), null, -1, false, null));
    assertThrows(
        IllegalArgumentException.class, () -> new CalendarPerson("Анна", "not-an-address"));
    assertThrows(
        IllegalArgumentException.class, () -> new WebinarCalendar("bad host/", Clock.systemUTC()));
  }

  @Test
  void localTimesAreTheDistrictsInEveryMonth() throws Exception {
    for (int month = 1; month <= 12; month++) {
      Instant start = Instant.parse(String.format("2026-%02d-15T10:00:00Z", month)); // 15:00 in Yekaterinburg
      WebinarEvent w =
          new WebinarEvent("42", "Вебинар", "", start, Duration.ofMinutes(60),
              URI.create("https://academy.example.ru/webinars/42/join"), 0, false, OFFICE);

      VEvent event = onlyEvent(parseAndValidate(calendars.file(w)));

      assertEquals(String.format("2026%02d15T150000", month), value(event, Property.DTSTART), "month " + month);
      assertEquals(String.format("2026%02d15T160000", month), value(event, Property.DTEND), "month " + month);
    }
  }

  private static WebinarEvent webinar(int sequence, boolean cancelled, CalendarPerson organizer) {
    return new WebinarEvent(
        "42",
        "Школьный ИБЦ: каталог; поиск, выдача",
        "Для библиотекарей школ.\r\nВозьмите наушники.",
        START,
        Duration.ofMinutes(90),
        URI.create("https://academy.example.ru/webinars/42/join"),
        sequence,
        cancelled,
        organizer);
  }

  private static Calendar parseAndValidate(String text) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    ValidationResult result = calendar.validate();
    assertFalse(result.hasErrors(), () -> result + "\n" + text);
    return calendar;
  }

  private static VEvent onlyEvent(Calendar calendar) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(1, events.size());
    return events.get(0);
  }

  private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
    Optional<Property> property = container.getProperty(name);
    return property.orElseThrow(() -> new AssertionError("no " + name)).getValue();
  }

  private static void strictUtf8(byte[] octets) throws CharacterCodingException {
    StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(octets));
  }
}
