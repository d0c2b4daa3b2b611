package ru.shibc.academy.webinar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.webinar.consultation.ConsultationFixtures;
import ru.shibc.academy.webinar.consultation.ConsultationFixtures.Someone;

/**
 * The personal feed, parsed back with ical4j: registered webinars (a cancelled one as CANCELLED,
 * a waitlisted or withdrawn registration not at all), consultation bookings with a stable UID and
 * a SEQUENCE that rises, the methodologist's booked slots; revoked, replaced, unknown and
 * malformed tokens all get the same 404.
 */
@ExtendWith(RunningAcademy.class)
class CalendarFeedIT {

  private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  @Test
  void theFeedListsWebinarsAndConsultationsAndFollowsTheirChanges() throws Exception {
    Someone methodologist = ConsultationFixtures.methodologist();
    Someone librarian = ConsultationFixtures.librarian();
    String title = "Вебинар: модель ШИБЦ " + Fixtures.token();
    String uid = "it-" + Fixtures.token();
    Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    long held = webinar(uid, title, start, "SCHEDULED", methodologist.personId(), 3);
    long cancelled = webinar("it-" + Fixtures.token(), "Отменённый вебинар " + uid, start.plus(1, ChronoUnit.DAYS), "CANCELLED",
        methodologist.personId(), 2);
    long waitlisted = webinar("it-" + Fixtures.token(), "Лист ожидания " + uid, start, "SCHEDULED", methodologist.personId(), 0);
    long withdrawn = webinar("it-" + Fixtures.token(), "Отказался " + uid, start, "SCHEDULED", methodologist.personId(), 0);
    register(held, librarian.personId(), "REGISTERED");
    register(cancelled, librarian.personId(), "REGISTERED");
    register(waitlisted, librarian.personId(), "WAITLISTED");
    register(withdrawn, librarian.personId(), "CANCELLED");
    long slot = ConsultationFixtures.publishOne(methodologist, ConsultationFixtures.inDays(8), "15:00", "15:30");
    long booking = ConsultationFixtures.bookOk(librarian, slot, "Вопрос о медиаобразовании");

    assertFalse(librarian.api().get("/api/me/calendar-feed").json().getBoolean("active"));
    Api.Reply created = librarian.api().post("/api/me/calendar-feed", "{}");
    assertEquals(201, created.status(), created.body());
    String url = created.json().getString("url");
    assertTrue(url.startsWith(RunningAcademy.baseUrl() + "/api/public/calendar/"), url);
    assertTrue(librarian.api().get("/api/me/calendar-feed").json().getBoolean("active"));
    assertFalse(librarian.api().get("/api/me/calendar-feed").body().contains(url.substring(url.lastIndexOf('/') + 1, url.length() - 4)),
        "the token is shown once");

    Api.Reply feed = Api.anonymous().get(path(url));
    assertEquals(200, feed.status(), feed.body());
    assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());
    Map<String, VEvent> events = events(feed.body());
    VEvent webinar = events.get(title);
    assertEquals("webinar-" + uid + "@127.0.0.1", value(webinar, Property.UID));
    assertEquals("3", value(webinar, Property.SEQUENCE));
    assertEquals("CONFIRMED", value(webinar, Property.STATUS));
    assertEquals("CANCELLED", value(events.get("Отменённый вебинар " + uid), Property.STATUS));
    assertFalse(events.containsKey("Лист ожидания " + uid));
    assertFalse(events.containsKey("Отказался " + uid));
    VEvent consultation = onlyConsultation(events);
    String consultationUid = value(consultation, Property.UID);
    assertTrue(consultationUid.startsWith("consultation-"), consultationUid);
    assertEquals("1", value(consultation, Property.SEQUENCE));
    assertEquals("CONFIRMED", value(consultation, Property.STATUS));
    assertTrue(value(consultation, Property.DESCRIPTION).contains("Вопрос о медиаобразовании"));

    Api.Reply ics = librarian.api().get("/api/consultations/bookings/" + booking + ".ics");
    assertEquals(200, ics.status(), ics.body());
    assertEquals(consultationUid, value(onlyConsultation(events(ics.body())), Property.UID));

    Api.Reply methodologistFeed = methodologist.api().post("/api/me/calendar-feed", "{}");
    String methodologistUrl = methodologistFeed.json().getString("url");
    VEvent slotEntry = onlyConsultation(events(Api.anonymous().get(path(methodologistUrl)).body()));
    assertEquals(consultationUid, value(slotEntry, Property.UID), "both calendars name the same consultation");

