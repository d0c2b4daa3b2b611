package ru.shibc.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class AuthIT {

  private static final String PASSWORD = "Correct-Horse-42";

  @Test
  void adminGetsATokenThatExpiresInTheFuture() {
    Api.Reply reply = Api.anonymous().post("/api/auth/token", Fixtures.credentials("admin", "demo"));

    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    JsonObject token = reply.json();
    assertFalse(token.getString("token").isBlank());
    Instant expiresAt = Instant.parse(token.getString("expiresAt"));
    assertTrue(expiresAt.isAfter(Instant.now().plus(Duration.ofMinutes(30))), expiresAt.toString());
    assertEquals(200, Api.withToken(token.getString("token")).get("/api/me").status());
  }

  @Test
  void wrongPasswordIs401ProblemInRussianByDefault() {
    // A demo user nobody else signs in as; the right password afterwards resets the failure count.
    String username = "arkhipov.sv";

    Api.Reply reply = Api.anonymous().post("/api/auth/token", Fixtures.credentials(username, "wrong-password"));
    Api.login(username, Api.DEMO_PASSWORD);

    assertEquals(401, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals("Неверное имя пользователя или пароль.", reply.detail());
    assertEquals(401, reply.json().getInt("status"));
  }

  @Test
  void wrongPasswordIsExplainedInEnglishWhenAskedFor() {
    String username = "arkhipov.sv";

    Api.Reply reply =
        Api.anonymous().inLanguage("en").post("/api/auth/token", Fixtures.credentials(username, "wrong-password"));
    Api.login(username, Api.DEMO_PASSWORD);

    assertEquals(401, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals("Wrong username or password.", reply.detail());
  }

  @Test
  void unknownUserGetsTheSameAnswerAsAWrongPassword() {
    Api.Reply reply =
        Api.anonymous().post("/api/auth/token", Fixtures.credentials("nobody." + Fixtures.token(), "whatever"));

    assertEquals(401, reply.status(), reply.body());
    assertEquals("Неверное имя пользователя или пароль.", reply.detail());
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
    String username = Fixtures.newLearnerAccount(PASSWORD);
    assertEquals(200, Api.anonymous().post("/api/auth/token", Fixtures.credentials(username, PASSWORD)).status());

    List<Api.Reply> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      answers.add(Api.anonymous().post("/api/auth/token", Fixtures.credentials(username, "wrong-" + i)));
    }
    for (int i = 0; i < 4; i++) {
      assertEquals(401, answers.get(i).status(), answers.get(i).body());
      assertEquals("Неверное имя пользователя или пароль.", answers.get(i).detail(), "attempt " + (i + 1));
    }
    Api.Reply fifth = answers.get(4);
    Api.Reply sixth = answers.get(5);
    assertTrue(
        fifth.detail().contains("заблокирована") || sixth.detail().contains("заблокирована"),
        fifth.body() + " / " + sixth.body());
    assertEquals(401, sixth.status());
    assertTrue(sixth.isProblem(), sixth.contentType());

    Api.Reply right = Api.anonymous().post("/api/auth/token", Fixtures.credentials(username, PASSWORD));
    assertEquals(401, right.status(), right.body());
    assertTrue(right.isProblem(), right.contentType());
    assertTrue(right.detail().contains("заблокирована"), right.detail());
  }

  @Test
  void lockedAccountIsExplainedInEnglishToo() {
    String username = Fixtures.newLearnerAccount(PASSWORD);
    for (int i = 0; i < 5; i++) {
      Api.anonymous().post("/api/auth/token", Fixtures.credentials(username, "wrong-" + i));
    }

    Api.Reply reply = Api.anonymous().inLanguage("en").post("/api/auth/token", Fixtures.credentials(username, PASSWORD));

    assertEquals(401, reply.status(), reply.body());
    assertTrue(reply.detail().contains("locked"), reply.detail());
  }

  @Test
  void adminSettingANewPasswordUnlocksTheAccount() {
    Fixtures.Account learner = Fixtures.newLearner(PASSWORD);
    String username = learner.username();
    for (int i = 0; i < 5; i++) {
      Api.anonymous().post("/api/auth/token", Fixtures.credentials(username, "wrong-" + i));
    }
    assertEquals(401, Api.anonymous().post("/api/auth/token", Fixtures.credentials(username, PASSWORD)).status());
    long personId = learner.personId();

    Api.Reply saved = Fixtures.saveAccount(personId, username, "Another-Pass-77", "LEARNER");
    assertEquals(200, saved.status(), saved.body());

    assertEquals(
        200, Api.anonymous().post("/api/auth/token", Fixtures.credentials(username, "Another-Pass-77")).status());
  }

  @Test
  void malformedJsonIs400Problem() {
    Api.Reply reply = Api.anonymous().post("/api/auth/token", "{\"username\": \"admin\", ");

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals("Тело запроса не является корректным JSON нужного вида.", reply.detail());
  }

  @Test
  void missingUsernameIs400NamingTheField() {
    Api.Reply reply = Api.anonymous().post("/api/auth/token", "{\"password\": \"demo\"}");

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertTrue(
        reply.json().getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(e -> e.getString("field").equals("username")),
        reply.body());
  }

  @Test
  void emptyBodyIs400Problem() {
    Api.Reply reply = Api.anonymous().send("POST", "/api/auth/token", "application/json", new byte[0]);

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  @Test
  void requestWithoutTokenIs401WithBearerChallenge() throws Exception {
    HttpResponse<String> response = raw("/api/people", null);

    assertEquals(401, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
  }

  @Test
  void garbageTokenIs401() throws Exception {
    HttpResponse<String> response = raw("/api/me", "not-a-real-token-" + Fixtures.token());

    assertEquals(401, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
  }

  @Test
  void overlongGarbageTokenIs401() throws Exception {
    // Over HTTP/1.1: Payara's h2c answers a 5000-character header with RST_STREAM and then 431
    // for every later request on that connection, which would break the shared client.
    HttpResponse<String> response = raw("/api/me", "x".repeat(5000));

    assertEquals(401, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
  }

  @Test
  void revokedTokenStopsWorking() {
    String token = Api.login("admin", "demo");
    Api api = Api.withToken(token);
    assertEquals(200, api.get("/api/me").status());

    Api.Reply revoked = api.delete("/api/auth/token");

    assertEquals(204, revoked.status(), revoked.body());
    Api.Reply after = api.get("/api/me");
    assertEquals(401, after.status(), after.body());
    assertTrue(after.isProblem(), after.contentType());
  }

  @Test
  void revokingOneTokenLeavesOtherTokensOfTheSameUserWorking() {
    Api first = Api.withToken(Api.login("admin", "demo"));
    Api second = Api.withToken(Api.login("admin", "demo"));

    assertEquals(204, first.delete("/api/auth/token").status());

    assertEquals(200, second.get("/api/me").status());
  }

  private static HttpResponse<String> raw(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + path)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
