package ru.shibc.academy.webinar.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.webinar.consultation.ConsultationFixtures.book;
import static ru.shibc.academy.webinar.consultation.ConsultationFixtures.bookOk;
import static ru.shibc.academy.webinar.consultation.ConsultationFixtures.inDays;
import static ru.shibc.academy.webinar.consultation.ConsultationFixtures.isFree;
import static ru.shibc.academy.webinar.consultation.ConsultationFixtures.publishOne;
import static ru.shibc.academy.webinar.consultation.ConsultationFixtures.slot;
import static ru.shibc.academy.webinar.consultation.ConsultationFixtures.subjectsTo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.webinar.consultation.ConsultationFixtures.Someone;

/**
 * Consultations through the API: publishing slots and series, the refusals (past, overlapping,
 * bad links), booking with a question, 20 bookings of one slot at once, cancelling by either side,
 * and exactly one e-mail per event to each side.
 */
@ExtendWith(RunningAcademy.class)
class ConsultationIT {

  @Test
  void aMethodologistPublishesASeriesAndOverlapsPastTimesAndBadLinksAreRefused() {
    Someone methodologist = ConsultationFixtures.methodologist();
    LocalDate day = inDays(9);

    Api.Reply series =
        methodologist.api().post("/api/consultations/slots", slot(day, "15:00", "15:30").add("weeks", 4).build());

    assertEquals(201, series.status(), series.body());
    JsonArray slots = series.array();
    assertEquals(4, slots.size());
    OffsetDateTime first = OffsetDateTime.parse(slots.getJsonObject(0).getString("startsAt"));
    assertEquals(day.atTime(15, 0), first.toLocalDateTime());
    assertEquals("+05:00", first.getOffset().getId());
    assertEquals(day.plusWeeks(3).atTime(15, 0),
        OffsetDateTime.parse(slots.getJsonObject(3).getString("startsAt")).toLocalDateTime());

    Api.Reply overlap =
        methodologist.api().post("/api/consultations/slots", slot(day.plusWeeks(2), "15:15", "15:45").build());
    assertEquals(422, overlap.status(), overlap.body());
    assertTrue(overlap.detail().contains("пересекается"), overlap.detail());

    Api.Reply sameTimeFromMoscow =
        methodologist.api().post(
            "/api/consultations/slots", slot(day, "13:00", "13:30").add("zone", "Europe/Moscow").build());
    assertEquals(422, sameTimeFromMoscow.status(), "13:00 in Moscow is 15:00 in Yekaterinburg");

    Api.Reply backToBack = methodologist.api().post("/api/consultations/slots", slot(day, "15:30", "16:00").build());
    assertEquals(201, backToBack.status(), backToBack.body());

    Api.Reply past = methodologist.api().post("/api/consultations/slots", slot(inDays(-1), "15:00", "15:30").build());
    assertEquals(422, past.status(), past.body());
    assertTrue(past.detail().contains("прошедшее"), past.detail());

    Api.Reply badLink =
        methodologist.api().post(
            "/api/consultations/slots", slot(inDays(30), "15:00", "15:30").add("joinUrl", "javascript:alert(1)").build());
    assertEquals(422, badLink.status(), badLink.body());
    Api.Reply badTime = methodologist.api().post("/api/consultations/slots", slot(inDays(30), "25:00", "15:30").build());
    assertEquals(400, badTime.status(), badTime.body());
    Api.Reply badZone =
        methodologist.api().post("/api/consultations/slots", slot(inDays(30), "15:00", "15:30").add("zone", "Mars/Base").build());
    assertEquals(400, badZone.status(), badZone.body());

    JsonArray mine = methodologist.api().get("/api/consultations/slots/mine").array();
    assertEquals(5, mine.size(), "nothing refused was stored");

    Someone librarian = ConsultationFixtures.librarian();
    assertEquals(403, librarian.api().post("/api/consultations/slots", slot(inDays(31), "15:00", "15:30").build()).status());
    assertTrue(isFree(librarian, slots.getJsonObject(0).getJsonNumber("id").longValue()));
  }

  @Test
  void twentyLibrariansBookingOneSlotAtOnceGetOneBookingAndNineteenConflicts() throws Exception {
    Someone methodologist = ConsultationFixtures.methodologist();
    long slot = publishOne(methodologist, inDays(12), "10:00", "10:30");
    List<Someone> librarians = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      librarians.add(ConsultationFixtures.librarian());
    }

    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (Someone librarian : librarians) {
      replies.add(pool.submit(() -> {
        start.await();
        return book(librarian, slot, "Вопрос об аттестации");
      }));
    }
    start.countDown();
    List<Someone> winners = new ArrayList<>();
    int conflicts = 0;
    for (int i = 0; i < replies.size(); i++) {
      Api.Reply reply = replies.get(i).get();
      if (reply.status() == 201) {
        winners.add(librarians.get(i));
      } else {
        assertEquals(409, reply.status(), reply.body());
        assertTrue(reply.isProblem());
        assertTrue(reply.detail().contains("уже занято"), reply.detail());
        conflicts++;
      }
    }
    pool.shutdown();