    assertEquals(200, librarian.api().post("/api/consultations/bookings/" + booking + "/cancel", "{}").status());
    VEvent after = onlyConsultation(events(Api.anonymous().get(path(url)).body()));
    assertEquals(consultationUid, value(after, Property.UID), "UID stable");
    assertEquals("2", value(after, Property.SEQUENCE));
    assertEquals("CANCELLED", value(after, Property.STATUS));
    VEvent slotAfter = onlyConsultation(events(Api.anonymous().get(path(methodologistUrl)).body()));
    assertEquals("CANCELLED", value(slotAfter, Property.STATUS));
    assertEquals("2", value(slotAfter, Property.SEQUENCE));
  }

  @Test
  void revokedReplacedUnknownAndMalformedTokensGetTheSame404() {
    Someone librarian = ConsultationFixtures.librarian();
    String first = librarian.api().post("/api/me/calendar-feed", "{}").json().getString("url");
    assertEquals(200, Api.anonymous().get(path(first)).status());

    String second = librarian.api().post("/api/me/calendar-feed", "{}").json().getString("url");
    Api.Reply replaced = Api.anonymous().get(path(first));
    assertEquals(404, replaced.status(), "a new link stops the old one");
    assertEquals(200, Api.anonymous().get(path(second)).status());

    assertEquals(204, librarian.api().delete("/api/me/calendar-feed").status());
    Api.Reply revoked = Api.anonymous().get(path(second));
    assertEquals(404, revoked.status());
    assertEquals(404, librarian.api().delete("/api/me/calendar-feed").status());
    assertFalse(librarian.api().get("/api/me/calendar-feed").json().getBoolean("active"));

    Api.Reply unknown = Api.anonymous().get("/api/public/calendar/" + "A".repeat(43) + ".ics");
    Api.Reply malformed = Api.anonymous().get("/api/public/calendar/not-a-token.ics");
    for (Api.Reply reply : List.of(revoked, unknown, malformed)) {
      assertEquals(404, reply.status());
      assertEquals(replaced.body(), reply.body(), "nothing tells the cases apart");
    }
    assertEquals(401, Api.anonymous().post("/api/me/calendar-feed", "{}").status());
  }

  @Test
  void theApiDescriptionNamesTheNewResources() {
    Api.Reply openapi = Api.anonymous().get("/openapi");
    assertEquals(200, openapi.status());
    for (String path : List.of("/api/consultations/slots", "/api/me/calendar-feed", "/api/public/calendar/{token}.ics")) {
      assertTrue(openapi.body().contains(path), path);
    }
  }

  private static String path(String url) {
    return url.substring(RunningAcademy.baseUrl().length());
  }

  private static Map<String, VEvent> events(String text) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    calendar.validate();
    List<VEvent> events = calendar.getComponents("VEVENT");
    return events.stream().collect(Collectors.toMap(e -> value(e, Property.SUMMARY), Function.identity()));
  }

  private static VEvent onlyConsultation(Map<String, VEvent> events) {
    List<VEvent> consultations =
        events.values().stream().filter(e -> value(e, Property.UID).startsWith("consultation-")).toList();
    assertEquals(1, consultations.size(), events.keySet().toString());
    return consultations.get(0);
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).orElseThrow().getValue();
  }

  private static long webinar(String uid, String title, Instant start, String status, long organiser, int sequence)
      throws Exception {
    try (Connection db = DriverManager.getConnection(RunningAcademy.jdbcUrl());
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO webinars (uid, kind, title, description, starts_at, duration_minutes, time_zone, audience,"
                    + " status, provider, join_url, sequence, organiser_id, created_at, updated_at)"
                    + " VALUES (?, 'WEBINAR', ?, 'Обзор этапов перехода к модели ШИБЦ', ?, 90, 'Asia/Yekaterinburg', 'ALL',"
                    + " ?, 'LINK', 'https://rmk.zarechye-edu.ru/room/webinar', ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, uid);
      insert.setString(2, title);
      insert.setString(3, SQL.format(start));
      insert.setString(4, status);
      insert.setInt(5, sequence);
      insert.setLong(6, organiser);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void register(long webinar, long person, String status) throws Exception {
    try (Connection db = DriverManager.getConnection(RunningAcademy.jdbcUrl());
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO webinar_registrations (webinar_id, person_id, status, queued_at, registered_at)"
                    + " VALUES (?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
      insert.setLong(1, webinar);
      insert.setLong(2, person);
      insert.setString(3, status);
      insert.executeUpdate();
    }
  }
}
