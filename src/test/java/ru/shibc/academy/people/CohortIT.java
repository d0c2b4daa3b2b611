package ru.shibc.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class CohortIT {

  private final Api methodologist = Api.as("methodologist");

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private JsonObject newCohort() {
    String name = "Группа " + Fixtures.cyrillicWord("тест") + " " + Fixtures.token();
    Api.Reply created =
        methodologist.post(
            "/api/cohorts", Json.createObjectBuilder().add("name", name).add("description", "Для проверки").build());
    assertEquals(201, created.status(), created.body());
    assertEquals(name, created.json().getString("name"));
    assertEquals(0, created.json().getInt("size"));
    return created.json();
  }

  private Api.Reply add(long cohortId, List<Long> personIds, List<Long> organisationIds) {
    JsonArrayBuilder people = Json.createArrayBuilder();
    personIds.forEach(people::add);
    JsonArrayBuilder organisations = Json.createArrayBuilder();
    organisationIds.forEach(organisations::add);
    return methodologist.post(
        "/api/cohorts/" + cohortId + "/members",
        Json.createObjectBuilder().add("personIds", people).add("organisationIds", organisations).build());
  }

  private Set<Long> memberIds(long cohortId) {
    Api.Reply cohort = methodologist.get("/api/cohorts/" + cohortId);
    assertEquals(200, cohort.status(), cohort.body());
    return cohort.json().getJsonArray("members").stream()
        .map(m -> m.asJsonObject().getJsonNumber("id").longValue())
        .collect(Collectors.toSet());
  }

  private static Set<Long> staffOf(long organisationId) {
    Api.Reply people = Api.as("admin").get("/api/people?size=500&organisationId=" + organisationId);
    assertEquals(200, people.status(), people.body());
    return people.json().getJsonArray("items").stream()
        .map(p -> p.asJsonObject().getJsonNumber("id").longValue())
        .collect(Collectors.toSet());
  }

  @Test
  void createdCohortIsListedWithItsDescription() {
    JsonObject cohort = newCohort();

    Api.Reply list = Api.as("department").get("/api/cohorts");

    assertEquals(200, list.status(), list.body());
    assertTrue(
        list.array().stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(c -> id(c) == id(cohort) && c.getString("description").equals("Для проверки")),
        list.body());
  }

  @Test
  void duplicateNameIs409() {
    JsonObject cohort = newCohort();

    Api.Reply reply =
        methodologist.post(
            "/api/cohorts", Json.createObjectBuilder().add("name", cohort.getString("name").toUpperCase()).build());

    assertEquals(409, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  @Test
  void blankNameIs400NamingTheField() {
    Api.Reply reply = methodologist.post("/api/cohorts", "{\"name\":\"  \"}");

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertTrue(reply.body().contains("\"field\":\"name\""), reply.body());
  }

  @Test
  void addsPeopleAndWholeSchoolsAndShowsThem() {
    JsonObject cohort = newCohort();
    long person = id(Fixtures.newPerson());
    long school = Fixtures.demoSchool(1).getJsonNumber("id").longValue();
    Set<Long> schoolStaff = staffOf(school);
    assertTrue(!schoolStaff.isEmpty());

    Api.Reply byPerson = add(id(cohort), List.of(person), List.of());
    assertEquals(200, byPerson.status(), byPerson.body());
    assertEquals(1, byPerson.json().getInt("added"));

    Api.Reply bySchool = add(id(cohort), List.of(), List.of(school));
    assertEquals(200, bySchool.status(), bySchool.body());
    Set<Long> members = memberIds(id(cohort));
    assertTrue(members.contains(person), members.toString());
    assertTrue(members.containsAll(schoolStaff), members + " vs " + schoolStaff);
    assertEquals(members.size() - 1, bySchool.json().getInt("added"));
    JsonObject listed =
        methodologist.get("/api/cohorts").array().stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> id(c) == id(cohort))
            .findFirst()
            .orElseThrow();
    assertEquals(members.size(), listed.getInt("size"));
  }

  @Test
  void addingTheSameMembersAgainAddsNone() {
    JsonObject cohort = newCohort();
    long person = id(Fixtures.newPerson());
    long school = Fixtures.demoSchool(2).getJsonNumber("id").longValue();
    assertEquals(200, add(id(cohort), List.of(person), List.of(school)).status());
    int before = memberIds(id(cohort)).size();

    Api.Reply again = add(id(cohort), List.of(person), List.of(school));

    assertEquals(200, again.status(), again.body());
    assertEquals(0, again.json().getInt("added"));
    assertEquals(before, memberIds(id(cohort)).size());
  }

  @Test
  void unknownPersonIs422AndNobodyIsAdded() {
    JsonObject cohort = newCohort();
    long person = id(Fixtures.newPerson());

    Api.Reply reply = add(id(cohort), List.of(person, 987654321L), List.of());

    assertEquals(422, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertTrue(reply.detail().replaceAll("[\\s\u00a0\u202f]", "").contains("987654321"), reply.detail());
    assertTrue(memberIds(id(cohort)).isEmpty());
  }

  @Test
  void unknownOrganisationIs422AndNobodyIsAdded() {
    JsonObject cohort = newCohort();
    long person = id(Fixtures.newPerson());

    Api.Reply reply = add(id(cohort), List.of(person), List.of(987654321L));

    assertEquals(422, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertTrue(memberIds(id(cohort)).isEmpty());
  }

  @Test
  void personIdBeyondTheRangeOfIdsIsRefusedNotWrappedAroundToAnotherPerson() {
    JsonObject cohort = newCohort();

    // 2^64 + 1: read as a long it wraps around to 1, the demo administrator.
    Api.Reply reply =
        methodologist.post("/api/cohorts/" + id(cohort) + "/members", "{\"personIds\":[18446744073709551617]}");

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertTrue(memberIds(id(cohort)).isEmpty(), "someone was added");
  }

  @Test
  void fractionalPersonIdIsRefused() {
    JsonObject cohort = newCohort();

    Api.Reply reply = methodologist.post("/api/cohorts/" + id(cohort) + "/members", "{\"personIds\":[1.9]}");

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertTrue(memberIds(id(cohort)).isEmpty(), "someone was added");
  }

  @Test
  void unknownPersonIsNamedByTheIdAsSent() {
    JsonObject cohort = newCohort();

    Api.Reply reply = add(id(cohort), List.of(987654321L), List.of());

    assertEquals(422, reply.status(), reply.body());
    assertEquals("Нет сотрудника с номером 987654321.", reply.detail());
  }

  @Test
  void nullPersonIdIs400() {
    JsonObject cohort = newCohort();

    Api.Reply reply = methodologist.post("/api/cohorts/" + id(cohort) + "/members", "{\"personIds\":[null]}");

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  @Test
  void removingAMemberIs204AndRemovingAgainIs404() {
    JsonObject cohort = newCohort();
    long person = id(Fixtures.newPerson());
    long other = id(Fixtures.newPerson());
    assertEquals(2, add(id(cohort), List.of(person, other), List.of()).json().getInt("added"));

    Api.Reply removed = methodologist.delete("/api/cohorts/" + id(cohort) + "/members/" + person);

    assertEquals(204, removed.status(), removed.body());
    assertEquals(Set.of(other), memberIds(id(cohort)));
    Api.Reply again = methodologist.delete("/api/cohorts/" + id(cohort) + "/members/" + person);
    assertEquals(404, again.status(), again.body());
    assertTrue(again.isProblem(), again.contentType());
    assertEquals("Этого сотрудника нет в группе.", again.detail());
  }

  @Test
  void deletedCohortIsGone() {
    JsonObject cohort = newCohort();
    assertEquals(1, add(id(cohort), List.of(id(Fixtures.newPerson())), List.of()).json().getInt("added"));

    Api.Reply deleted = methodologist.delete("/api/cohorts/" + id(cohort));

    assertEquals(204, deleted.status(), deleted.body());
    Api.Reply after = methodologist.get("/api/cohorts/" + id(cohort));
    assertEquals(404, after.status(), after.body());
    assertTrue(after.isProblem(), after.contentType());
    assertEquals("Группа не найдена.", after.detail());
    assertEquals(404, methodologist.delete("/api/cohorts/" + id(cohort)).status());
  }

  @Test
  void renamingACohortKeepsItsMembers() {
    JsonObject cohort = newCohort();
    long person = id(Fixtures.newPerson());
    add(id(cohort), List.of(person), List.of());
    String name = "Переименованная " + Fixtures.token();

    Api.Reply renamed =
        methodologist.put("/api/cohorts/" + id(cohort), Json.createObjectBuilder().add("name", name).build());

    assertEquals(200, renamed.status(), renamed.body());
    assertEquals(name, methodologist.get("/api/cohorts/" + id(cohort)).json().getString("name"));
    assertEquals(Set.of(person), memberIds(id(cohort)));
  }

  @Test
  void departmentReadsCohortsButCannotChangeThem() {
    JsonObject cohort = newCohort();
    Api department = Api.as("department");

    assertEquals(200, department.get("/api/cohorts/" + id(cohort)).status());
    Api.Reply delete = department.delete("/api/cohorts/" + id(cohort));
    assertEquals(403, delete.status(), delete.body());
    assertTrue(delete.isProblem(), delete.contentType());
    assertEquals(200, methodologist.get("/api/cohorts/" + id(cohort)).status());
  }
}
