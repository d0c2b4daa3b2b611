package ru.shibc.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class PersonIT {

  private final Api admin = Api.as("admin");
  private final Api methodologist = Api.as("methodologist");

  private static long schoolId() {
    return Fixtures.demoSchool().getJsonNumber("id").longValue();
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static void assertFieldError(String field, Api.Reply reply) {
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertTrue(
        reply.json().getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(e -> e.getString("field").equals(field) && !e.getString("message").isBlank()),
        "no error for " + field + ": " + reply.body());
  }

  private List<JsonObject> search(String q) {
    Api.Reply found = admin.get("/api/people?size=500&q=" + Fixtures.url(q));
    assertEquals(200, found.status(), found.body());
    return found.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  @Test
  void methodologistCreatesAPersonAndTheCreationIsAudited() {
    String snils = Fixtures.snils();
    JsonObject form = Fixtures.personForm(schoolId()).add("snils", snils).add("birthDate", "1985-11-02").build();

    Api.Reply created = methodologist.post("/api/people", form);

    assertEquals(201, created.status(), created.body());
    JsonObject person = created.json();
    assertEquals(form.getString("surname"), person.getString("surname"));
    assertEquals(form.getString("email"), person.getString("email"));
    assertEquals(snils, person.getString("snils"));
    assertEquals("1985-11-02", person.getString("birthDate"));
    assertEquals(1, search(form.getString("surname")).size());

    Api.Reply audit = admin.get("/api/audit?entityType=Person&size=500");
    assertEquals(200, audit.status(), audit.body());
    JsonObject entry =
        audit.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> String.valueOf(id(person)).equals(e.getString("entityId")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no audit entry: " + audit.body()));
    assertEquals("person.created", entry.getString("action"));
    assertEquals("methodologist", entry.getString("actor"));
    assertTrue(!entry.getString("after", "").contains(snils), "СНИЛС must stay out of the audit: " + entry);
  }

  @Test
  void duplicateEmailIs409AndNoSecondPerson() {
    JsonObject first = Fixtures.personForm(schoolId()).build();
    assertEquals(201, methodologist.post("/api/people", first).status());
    String otherSurname = Fixtures.surname();
    JsonObject second =
        Fixtures.personForm(schoolId()).add("surname", otherSurname).add("email", first.getString("email")).build();

    Api.Reply reply = methodologist.post("/api/people", second);

    assertEquals(409, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertTrue(reply.detail().contains(first.getString("email")), reply.detail());
    assertTrue(search(otherSurname).isEmpty());
  }

  @Test
  void duplicateSnilsIs409() {
    String snils = Fixtures.snils();
    assertEquals(201, methodologist.post("/api/people", Fixtures.personForm(schoolId()).add("snils", snils).build()).status());

    Api.Reply reply = methodologist.post("/api/people", Fixtures.personForm(schoolId()).add("snils", snils).build());

    assertEquals(409, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  @Test
  void invalidSnilsIs400NamingTheField() {
    String surname = Fixtures.surname();
    Api.Reply reply =
        methodologist.post(
            "/api/people", Fixtures.personForm(schoolId()).add("surname", surname).add("snils", "123-456-789 00").build());

    assertFieldError("snils", reply);
    assertTrue(search(surname).isEmpty());
  }

  @Test
  void nameWithDigitsIs400NamingTheField() {
    assertFieldError("name", methodologist.post("/api/people", Fixtures.personForm(schoolId()).add("name", "Мария2").build()));
  }

  @Test
  void surnameOfMoreThan100CharactersIs400NamingTheField() {
    assertFieldError(
        "surname", methodologist.post("/api/people", Fixtures.personForm(schoolId()).add("surname", "Ф".repeat(101)).build()));
  }

  @Test
  void surnameOfExactly100CharactersIsAccepted() {
    String surname = Fixtures.surname();
    surname = surname + "а".repeat(100 - surname.length());

    Api.Reply reply = methodologist.post("/api/people", Fixtures.personForm(schoolId()).add("surname", surname).build());

    assertEquals(201, reply.status(), reply.body());
  }

  @Test
  void invalidEmailIs400NamingTheField() {
    assertFieldError(
        "email", methodologist.post("/api/people", Fixtures.personForm(schoolId()).add("email", "not-an-email").build()));
  }

  @Test
  void missingFieldsAreAllNamed() {
    Api.Reply reply = methodologist.post("/api/people", "{}");

    for (String field : List.of("surname", "name", "position", "organisationId", "email")) {
      assertFieldError(field, reply);
    }
  }

  @Test
  void unknownOrganisationIs404() {
    Api.Reply reply = methodologist.post("/api/people", Fixtures.personForm(987654321L).build());

    assertEquals(404, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals("Организация не найдена.", reply.detail());
  }

  @Test
  void futureBirthDateIs400NamingTheField() {
    String tomorrow = LocalDate.now().plusDays(2).toString();

    assertFieldError(
        "birthDate", methodologist.post("/api/people", Fixtures.personForm(schoolId()).add("birthDate", tomorrow).build()));
  }

  @Test
  void pageSizeZeroIs400NamingTheParameter() {
    assertFieldError("size", admin.get("/api/people?size=0"));
  }

  @Test
  void pageSizeAbove500Is400NamingTheParameter() {
    assertFieldError("size", admin.get("/api/people?size=501"));
  }

  @Test
  void negativePageIs400NamingTheParameter() {
    assertFieldError("page", admin.get("/api/people?page=-1"));
  }

  @Test
  void nonNumericPageIs400Problem() {
    Api.Reply reply = admin.get("/api/people?page=abc");

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  @Test
  void overlongSearchTextIs400NamingTheParameter() {
    assertFieldError("q", admin.get("/api/people?q=" + "а".repeat(101)));
  }

  @Test
  void searchFindsByPartOfTheSurnameIgnoringCase() {
    JsonObject form = Fixtures.personForm(schoolId()).build();
    assertEquals(201, methodologist.post("/api/people", form).status());
    String surname = form.getString("surname");

    List<JsonObject> found = search(surname.substring(3).toUpperCase());

    assertEquals(1, found.size(), found.toString());
    assertEquals(form.getString("email"), found.get(0).getString("email"));
  }

  @Test
  void searchTreatsPercentAndUnderscoreLiterally() {
    Api.Reply reply = admin.get("/api/people?q=" + Fixtures.url("%_%"));

    assertEquals(200, reply.status(), reply.body());
    assertEquals(0, reply.json().getJsonNumber("total").longValue(), reply.body());
  }

  @Test
  void searchWithinAnOrganisationOnlyListsItsStaff() {
    long school = schoolId();

    Api.Reply reply = admin.get("/api/people?size=500&organisationId=" + school);

    assertEquals(200, reply.status(), reply.body());
    List<JsonObject> items = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertTrue(!items.isEmpty());
    assertTrue(items.stream().allMatch(p -> p.getJsonNumber("organisationId").longValue() == school), reply.body());
  }

  @Test
  void unknownPersonIs404Problem() {
    Api.Reply reply = admin.get("/api/people/987654321");

    assertEquals(404, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals("Сотрудник не найден.", reply.detail());
  }

  @Test
  void adminGivesTwoRolesAndTheNewUserSignsInWithBoth() {
    JsonObject person = Fixtures.newPerson();
    String username = "it." + Fixtures.token();

    Api.Reply account = Fixtures.saveAccount(id(person), username, "Library-Pass-2024", "LEARNER", "METHODOLOGIST");

    assertEquals(200, account.status(), account.body());
    assertEquals(username, account.json().getString("username"));
    Api.Reply me = Api.withToken(Api.login(username, "Library-Pass-2024")).get("/api/me");
    assertEquals(200, me.status(), me.body());
    Set<String> roles =
        me.json().getJsonArray("roles").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .collect(Collectors.toSet());
    assertEquals(Set.of("LEARNER", "METHODOLOGIST"), roles);
    assertEquals(person.getString("email"), me.json().getJsonObject("person").getString("email"));
    assertEquals(200, Api.withToken(Api.login(username, "Library-Pass-2024")).get("/api/people?size=1").status());
  }

  @Test
  void usernameTakenByAnotherPersonIs409() {
    JsonObject first = Fixtures.newPerson();
    JsonObject second = Fixtures.newPerson();
    String username = "it." + Fixtures.token();
    assertEquals(200, Fixtures.saveAccount(id(first), username, "Library-Pass-2024", "LEARNER").status());

    Api.Reply reply = Fixtures.saveAccount(id(second), username, "Other-Pass-2024", "LEARNER");

    assertEquals(409, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertTrue(reply.detail().contains(username), reply.detail());
    assertTrue(!admin.get("/api/people/" + id(second)).json().containsKey("username"));
  }

  @Test
  void shortPasswordIs400NamingTheField() {
    JsonObject person = Fixtures.newPerson();

    assertFieldError("password", Fixtures.saveAccount(id(person), "it." + Fixtures.token(), "short", "LEARNER"));
  }

  @Test
  void unknownRoleIs400Problem() {
    JsonObject person = Fixtures.newPerson();
    JsonObjectBuilder form =
        Json.createObjectBuilder()
            .add("username", "it." + Fixtures.token())
            .add("password", "Long-enough-1")
            .add("roles", Json.createArrayBuilder().add("SUPERUSER"));

    Api.Reply reply = admin.put("/api/people/" + id(person) + "/account", form.build());

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  @Test
  void staleVersionOnUpdateIs409AndChangesNothing() {
    JsonObject person = Fixtures.newPerson();
    long version = person.getJsonNumber("version").longValue();
    JsonObjectBuilder base =
        Json.createObjectBuilder()
            .add("surname", person.getString("surname"))
            .add("name", person.getString("name"))
            .add("position", "заведующий библиотекой")
            .add("organisationId", person.getJsonNumber("organisationId").longValue())
            .add("email", person.getString("email"))
            .add("version", version);
    JsonObject first = base.build();
    assertEquals(200, admin.put("/api/people/" + id(person), first).status());

    Api.Reply stale =
        admin.put(
            "/api/people/" + id(person),
            Json.createObjectBuilder(first).add("position", "библиотекарь").build());

    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.isProblem(), stale.contentType());
    assertEquals("заведующий библиотекой", admin.get("/api/people/" + id(person)).json().getString("position"));
  }
}
