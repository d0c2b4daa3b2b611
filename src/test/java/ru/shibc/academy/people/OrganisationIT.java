package ru.shibc.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class OrganisationIT {

  private final Api admin = Api.as("admin");

  private static JsonObjectBuilder school() {
    String token = Fixtures.token();
    return Json.createObjectBuilder()
        .add("kind", "SCHOOL")
        .add("name", "Муниципальная тестовая школа " + token)
        .add("shortName", "Тестовая школа " + token);
  }

  private JsonObject create(JsonObjectBuilder form) {
    Api.Reply created = admin.post("/api/organisations", form.build());
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static void assertProblem(int status, Api.Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType() + " " + reply.body());
    assertEquals(status, reply.json().getInt("status"));
    assertTrue(reply.json().containsKey("detail"), reply.body());
  }

  @Test
  void adminCreatesAPilotSchoolAndItIsListed() {
    JsonObject form = school().add("modelStage", "PILOT").add("modelStageReachedOn", "2024-09-01").build();

    Api.Reply created = admin.send("POST", "/api/organisations", "application/json", form.toString().getBytes(StandardCharsets.UTF_8));

    assertEquals(201, created.status(), created.body());
    JsonObject school = created.json();
    assertEquals("PILOT", school.getString("modelStage"));
    assertEquals("2024-09-01", school.getString("modelStageReachedOn"));
    assertEquals(form.getString("shortName"), school.getString("shortName"));
    assertEquals(0, school.getInt("staffCount"));
    Api.Reply fetched = admin.get("/api/organisations/" + id(school));
    assertEquals(200, fetched.status(), fetched.body());
    assertEquals(form.getString("name"), fetched.json().getString("name"));
    assertTrue(
        Api.as("librarian").get("/api/organisations?kind=SCHOOL").array().stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(o -> id(o) == id(school)));
  }

  @Test
  void createdOrganisationAnswersWithItsLocation() throws Exception {
    JsonObject form = school().build();
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(RunningAcademy.baseUrl() + "/api/organisations"))
                    .header("Authorization", "Bearer " + Api.login("admin", "demo"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form.toString()))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertEquals(201, response.statusCode(), response.body());
    long id = Json.createReader(new java.io.StringReader(response.body())).readObject().getJsonNumber("id").longValue();
    String location = response.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/api/organisations/" + id), location);
  }

  @Test
  void duplicateShortNameIs409AndIgnoresCase() {
    JsonObject first = create(school());
    JsonObject again =
        Json.createObjectBuilder()
            .add("kind", "SCHOOL")
            .add("name", "Другая школа " + Fixtures.token())
            .add("shortName", first.getString("shortName").toUpperCase())
            .build();

    Api.Reply reply = admin.post("/api/organisations", again);

    assertProblem(409, reply);
    assertTrue(reply.detail().contains(first.getString("shortName").toUpperCase()), reply.detail());
  }

  @Test
  void blankNameIs400NamingTheField() {
    Api.Reply reply = admin.post("/api/organisations", school().add("name", "   ").build());

    assertProblem(400, reply);
    assertTrue(
        reply.json().getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(e -> e.getString("field").equals("name") && !e.getString("message").isBlank()),
        reply.body());
  }

  @Test
  void missingKindIs400NamingTheField() {
    Api.Reply reply =
        admin.post("/api/organisations", "{\"name\":\"Школа без вида\",\"shortName\":\"Без вида " + Fixtures.token() + "\"}");

    assertProblem(400, reply);
    assertTrue(reply.body().contains("\"field\":\"kind\""), reply.body());
  }

  @Test
  void stageWithoutDateIs422() {
    JsonObject form = school().add("modelStage", "ROLLOUT_FIRST").build();

    Api.Reply reply = admin.post("/api/organisations", form);

    assertProblem(422, reply);
    assertEquals("Укажите дату достижения этапа модели.", reply.detail());
    assertNotListed(form.getString("shortName"));
  }

  @Test
  void stageOfANonSchoolIs422() {
    String token = Fixtures.token();
    JsonObject form =
        Json.createObjectBuilder()
            .add("kind", "METHODOLOGICAL_OFFICE")
            .add("name", "Методический кабинет " + token)
            .add("shortName", "МК " + token)
            .add("modelStage", "PILOT")
            .add("modelStageReachedOn", "2024-01-10")
            .build();

    Api.Reply reply = admin.post("/api/organisations", form);

    assertProblem(422, reply);
    assertEquals("Этап модели ШИБЦ бывает только у школ.", reply.detail());
    assertNotListed(form.getString("shortName"));
  }

  @Test
  void staleVersionIs409AndChangesNothing() {
    JsonObject school = create(school());
    long version = school.getJsonNumber("version").longValue();
    Api.Reply first =
        admin.put(
            "/api/organisations/" + id(school),
            school().add("shortName", school.getString("shortName")).add("name", "Первое переименование").add("version", version).build());
    assertEquals(200, first.status(), first.body());
    assertNotEquals(version, first.json().getJsonNumber("version").longValue());

    Api.Reply stale =
        admin.put(
            "/api/organisations/" + id(school),
            school().add("shortName", school.getString("shortName")).add("name", "Второе переименование").add("version", version).build());

    assertProblem(409, stale);
    assertEquals("Запись уже изменил кто-то другой. Обновите страницу и повторите.", stale.detail());
    assertEquals("Первое переименование", admin.get("/api/organisations/" + id(school)).json().getString("name"));
  }

  @Test
  void unknownOrganisationIs404Problem() {
    Api.Reply reply = admin.get("/api/organisations/987654321");

    assertProblem(404, reply);
    assertEquals("Организация не найдена.", reply.detail());
  }

  @Test
  void updatingAnUnknownOrganisationIs404Problem() {
    assertProblem(404, admin.put("/api/organisations/987654321", school().build()));
  }

  @Test
  void unknownKindIs400Problem() {
    Api.Reply reply =
        admin.post(
            "/api/organisations",
            "{\"kind\":\"CASTLE\",\"name\":\"Замок\",\"shortName\":\"Замок " + Fixtures.token() + "\"}");

    assertProblem(400, reply);
  }

  @Test
  void unknownStageIs400Problem() {
    Api.Reply reply =
        admin.post(
            "/api/organisations",
            school().add("modelStage", "MOON").add("modelStageReachedOn", "2024-01-01").build());

    assertProblem(400, reply);
  }

  @Test
  void malformedDateIs400Problem() {
    Api.Reply reply =
        admin.post(
            "/api/organisations",
            school().add("modelStage", "PILOT").add("modelStageReachedOn", "31.02.2024").build());

    assertProblem(400, reply);
  }

  @Test
  void unknownKindInTheQueryIs400Problem() {
    assertProblem(400, admin.get("/api/organisations?kind=CASTLE"));
  }

  @Test
  void nonNumericIdIsAProblemNot500() {
    Api.Reply reply = admin.get("/api/organisations/abc");

    assertTrue(reply.status() == 400 || reply.status() == 404, reply.status() + " " + reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  @Test
  void kindOfAnOrganisationCannotBeChanged() {
    JsonObject school = create(school());

    Api.Reply reply =
        admin.put(
            "/api/organisations/" + id(school),
            Json.createObjectBuilder()
                .add("kind", "SUPPLEMENTARY_CENTRE")
                .add("name", school.getString("name"))
                .add("shortName", school.getString("shortName"))
                .build());

    assertProblem(422, reply);
    assertEquals("SCHOOL", admin.get("/api/organisations/" + id(school)).json().getString("kind"));
  }

  @Test
  void departmentMovesASchoolToTheNextStage() {
    JsonObject school = create(school().add("modelStage", "PILOT").add("modelStageReachedOn", "2023-09-01"));

    Api.Reply moved =
        Api.as("department")
            .put(
                "/api/organisations/" + id(school),
                Json.createObjectBuilder()
                    .add("kind", "SCHOOL")
                    .add("name", school.getString("name"))
                    .add("shortName", school.getString("shortName"))
                    .add("modelStage", "ROLLOUT_FIRST")
                    .add("modelStageReachedOn", "2025-02-03")
                    .add("version", school.getJsonNumber("version").longValue())
                    .build());

    assertEquals(200, moved.status(), moved.body());
    JsonObject now = admin.get("/api/organisations/" + id(school)).json();
    assertEquals("ROLLOUT_FIRST", now.getString("modelStage"));
    assertEquals("2025-02-03", now.getString("modelStageReachedOn"));
  }

  @Test
  void renamingToAnotherOrganisationsShortNameIs409() {
    JsonObject first = create(school());
    JsonObject second = create(school());

    Api.Reply reply =
        admin.put(
            "/api/organisations/" + id(second),
            Json.createObjectBuilder()
                .add("kind", "SCHOOL")
                .add("name", second.getString("name"))
                .add("shortName", first.getString("shortName"))
                .build());

    assertProblem(409, reply);
    assertEquals(second.getString("shortName"), admin.get("/api/organisations/" + id(second)).json().getString("shortName"));
  }

  @Test
  void overlongShortNameIs400NamingTheField() {
    Api.Reply reply = admin.post("/api/organisations", school().add("shortName", "Ш".repeat(61)).build());

    assertProblem(400, reply);
    assertTrue(reply.body().contains("\"field\":\"shortName\""), reply.body());
  }

  @Test
  void creatingAnOrganisationIsAudited() {
    JsonObject school = create(school());

    Api.Reply audit = admin.get("/api/audit?entityType=Organisation&size=200");

    assertEquals(200, audit.status(), audit.body());
    assertTrue(
        audit.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                e ->
                    e.getString("action").equals("organisation.created")
                        && String.valueOf(id(school)).equals(e.getString("entityId"))
                        && e.getString("actor").equals("admin")),
        audit.body());
  }

  @Test
  void theHomePageCountsTheDistrictAsTheRegisterDoes() {
    create(school());
    var organisations = admin.get("/api/organisations").array().stream().map(JsonValue::asJsonObject).toList();
    long schools = organisations.stream().filter(o -> o.getString("kind").equals("SCHOOL")).count();
    long staff = organisations.stream().mapToLong(o -> o.getJsonNumber("staffCount").longValue()).sum();

    String home = ru.shibc.academy.it.PageSession.signIn("admin", "demo").get("/index.xhtml").body();

    String expected = new java.text.MessageFormat("Район: {0} организаций, {1} школ, {2} сотрудников.", java.util.Locale.forLanguageTag("ru"))
        .format(new Object[] {organisations.size(), schools, staff});
    assertTrue(home.contains(expected), expected + " in " + home);
  }

  private void assertNotListed(String shortName) {
    assertTrue(
        admin.get("/api/organisations").array().stream()
            .map(JsonValue::asJsonObject)
            .noneMatch(o -> o.getString("shortName").equals(shortName)),
        shortName + " was created");
  }
}