    assertEquals(1, winners.size(), "exactly one booking");
    assertEquals(19, conflicts);
    JsonObject line = methodologist.api().get("/api/consultations/slots/mine").array().getJsonObject(0);
    assertEquals(winners.get(0).personId(), line.getJsonObject("booking").getJsonNumber("personId").longValue());
    assertFalse(isFree(winners.get(0), slot));
    assertEquals(1, subjectsTo(winners.get(0).email(), 1).size());
    assertEquals(1, subjectsTo(methodologist.email(), 1).size());
    assertEquals(0, ConsultationFixtures.messagesTo(librarians.get(winners.get(0) == librarians.get(0) ? 1 : 0).email()).size());
  }

  @Test
  void eitherSideCancelsAndTheSlotIsFreeAgainWithOneMailPerEventToEachSide() throws Exception {
    Someone methodologist = ConsultationFixtures.methodologist();
    Someone first = ConsultationFixtures.librarian();
    Someone second = ConsultationFixtures.librarian();
    Someone stranger = ConsultationFixtures.librarian();
    long slot = publishOne(methodologist, inDays(14), "11:00", "11:45");

    long booking = bookOk(first, slot, "Как оформить программу развития ШИБЦ?");
    assertFalse(isFree(stranger, slot));
    assertEquals(409, book(second, slot, null).status());
    assertEquals(422, book(methodologist, slot, null).status(), "not one's own slot");
    JsonObject mine = first.api().get("/api/consultations/bookings/mine").array().getJsonObject(0);
    assertEquals("BOOKED", mine.getString("status"));
    assertEquals("Как оформить программу развития ШИБЦ?", mine.getString("question"));

    assertEquals(404, stranger.api().post("/api/consultations/bookings/" + booking + "/cancel", "{}").status());
    Api.Reply cancelled = first.api().post("/api/consultations/bookings/" + booking + "/cancel", "{}");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals(409, first.api().post("/api/consultations/bookings/" + booking + "/cancel", "{}").status());
    assertTrue(isFree(second, slot), "free again");

    long again = bookOk(second, slot, null);
    Api.Reply byMethodologist = methodologist.api().post("/api/consultations/bookings/" + again + "/cancel", "{}");
    assertEquals(200, byMethodologist.status(), byMethodologist.body());
    assertTrue(isFree(first, slot), "free again after the methodologist cancelled");

    List<String> toFirst = subjectsTo(first.email(), 2);
    assertEquals(2, toFirst.size(), toFirst.toString());
    assertEquals(1, toFirst.stream().filter(s -> s.startsWith("Запись на консультацию")).count());
    assertEquals(1, toFirst.stream().filter(s -> s.contains("отменена")).count());
    assertEquals(2, subjectsTo(second.email(), 2).size());
    assertEquals(4, subjectsTo(methodologist.email(), 4).size());
    assertEquals(0, ConsultationFixtures.messagesTo(stranger.email()).size());

    MimeMessage booked = ConsultationFixtures.messagesTo(first.email()).stream()
        .filter(m -> ConsultationFixtures.subject(m).startsWith("Запись")).findFirst().orElseThrow();
    MimeMultipart parts = (MimeMultipart) booked.getContent();
    String body = (String) parts.getBodyPart(0).getContent();
    assertTrue(body.contains("Как оформить программу развития ШИБЦ?"), body);
    assertTrue(body.contains("11:00"), body);
    assertEquals("consultation.ics", parts.getBodyPart(1).getFileName());
    ByteArrayOutputStream ics = new ByteArrayOutputStream();
    parts.getBodyPart(1).getInputStream().transferTo(ics);
    String text = ics.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.contains("BEGIN:VEVENT"), text);
    assertTrue(text.contains("STATUS:CONFIRMED"), text);
  }

  @Test
  void withdrawingABookedSlotCancelsTheBookingAndTellsTheLibrarian() throws Exception {
    Someone methodologist = ConsultationFixtures.methodologist();
    Someone librarian = ConsultationFixtures.librarian();
    long slot = publishOne(methodologist, inDays(15), "16:00", "16:30");
    bookOk(librarian, slot, null);

    assertEquals(403, librarian.api().post("/api/consultations/slots/" + slot + "/cancel", "{}").status());
    Someone otherMethodologist = ConsultationFixtures.methodologist();
    assertEquals(403, otherMethodologist.api().post("/api/consultations/slots/" + slot + "/cancel", "{}").status());
    Api.Reply withdrawn = methodologist.api().post("/api/consultations/slots/" + slot + "/cancel", "{}");
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertEquals("CANCELLED", withdrawn.json().getString("status"));
    assertEquals(409, methodologist.api().post("/api/consultations/slots/" + slot + "/cancel", "{}").status());

    assertFalse(isFree(librarian, slot));
    Api.Reply late = book(librarian, slot, null);
    assertEquals(409, late.status(), late.body());
    JsonObject mine = librarian.api().get("/api/consultations/bookings/mine").array().getJsonObject(0);
    assertEquals("CANCELLED", mine.getString("status"));
    List<String> subjects = subjectsTo(librarian.email(), 2);
    assertEquals(2, subjects.size(), subjects.toString());
    assertEquals(1, subjects.stream().filter(s -> s.contains("отменена")).count());
    for (JsonValue v : methodologist.api().get("/api/consultations/slots/mine").array()) {
      assertEquals("CANCELLED", v.asJsonObject().getString("status"));
    }
  }
}
