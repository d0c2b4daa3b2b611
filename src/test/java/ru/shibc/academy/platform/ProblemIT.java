package ru.shibc.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

/** Every refusal is an RFC 9457 problem, and nothing a client sends makes the server fail. */
@ExtendWith(RunningAcademy.class)
class ProblemIT {

  private final Api admin = Api.as("admin");

  private static void assertProblem(int status, Api.Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType() + " " + reply.body());
    JsonObject problem = reply.json();
    assertEquals(status, problem.getInt("status"));
    assertTrue(!problem.getString("title").isBlank());
    assertTrue(!problem.getString("detail").isBlank());
  }

  @Test
  void unknownPathIs404Problem() {
    Api.Reply reply = admin.get("/api/nothing");

    assertProblem(404, reply);
    assertEquals("Не найдено", reply.json().getString("title"));
  }

  @Test
  void unknownPathWithoutTokenIsStillAProblem() {
    Api.Reply reply = Api.anonymous().get("/api/nothing/at/all");

    assertTrue(reply.status() == 401 || reply.status() == 404, reply.status() + " " + reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  @Test
  void wrongMethodIs405Problem() {
    Api.Reply reply = admin.delete("/api/organisations");

    assertProblem(405, reply);
    assertEquals("Метод не поддерживается", reply.json().getString("title"));
  }

  @Test
  void plainTextBodyToAJsonEndpointIs415Problem() {
    Api.Reply reply =
        admin.send(
            "POST", "/api/cohorts", "text/plain", ("name=Группа " + Fixtures.token()).getBytes(StandardCharsets.UTF_8));

    assertProblem(415, reply);
    assertEquals("Формат данных не поддерживается", reply.json().getString("title"));
  }

  @Test
  void englishReadersGetEnglishTitles() {
    Api english = admin.inLanguage("en");

    assertEquals("Not found", english.get("/api/nothing").json().getString("title"));
    assertEquals("Method not allowed", english.delete("/api/organisations").json().getString("title"));
    assertEquals(
        "Unsupported media type",
        english.send("POST", "/api/cohorts", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).json().getString("title"));
    Api.Reply invalid = english.post("/api/cohorts", "{\"name\":\"\"}");
    assertEquals("Bad request", invalid.json().getString("title"));
    assertEquals("Please correct the fields of the request.", invalid.detail());
  }

  @Test
  void unsupportedLanguageFallsBackToRussian() {
    Api.Reply reply = admin.inLanguage("de").get("/api/nothing");

    assertProblem(404, reply);
    assertEquals("Не найдено", reply.json().getString("title"));
  }

  @Test
  void noEndpointAnswers500ToHostileFieldValues() {
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (String field : endpoint.template().keySet()) {
        for (Map.Entry<String, JsonValue> hostile : hostileValues().entrySet()) {
          JsonObject body = Json.createObjectBuilder(endpoint.template()).add(field, hostile.getValue()).build();
          Api.Reply reply =
              admin.send(endpoint.method(), endpoint.path(), "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
          check(failures, endpoint + " " + field + "=" + hostile.getKey(), reply);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
  }

  @Test
  void noEndpointAnswers500ToHostileBodies() {
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Map.Entry<String, byte[]> hostile : hostileBodies().entrySet()) {
        Api.Reply reply = admin.send(endpoint.method(), endpoint.path(), "application/json", hostile.getValue());
        check(failures, endpoint + " body " + hostile.getKey(), reply);
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
  }

  @Test
  void noEndpointAnswers500ToHostilePathsAndQueries() {
    List<String> paths =
        List.of(
            "/api/people/-1",
            "/api/people/99999999999999999999",
            "/api/people/1.5",
            "/api/people/%27%20OR%201=1%20--",
            "/api/people?page=99999999999",
            "/api/people?page=1000000&size=500",
            "/api/people?organisationId=abc",
            "/api/people?q=%27%20OR%201%3D1%20--",
            "/api/people?q=%00",
            "/api/people?q=" + "%F0%9F%98%80".repeat(20),
            "/api/organisations?kind=%27",
            "/api/organisations/0",
            "/api/cohorts/-5",
            "/api/cohorts/abc/members/1",
            "/api/audit?size=0",
            "/api/audit?size=abc",
            "/api/audit?entityType=" + "x".repeat(100),
            "/api/audit?actor=%27%20OR%201%3D1%20--");
    List<String> failures = new ArrayList<>();
    for (String path : paths) {
      check(failures, "GET " + path, admin.get(path));
      check(failures, "DELETE " + path, admin.delete(path));
    }
    assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
  }

  @Test
  void hostileImportFilesAreRefusedPolitely() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("zip header only", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    files.put("ole2 header only", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
    files.put("binary garbage", new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 0, 7});
    files.put("header only", "Фамилия;Имя;Отчество;Должность;Организация;E-mail".getBytes(StandardCharsets.UTF_8));
    files.put("unclosed quote", "Фамилия;Имя;Должность;Организация;E-mail\r\n\"Иванова;Мария".getBytes(StandardCharsets.UTF_8));
    files.put("formula injection", ("Фамилия;Имя;Должность;Организация;E-mail\r\n=cmd|' /C calc'!A0;Мария;б;РМК;" + Fixtures.email()).getBytes(StandardCharsets.UTF_8));
    files.put("json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      for (String name : List.of("staff.csv", "staff.xlsx")) {
        Api.Reply reply =
            admin.send("POST", "/api/people/import?mode=preview&fileName=" + name, "text/csv", file.getValue());
        check(failures, "import " + file.getKey() + " as " + name, reply);
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
  }

  private static void check(List<String> failures, String what, Api.Reply reply) {
    if (reply.status() >= 500) {
      failures.add(what + " -> " + reply.status() + " " + abbreviate(reply.body()));
    } else if (reply.status() >= 400 && !reply.isProblem()) {
      failures.add(what + " -> " + reply.status() + " not a problem (" + reply.contentType() + ") " + abbreviate(reply.body()));
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private record Endpoint(String method, String path, JsonObject template) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private List<Endpoint> endpoints() {
    long school = Fixtures.demoSchool().getJsonNumber("id").longValue();
    // Own data to change; when creating it fails, ids that do not exist still reach every check.
    Api.Reply createdPerson =
        admin.post("/api/people", Fixtures.personForm(school).build());
    long personId = createdPerson.status() == 201 ? createdPerson.json().getJsonNumber("id").longValue() : 987654321L;
    String token = Fixtures.token();
    JsonObject organisation =
        Json.createObjectBuilder()
            .add("kind", "SCHOOL")
            .add("name", "Враждебная школа " + token)
            .add("shortName", "Враждебная " + token)
            .add("modelStage", "PILOT")
            .add("modelStageReachedOn", "2024-09-01")
            .add("version", 0)
            .build();
    Api.Reply createdSchool = admin.post("/api/organisations", organisation);
    long schoolToChange = createdSchool.status() == 201 ? createdSchool.json().getJsonNumber("id").longValue() : 987654321L;
    Api.Reply createdCohort =
        admin.post("/api/cohorts", Json.createObjectBuilder().add("name", "Враждебная группа " + token).build());
    long cohort = createdCohort.status() == 201 ? createdCohort.json().getJsonNumber("id").longValue() : 987654321L;
    JsonObject personForm =
        Fixtures.personForm(school).add("snils", Fixtures.snils()).add("birthDate", "1980-01-01").add("version", 0).build();
    return List.of(
        new Endpoint(
            "POST",
            "/api/auth/token",
            Json.createObjectBuilder().add("username", "hostile." + token).add("password", "whatever").build()),
        new Endpoint("POST", "/api/organisations", organisation),
        new Endpoint("PUT", "/api/organisations/" + schoolToChange, organisation),
        new Endpoint("POST", "/api/people", personForm),
        new Endpoint("PUT", "/api/people/" + personId, personForm),
        new Endpoint(
            "PUT",
            "/api/people/" + personId + "/account",
            Json.createObjectBuilder()
                .add("username", "hostile." + token)
                .add("password", "Long-enough-1")
                .add("roles", Json.createArrayBuilder().add("LEARNER"))
                .add("enabled", true)
                .build()),
        new Endpoint(
            "POST",
            "/api/cohorts",
            Json.createObjectBuilder().add("name", "Враждебная " + Fixtures.token()).add("description", "описание").build()),
        new Endpoint(
            "PUT",
            "/api/cohorts/" + cohort,
            Json.createObjectBuilder().add("name", "Враждебная группа " + token).add("description", "описание").build()),
        new Endpoint(
            "POST",
            "/api/cohorts/" + cohort + "/members",
            Json.createObjectBuilder()
                .add("personIds", Json.createArrayBuilder().add(personId))
                .add("organisationIds", Json.createArrayBuilder())
                .build()));
  }

  private static Map<String, JsonValue> hostileValues() {
    Map<String, JsonValue> values = new LinkedHashMap<>();
    values.put("huge string", Json.createValue("Ж".repeat(300_000)));
    values.put("unicode", Json.createValue("Ё\u0301\u200b\u202e😀\u0000\uFEFFz̸̢̛"));
    values.put("lone surrogate", Json.createValue("a\uD800b"));
    values.put("sql", Json.createValue("' OR 1=1 --"));
    values.put("sql drop", Json.createValue("Robert'); DROP TABLE person;--"));
    values.put("html", Json.createValue("<script>alert(1)</script>"));
    values.put("null", JsonValue.NULL);
    values.put("array", Json.createArrayBuilder().add("a").add(1).build());
    values.put("object", Json.createObjectBuilder().add("x", 1).build());
    values.put("number", Json.createValue(12345));
    values.put("negative", Json.createValue(-1));
    values.put("huge number", Json.createValue(new java.math.BigDecimal("1e400")));
    values.put("long overflow", Json.createValue(new java.math.BigInteger("99999999999999999999999")));
    values.put("fraction", Json.createValue(1.5));
    values.put("boolean", JsonValue.TRUE);
    values.put("empty", Json.createValue(""));
    values.put("date-ish", Json.createValue("9999-99-99"));
    return values;
  }

  private static Map<String, byte[]> hostileBodies() {
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("empty", new byte[0]);
    bodies.put("null", utf8("null"));
    bodies.put("array", utf8("[]"));
    bodies.put("array of objects", utf8("[{\"name\":\"x\"}]"));
    bodies.put("string", utf8("\"text\""));
    bodies.put("number", utf8("42"));
    bodies.put("truncated", utf8("{\"name\":"));
    bodies.put("two objects", utf8("{} {}"));
    bodies.put("comments", utf8("{/* c */ \"name\": \"x\"}"));
    bodies.put("single quotes", utf8("{'name':'x'}"));
    bodies.put("duplicate keys", utf8("{\"name\":\"a\",\"name\":{\"b\":1}}"));
    bodies.put("deep objects", utf8("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)));
    bodies.put("deep arrays", utf8("[".repeat(50_000) + "]".repeat(50_000)));
    bodies.put("deep field", utf8("{\"name\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"));
    bodies.put("invalid utf-8", new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    bodies.put("bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{}")));
    bodies.put("utf-16", "{\"name\":\"Группа\"}".getBytes(StandardCharsets.UTF_16));
    bodies.put("many keys", utf8(manyKeys()));
    return bodies;
  }

  private static String manyKeys() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 50_000; i++) {
      json.append('"').append("k").append(i).append("\":").append(i).append(',');
    }
    return json.append("\"name\":\"x\"}").toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
