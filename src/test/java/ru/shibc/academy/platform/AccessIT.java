package ru.shibc.academy.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

/** Who may do what: learners see only themselves and the organisations; personal data is guarded. */
@ExtendWith(RunningAcademy.class)
class AccessIT {

  /** A body that would be valid, so that a refusal can only be about the role. */
  private static String personBody() {
    return Fixtures.personForm(Fixtures.demoSchool().getJsonNumber("id").longValue()).build().toString();
  }

  private static String accountBody() {
    return Json.createObjectBuilder()
        .add("username", "it." + Fixtures.token())
        .add("password", "Long-enough-1")
        .add("roles", Json.createArrayBuilder().add("ADMIN"))
        .build()
        .toString();
  }

  private static String organisationBody() {
    return Json.createObjectBuilder()
        .add("kind", "SCHOOL")
        .add("name", "Школа доступа " + Fixtures.token())
        .add("shortName", "Доступ " + Fixtures.token())
        .build()
        .toString();
  }

  private static byte[] csv() {
    return ("Фамилия;Имя;Отчество;Должность;Организация;E-mail;СНИЛС;Дата рождения\r\n"
            + "Иванова;Мария;Петровна;библиотекарь;РМК;" + Fixtures.email() + ";;")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void assertForbidden(String what, Supplier<Api.Reply> call) {
    Api.Reply reply = call.get();
    assertEquals(403, reply.status(), what + ": " + reply.body());
    assertTrue(reply.isProblem(), what + ": " + reply.contentType());
    assertEquals(403, reply.json().getInt("status"), what);
  }

  @Test
  void learnerGets403FromEveryStaffEndpoint() {
    Api learner = Api.as("librarian");
    long me = learner.get("/api/me").json().getJsonObject("person").getJsonNumber("id").longValue();
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertForbidden("GET /api/people", () -> learner.get("/api/people")));
    checks.add(() -> assertForbidden("GET /api/people/1", () -> learner.get("/api/people/1")));
    checks.add(() -> assertForbidden("GET own person", () -> learner.get("/api/people/" + me)));
    checks.add(() -> assertForbidden("POST /api/people", () -> learner.post("/api/people", personBody())));
    checks.add(() -> assertForbidden("PUT /api/people/1", () -> learner.send("PUT", "/api/people/1", "application/json", personBody().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    checks.add(
        () ->
            assertForbidden(
                "PUT /api/people/1/account",
                () -> learner.send("PUT", "/api/people/" + me + "/account", "application/json", accountBody().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    checks.add(() -> assertForbidden("GET /api/cohorts", () -> learner.get("/api/cohorts")));
    checks.add(
        () ->
            assertForbidden(
                "POST /api/cohorts",
                () -> learner.post("/api/cohorts", "{\"name\":\"Группа слушателя " + Fixtures.token() + "\"}")));
    checks.add(() -> assertForbidden("POST /api/organisations", () -> learner.post("/api/organisations", organisationBody())));
    checks.add(
        () ->
            assertForbidden(
                "PUT /api/organisations/1",
                () -> learner.send("PUT", "/api/organisations/1", "application/json", organisationBody().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    checks.add(
        () ->
            assertForbidden(
                "POST /api/people/import",
                () -> learner.send("POST", "/api/people/import?mode=valid&fileName=a.csv", "text/csv", csv())));
    checks.add(() -> assertForbidden("GET /api/audit", () -> learner.get("/api/audit")));
    assertAll(checks);
  }

  @Test
  void learnerReadsOwnDataIncludingSnils() {
    Api.Reply me = Api.as("librarian").get("/api/me");

    assertEquals(200, me.status(), me.body());
    JsonObject body = me.json();
    assertEquals("librarian", body.getString("username"));
    assertEquals(List.of("LEARNER"), body.getJsonArray("roles").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    JsonObject person = body.getJsonObject("person");
    assertEquals("Соколова", person.getString("surname"));
    assertEquals("197-719-419 34", person.getString("snils"));
    assertEquals("1990-10-24", person.getString("birthDate"));
  }

  @Test
  void learnerReadsTheOrganisations() {
    Api.Reply organisations = Api.as("librarian").get("/api/organisations");

    assertEquals(200, organisations.status(), organisations.body());
    assertTrue(
        organisations.array().stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(o -> o.getString("shortName").equals("МБОУ «Заречная СОШ № 1»")),
        organisations.body());
  }

  @Test
  void departmentCannotCreatePeopleImportStaffOrReadTheAudit() {
    Api department = Api.as("department");
    assertAll(
        () -> assertForbidden("POST /api/people", () -> department.post("/api/people", personBody())),
        () ->
            assertForbidden(
                "POST /api/people/import",
                () -> department.send("POST", "/api/people/import?fileName=a.csv", "text/csv", csv())),
        () -> assertForbidden("GET /api/audit", () -> department.get("/api/audit")),
        () -> assertForbidden("POST /api/organisations", () -> department.post("/api/organisations", organisationBody())),
        () ->
            assertForbidden(
                "POST /api/cohorts",
                () -> department.post("/api/cohorts", "{\"name\":\"Группа отдела " + Fixtures.token() + "\"}")));
  }

  @Test
  void departmentSeesStaffWithoutSnilsOrBirthDate() {
    Api.Reply people = Api.as("department").get("/api/people?size=500");

    assertEquals(200, people.status(), people.body());
    List<JsonObject> items = people.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertFalse(items.isEmpty());
    for (JsonObject person : items) {
      assertFalse(person.containsKey("snils") && !person.isNull("snils"), person.toString());
      assertFalse(person.containsKey("birthDate") && !person.isNull("birthDate"), person.toString());
    }
    JsonObject librarian =
        items.stream().filter(p -> "librarian".equals(p.getString("username", ""))).findFirst().orElseThrow();
    assertFalse(librarian.containsKey("snils"), librarian.toString());
    assertFalse(librarian.containsKey("birthDate"), librarian.toString());
  }

  @Test
  void departmentSeesOnePersonWithoutSnilsOrBirthDate() {
    long librarianId =
        Api.as("librarian").get("/api/me").json().getJsonObject("person").getJsonNumber("id").longValue();

    Api.Reply person = Api.as("department").get("/api/people/" + librarianId);

    assertEquals(200, person.status(), person.body());
    assertEquals("Соколова", person.json().getString("surname"));
    assertFalse(person.json().containsKey("snils"), person.body());
    assertFalse(person.json().containsKey("birthDate"), person.body());
  }

  @Test
  void methodologistSeesSnilsAndBirthDate() {
    Api.Reply people = Api.as("methodologist").get("/api/people?q=" + Fixtures.url("Соколова"));

    assertEquals(200, people.status(), people.body());
    JsonObject librarian =
        people.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(p -> "librarian".equals(p.getString("username", "")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(people.body()));
    assertEquals("197-719-419 34", librarian.getString("snils"));
    assertEquals("1990-10-24", librarian.getString("birthDate"));
  }

  @Test
  void methodologistCannotManageAccountsOrReadTheAudit() {
    Api methodologist = Api.as("methodologist");
    long personId = Fixtures.newPerson().getJsonNumber("id").longValue();

    assertAll(
        () ->
            assertForbidden(
                "PUT /api/people/{id}/account",
                () ->
                    methodologist.send(
                        "PUT", "/api/people/" + personId + "/account", "application/json", accountBody().getBytes(java.nio.charset.StandardCharsets.UTF_8))),
        () -> assertForbidden("GET /api/audit", () -> methodologist.get("/api/audit")),
        () -> assertForbidden("POST /api/organisations", () -> methodologist.post("/api/organisations", organisationBody())));
    Api.Reply person = Api.as("admin").get("/api/people/" + personId);
    assertTrue(!person.json().containsKey("username") || person.json().isNull("username"), person.body());
  }

  @Test
  void forbiddenIsExplainedInEnglishWhenAskedFor() {
    Api.Reply reply = Api.as("librarian").inLanguage("en").get("/api/audit");

    assertEquals(403, reply.status());
    assertEquals("Forbidden", reply.json().getString("title"));
  }
}
