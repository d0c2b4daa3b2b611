package ru.shibc.academy.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CourseFixtures.addPage;
import static ru.shibc.academy.it.CourseFixtures.addSection;
import static ru.shibc.academy.it.CourseFixtures.courseForm;
import static ru.shibc.academy.it.CourseFixtures.id;
import static ru.shibc.academy.it.CourseFixtures.newCourse;
import static ru.shibc.academy.it.CourseFixtures.publish;
import static ru.shibc.academy.it.CourseFixtures.publishedCourse;
import static ru.shibc.academy.it.CourseFixtures.shortName;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.CourseFixtures.Learner;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class EnrolmentIT {

  private final Api methodologist = Api.as("methodologist");

  private static Api.Reply enrolSelf(Learner learner, long course) {
    return learner.api().post("/api/learning/courses/" + course + "/enrol", "");
  }

  private static JsonObject audience(List<Long> personIds, List<Long> cohortIds, List<Long> organisationIds) {
    JsonObjectBuilder form = Json.createObjectBuilder();
    form.add("personIds", array(personIds));
    form.add("cohortIds", array(cohortIds));
    form.add("organisationIds", array(organisationIds));
    return form.build();
  }

  private static JsonArrayBuilder array(List<Long> ids) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    ids.forEach(a::add);
    return a;
  }

  private Api.Reply preview(long course, JsonObject audience) {
    return methodologist.post("/api/courses/" + course + "/participants/preview", audience);
  }

  private int enrol(long course, JsonObject audience) {
    Api.Reply reply = methodologist.post("/api/courses/" + course + "/participants", audience);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getInt("enrolled");
  }

  private List<JsonObject> participants(long course, String query) {
    Api.Reply reply = methodologist.get("/api/courses/" + course + "/participants" + query);
    assertEquals(200, reply.status(), reply.body());
    return reply.array().stream().map(JsonValue::asJsonObject).toList();
  }

  private static Map<Long, String> statusByPerson(List<JsonObject> list, String field) {
    return list.stream().collect(Collectors.toMap(p -> p.getJsonNumber("personId").longValue(), p -> p.getString(field)));
  }

  private static long newPersonIn(long organisationId) {
    Api.Reply created = Api.as("admin").post("/api/people", Fixtures.personForm(organisationId).build());
    assertEquals(201, created.status(), created.body());
    return id(created.json());
  }

  private long newCohortWith(long personId) {
    Api.Reply cohort =
        methodologist.post(
            "/api/cohorts", Json.createObjectBuilder().add("name", "Группа курса " + Fixtures.token()).build());
    assertEquals(201, cohort.status(), cohort.body());
    Api.Reply added =
        methodologist.post(
            "/api/cohorts/" + id(cohort.json()) + "/members",
            Json.createObjectBuilder().add("personIds", Json.createArrayBuilder().add(personId)).build());
    assertEquals(200, added.status(), added.body());
    return id(cohort.json());
  }

  /** A published course, enrolled by the methodologist only, with two required pages. */
  private static long[] methodologistsCourse() {
    long course = id(newCourse(courseForm(shortName("МЕТОД")).add("selfEnrolment", false)));
    long section = addSection(course, "Раздел");
    long first = addPage(course, section, "Страница 1", true);
    long second = addPage(course, section, "Страница 2", true);
    publish(course);
    return new long[] {course, first, second};
  }

  private static long closedCourse(JsonObjectBuilder form) {
    long course = id(newCourse(form));
    addPage(course, addSection(course, "Раздел"), "Страница", true);
    publish(course);
    return course;
  }

  @Test
  void learnerSelfEnrolsInAPublishedSelfEnrolmentCourse() {
    long course = publishedCourse("САМ");
    Learner learner = CourseFixtures.newLearner();

    Api.Reply reply = enrolSelf(learner, course);

    assertEquals(201, reply.status(), reply.body());
    assertEquals(course, reply.json().getJsonNumber("courseId").longValue());
    assertEquals("ACTIVE", reply.json().getString("status"));
    Api.Reply mine = learner.api().get("/api/learning/mine");
    assertEquals(200, mine.status(), mine.body());
    assertTrue(
        mine.array().stream().anyMatch(m -> id(m.asJsonObject().getJsonObject("course")) == course), mine.body());
    Map<Long, String> listed = statusByPerson(participants(course, ""), "status");
    assertEquals("ACTIVE", listed.get(learner.personId()));
  }

  @Test
  void selfEnrollingTwiceIs409() {
    long course = publishedCourse("ДВАЖДЫ");
    Learner learner = CourseFixtures.newLearner();
    assertEquals(201, enrolSelf(learner, course).status());

    Api.Reply again = enrolSelf(learner, course);

    assertEquals(409, again.status(), again.body());
    assertTrue(again.isProblem(), again.contentType());
    assertEquals("Вы уже записаны на этот курс.", again.detail());
  }

  @Test
  void selfEnrolmentInACourseWhereTheMethodologistEnrolsIs422() {
    long course = methodologistsCourse()[0];
    Learner learner = CourseFixtures.newLearner();

    Api.Reply reply = enrolSelf(learner, course);

    assertEquals(422, reply.status(), reply.body());
    assertEquals("На этот курс записывает методист.", reply.detail());
    assertTrue(participants(course, "").isEmpty());
  }

  @Test
  void selfEnrolmentInADraftIs404() {
    long course = id(newCourse("ЧЕРНСАМ"));
    Learner learner = CourseFixtures.newLearner();

    Api.Reply reply = enrolSelf(learner, course);

    assertEquals(404, reply.status(), reply.body());
  }

  @Test
  void closedEnrolmentWindowIs422ForTheLearnerAndForTheMethodologist() {
    Instant now = Instant.now();
    long course =
        closedCourse(
            courseForm(shortName("ЗАКР"))
                .add("enrolmentOpensAt", now.minus(Duration.ofDays(30)).toString())
                .add("enrolmentClosesAt", now.minus(Duration.ofDays(1)).toString()));
    Learner learner = CourseFixtures.newLearner();
    long other = id(Fixtures.newPerson());

    Api.Reply self = enrolSelf(learner, course);
    Api.Reply bulk =
        methodologist.post("/api/courses/" + course + "/participants", audience(List.of(other), List.of(), List.of()));

    assertEquals(422, self.status(), self.body());
    assertEquals("Запись на курс сейчас закрыта.", self.detail());
    assertEquals(422, bulk.status(), bulk.body());
    assertTrue(bulk.isProblem(), bulk.contentType());
    assertEquals("Запись на курс сейчас закрыта.", bulk.detail());
    assertTrue(participants(course, "").isEmpty());
  }

  @Test
  void enrolmentWindowNotYetOpenIs422() {
    long course =
        closedCourse(courseForm(shortName("РАНО")).add("enrolmentOpensAt", Instant.now().plus(Duration.ofDays(7)).toString()));
    Learner learner = CourseFixtures.newLearner();

    Api.Reply self = enrolSelf(learner, course);

    assertEquals(422, self.status(), self.body());
  }

  @Test
  void previewByOrganisationAndCohortListsNewPeopleAndChangesNothing() {
    long course = methodologistsCourse()[0];
    long school = id(CourseFixtures.newSchool());
    long a = newPersonIn(school);
    long b = newPersonIn(school);
    long outsider = id(Fixtures.newPerson());
    long cohort = newCohortWith(outsider);

    Api.Reply reply = preview(course, audience(List.of(), List.of(cohort), List.of(school)));

    assertEquals(200, reply.status(), reply.body());
    Map<Long, String> outcomes =
        reply.array().stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(c -> c.getJsonNumber("personId").longValue(), c -> c.getString("outcome")));
    assertEquals(Map.of(a, "NEW", b, "NEW", outsider, "NEW"), outcomes);
    List<String> surnames =
        reply.array().stream().map(c -> c.asJsonObject().getString("fullName").split(" ")[0]).toList();
    List<String> sorted = new ArrayList<>(surnames);
    sorted.sort(null);
    assertEquals(sorted, surnames, "sorted by surname");
    assertTrue(participants(course, "").isEmpty(), "a preview enrols nobody");
  }

  @Test
  void enrollingCountsThoseEnrolledAndAgainEnrolsNone() {
    long course = methodologistsCourse()[0];
    long school = id(CourseFixtures.newSchool());
    long a = newPersonIn(school);
    long b = newPersonIn(school);
    long named = id(Fixtures.newPerson());
    JsonObject audience = audience(List.of(named), List.of(), List.of(school));

    assertEquals(3, enrol(course, audience));

    assertEquals(Map.of(a, "ACTIVE", b, "ACTIVE", named, "ACTIVE"), statusByPerson(participants(course, ""), "status"));
    Api.Reply again = preview(course, audience);
    assertTrue(
        again.array().stream().allMatch(c -> c.asJsonObject().getString("outcome").equals("ALREADY_ENROLLED")),
        again.body());
    assertEquals(0, enrol(course, audience));
    assertEquals(3, participants(course, "").size());
  }

  @Test
  void enrollingAnUnknownPersonIs422AndEnrolsNobody() {
    long course = methodologistsCourse()[0];
    long person = id(Fixtures.newPerson());

    Api.Reply reply =
        methodologist.post(
            "/api/courses/" + course + "/participants", audience(List.of(person, 987654321L), List.of(), List.of()));

    assertEquals(422, reply.status(), reply.body());
    assertEquals("Среди выбранных есть несуществующий сотрудник.", reply.detail());
    assertTrue(participants(course, "").isEmpty());
  }

  @Test
  void withdrawnPersonKeepsHistoryAndReturnsWithTheirProgress() {
    long[] c = methodologistsCourse();
    long course = c[0];
    Learner learner = CourseFixtures.newLearner();
    assertEquals(1, enrol(course, audience(List.of(learner.personId()), List.of(), List.of())));
    Api.Reply opened = learner.api().post("/api/learning/courses/" + course + "/activities/" + c[1] + "/open", "");
    assertEquals(200, opened.status(), opened.body());
    assertEquals(50, opened.json().getInt("progressPercent"));

    Api.Reply withdrawn = methodologist.delete("/api/courses/" + course + "/participants/" + learner.personId());

    assertEquals(204, withdrawn.status(), withdrawn.body());
    JsonObject row =
        participants(course, "").stream()
            .filter(p -> p.getJsonNumber("personId").longValue() == learner.personId())
            .findFirst()
            .orElseThrow();
    assertEquals("WITHDRAWN", row.getString("status"));
    assertEquals(50, row.getInt("progressPercent"));
    assertEquals(403, learner.api().get("/api/learning/courses/" + course).status());
    assertTrue(
        learner.api().get("/api/learning/mine").array().stream()
            .noneMatch(m -> id(m.asJsonObject().getJsonObject("course")) == course));
    Api.Reply twice = methodologist.delete("/api/courses/" + course + "/participants/" + learner.personId());
    assertEquals(404, twice.status(), twice.body());

    JsonObject audience = audience(List.of(learner.personId()), List.of(), List.of());
    Api.Reply preview = preview(course, audience);
    assertEquals("RETURNING", preview.array().getJsonObject(0).getString("outcome"), preview.body());
    assertEquals(1, enrol(course, audience));
    Api.Reply page = learner.api().get("/api/learning/courses/" + course);
    assertEquals(200, page.status(), page.body());
    assertEquals("ACTIVE", page.json().getString("enrolment"));
    assertEquals(50, page.json().getInt("progressPercent"));
    assertEquals(c[2], page.json().getJsonNumber("nextActivityId").longValue());
  }

  @Test
  void participantsAreFilteredByOrganisation() {
    long course = methodologistsCourse()[0];
    long school = id(CourseFixtures.newSchool());
    long ours = newPersonIn(school);
    long elsewhere = id(Fixtures.newPerson());
    assertEquals(2, enrol(course, audience(List.of(ours, elsewhere), List.of(), List.of())));

    List<JsonObject> filtered = participants(course, "?organisationId=" + school);

    assertEquals(List.of(ours), filtered.stream().map(p -> p.getJsonNumber("personId").longValue()).toList());
    assertEquals(school, filtered.get(0).getJsonNumber("organisationId").longValue());
    assertEquals(2, participants(course, "").size());
  }

  @Test
  void participantsExportAsXlsxWithAHeaderAndTheirRows() throws IOException {
    long course = methodologistsCourse()[0];
    long person = id(Fixtures.newPerson());
    assertEquals(1, enrol(course, audience(List.of(person), List.of(), List.of())));
    String fullName = participants(course, "").get(0).getString("fullName");

    CourseFixtures.Download export =
        CourseFixtures.download(CourseFixtures.token("methodologist"), "/api/courses/" + course + "/participants/export?format=xlsx");

    assertEquals(200, export.status(), export.text());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.header("Content-Type").orElse(""));
    String disposition = export.header("Content-Disposition").orElse("");
    assertTrue(disposition.contains("filename*=UTF-8''") && disposition.contains(".xlsx"), disposition);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      Row header = sheet.getRow(0);
      assertEquals("ФИО", formatter.formatCellValue(header.getCell(0)));
      assertEquals("Организация", formatter.formatCellValue(header.getCell(2)));
      assertEquals(2, sheet.getPhysicalNumberOfRows(), "a header and one participant");
      Row row = sheet.getRow(1);
      assertEquals(fullName, formatter.formatCellValue(row.getCell(0)));
      assertEquals("Обучается", formatter.formatCellValue(row.getCell(3)));
      assertEquals("0", formatter.formatCellValue(row.getCell(5)));
    }
  }

  @Test
  void participantsExportAsCsvWithABomAndSemicolons() {
    long course = methodologistsCourse()[0];
    long person = id(Fixtures.newPerson());
    assertEquals(1, enrol(course, audience(List.of(person), List.of(), List.of())));
    String fullName = participants(course, "").get(0).getString("fullName");

    CourseFixtures.Download export =
        CourseFixtures.download(CourseFixtures.token("methodologist"), "/api/courses/" + course + "/participants/export?format=csv");

    assertEquals(200, export.status(), export.text());
    assertTrue(export.header("Content-Type").orElse("").startsWith("text/csv"), export.header("Content-Type").toString());
    byte[] bytes = export.bytes();
    assertTrue(bytes.length > 3, "empty");
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "a UTF-8 BOM");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertEquals(2, lines.size(), text);
    assertTrue(lines.get(0).startsWith("ФИО;Должность;Организация;"), lines.get(0));
    List<String> cells = Arrays.asList(lines.get(1).split(";"));
    assertEquals(fullName, cells.get(0));
    assertEquals(7, lines.get(1).split(";", -1).length, lines.get(1));
  }

  @Test
  void unknownExportFormatIsRefused() {
    long course = methodologistsCourse()[0];

    Api.Reply reply = methodologist.get("/api/courses/" + course + "/participants/export?format=pdf");

    assertTrue(reply.status() == 400 || reply.status() == 422, reply.status() + " " + reply.body());
  }

  @Test
  void learnerGets403FromEveryParticipantsEndpoint() {
    long course = methodologistsCourse()[0];
    Learner learner = CourseFixtures.newLearner();
    Api api = learner.api();
    JsonObject me = audience(List.of(learner.personId()), List.of(), List.of());

    assertEquals(403, api.get("/api/courses/" + course + "/participants").status());
    assertEquals(403, api.post("/api/courses/" + course + "/participants/preview", me).status());
    assertEquals(403, api.post("/api/courses/" + course + "/participants", me).status());
    assertEquals(403, api.delete("/api/courses/" + course + "/participants/" + learner.personId()).status());
    assertEquals(
        403, CourseFixtures.download(learner.token(), "/api/courses/" + course + "/participants/export?format=csv").status());
    assertTrue(participants(course, "").isEmpty(), "the learner enrolled themselves");
  }

  @Test
  void departmentReadsParticipantsButCannotEnrol() {
    long course = methodologistsCourse()[0];
    long person = id(Fixtures.newPerson());
    Api department = Api.as("department");

    assertEquals(200, department.get("/api/courses/" + course + "/participants").status());
    assertEquals(
        403, department.post("/api/courses/" + course + "/participants", audience(List.of(person), List.of(), List.of())).status());
    assertTrue(participants(course, "").isEmpty());
  }

  @Test
  void archivedCourseRefusesBulkEnrolment() {
    long course = methodologistsCourse()[0];
    assertEquals(200, CourseFixtures.setStatus(course, "ARCHIVED").status());
    long person = id(Fixtures.newPerson());

    Api.Reply reply =
        methodologist.post("/api/courses/" + course + "/participants", audience(List.of(person), List.of(), List.of()));

    assertEquals(422, reply.status(), reply.body());
    assertNotNull(reply.detail());
    assertFalse(participants(course, "").stream().anyMatch(p -> p.getJsonNumber("personId").longValue() == person));
  }
}
