package ru.shibc.academy.webinar.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

/** People and slots for the consultation tests: each test gets its own, so tests never collide. */
public final class ConsultationFixtures {

  static final ZoneId DISTRICT = ZoneId.of("Asia/Yekaterinburg");

  /** A person with an account, signed in. */
  public record Someone(long personId, String username, String email, Api api) {}

  private ConsultationFixtures() {}

  public static Someone methodologist() {
    return someone("METHODOLOGIST");
  }

  public static Someone librarian() {
    return someone("LEARNER");
  }

  private static Someone someone(String role) {
    JsonObject person = Fixtures.newPerson();
    long id = person.getJsonNumber("id").longValue();
    String username = "it." + Fixtures.token();
    String password = "Consult-Pass-" + Fixtures.token();
    Api.Reply account = Fixtures.saveAccount(id, username, password, role);
    assertEquals(200, account.status(), account.body());
    return new Someone(id, username, person.getString("email"), Api.withToken(Api.login(username, password)));
  }

  /** A day this many days ahead in the district. */
  public static LocalDate inDays(int days) {
    return LocalDate.now(DISTRICT).plusDays(days);
  }

  public static JsonObjectBuilder slot(LocalDate day, String from, String to) {
    return Json.createObjectBuilder()
        .add("date", day.toString())
        .add("from", from)
        .add("to", to)
        .add("topic", "Подготовка к аттестации педагога-библиотекаря")
        .add("joinUrl", "https://rmk.zarechye-edu.ru/room/test");
  }

  /** Publishes one slot and answers its id. */
  public static long publishOne(Someone methodologist, LocalDate day, String from, String to) {
    Api.Reply published = methodologist.api().post("/api/consultations/slots", slot(day, from, to).build());
    assertEquals(201, published.status(), published.body());
    return published.array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  public static Api.Reply book(Someone librarian, long slotId, String question) {
    JsonObjectBuilder form = Json.createObjectBuilder();
    if (question != null) {
      form.add("question", question);
    }
    return librarian.api().post("/api/consultations/slots/" + slotId + "/bookings", form.build());
  }

  public static long bookOk(Someone librarian, long slotId, String question) {
    Api.Reply booked = book(librarian, slotId, question);
    assertEquals(201, booked.status(), booked.body());
    return booked.json().getJsonNumber("id").longValue();
  }

  public static boolean isFree(Someone viewer, long slotId) {
    return viewer.api().get("/api/consultations/slots").array().stream()
        .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == slotId);
  }

  /**
   * The subjects of the messages to an address, once {@code expected} have arrived (or 30 s have
   * passed), after a further moment in which no more may arrive.
   */
  public static List<String> subjectsTo(String email, int expected) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    List<String> subjects = subjects(email);
    while (subjects.size() < expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(300);
      subjects = subjects(email);
    }
    Thread.sleep(2_500); // the sender polls every second: a duplicate would show up by now
    return subjects(email);
  }

  public static List<MimeMessage> messagesTo(String email) {
    return Arrays.stream(RunningAcademy.mail().getReceivedMessages())
        .filter(m -> recipient(m).equalsIgnoreCase(email))
        .toList();
  }

  private static List<String> subjects(String email) {
    return messagesTo(email).stream().map(ConsultationFixtures::subject).toList();
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
