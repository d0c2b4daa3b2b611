package ru.shibc.academy.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.RunningAcademy;

/** Webinars for integration tests: forms, scheduling, signed analytics callbacks, received mail. */
final class WebinarFixtures {

  private WebinarFixtures() {}

  static JsonObjectBuilder form(String title, Instant start, int minutes) {
    return Json.createObjectBuilder()
        .add("kind", "WEBINAR")
        .add("title", title)
        .add("description", "Практикум для педагогов-библиотекарей ШИБЦ.")
        .add("speakers", "Белозерова Н. П.")
        .add("startsAt", start.toString())
        .add("durationMinutes", minutes)
        .add("audience", "ALL")
        .add("provider", "LINK")
        .add("joinUrl", "https://telemost.yandex.ru/j/12345");
  }

  static JsonObject schedule(JsonObjectBuilder form) {
    Api.Reply reply = Api.as("methodologist").post("/api/webinars", form.build());
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  static String email(long personId) {
    Api.Reply person = Api.as("admin").get("/api/people/" + personId);
    assertEquals(200, person.status(), person.body());
    return person.json().getString("email");
  }

  /** Messages received for one address whose subject starts so. */
  static List<MimeMessage> mails(String to, String subjectStart) {
    return Arrays.stream(RunningAcademy.mail().getReceivedMessages())
        .filter(m -> recipient(m).equalsIgnoreCase(to) && subject(m).startsWith(subjectStart))
        .toList();
  }

  /** Waits until at least {@code count} such messages arrived, or the time ran out. */
  static List<MimeMessage> awaitMails(String to, String subjectStart, int count, Duration atMost)
      throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    List<MimeMessage> found = mails(to, subjectStart);
    while (found.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(300);
      found = mails(to, subjectStart);
    }
    return found;
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An HS512 JWT as BigBlueButton's analytics callback sends it. */
  static String token(String secret, Instant expires) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS512\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b64.encodeToString(("{\"exp\":" + expires.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      String signature = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));
      return header + "." + payload + "." + signature;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The analytics body: one attendee present from {@code from} for {@code minutes}. */
  static String analytics(String meetingId, String internalId, long personId, Instant from, int minutes) {
    Instant to = from.plusSeconds(minutes * 60L + 20);
    return Json.createObjectBuilder()
        .add("version", "1.0")
        .add("meeting_id", meetingId)
        .add("internal_meeting_id", internalId)
        .add("data", Json.createObjectBuilder()
            .add("start", from.minusSeconds(60).toString())
            .add("finish", to.plusSeconds(60).toString())
            .add("duration", minutes * 60)
            .add("attendees", Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                    .add("ext_user_id", Long.toString(personId))
                    .add("name", "Участник")
                    .add("moderator", false)
                    .add("joins", Json.createArrayBuilder().add(from.toString()))
                    .add("leaves", Json.createArrayBuilder().add(to.toString())))))
        .build()
        .toString();
  }

  /** POSTs an analytics callback the way BigBlueButton does. */
  static Api.Reply callback(String authorization, String body) {
    var builder = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(RunningAcademy.baseUrl() + "/api/webinars/bigbluebutton/analytics"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept-Language", "ru")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    try {
      var response = java.net.http.HttpClient.newHttpClient()
          .send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Counts rows with JDBC, to see what was (not) stored. */
  static long count(String sql, Object... params) {
    try (var c = java.sql.DriverManager.getConnection(RunningAcademy.jdbcUrl());
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (var r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
