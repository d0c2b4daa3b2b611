package ru.shibc.academy.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

/**
 * Items at work through the API: status and history, overdue, evidence, stale versions, impossible
 * periods, copying, and who may do what. Each test works on a copy of the seed roadmap of its own,
 * so the seed stays as loaded.
 */
@ExtendWith(RunningAcademy.class)
class RoadmapItemsIT {

  private final Api department = Api.as("department");
  private final Api methodologist = Api.as("methodologist");

  private long seed() {
    return RoadmapSeedLoadIT.seedId(department);
  }

  /** A copy of the seed roadmap starting in the given year; its detail. */
  private JsonObject copy(int startYear) {
    Api.Reply reply =
        department.post(
            "/api/roadmaps/" + seed() + "/copy",
            Json.createObjectBuilder().add("startYear", startYear).add("title", "Проверочная карта " + startYear).build());
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  private static boolean absent(JsonObject o, String key) {
    return RoadmapSeedLoadIT.absent(o, key);
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static JsonObject item(JsonObject detail, String number) {
    for (JsonValue s : detail.getJsonArray("sections")) {
      for (JsonValue i : s.asJsonObject().getJsonArray("items")) {
        if (i.asJsonObject().getString("number").equals(number)) {
          return i.asJsonObject();
        }
      }
    }
    throw new AssertionError("no item " + number);
  }

  private static String path(JsonObject item) {
    return "/api/roadmaps/" + item.getJsonNumber("roadmapId").longValue() + "/items/" + id(item);
  }

  private static JsonObject status(String status, long version) {
    return Json.createObjectBuilder().add("status", status).add("version", version).build();
  }

  private static JsonObjectBuilder fields(JsonObject item) {
    JsonObjectBuilder b = Json.createObjectBuilder(item);
    b.remove("id");
    b.remove("roadmapId");
    b.remove("position");
    b.remove("status");
    b.remove("overdue");
    b.remove("responsibleId");
    b.remove("responsibleName");
    b.remove("updatedAt");
    return b;
  }

  @Test
  void copyingStartsANewRoadmapWithShiftedPeriodsAndNothingElse() {
    long seed = seed();
    JsonObject detail = copy(2025);
    JsonObject roadmap = detail.getJsonObject("roadmap");
    assertEquals("Проверочная карта 2025", roadmap.getString("title"));
    assertEquals("2025-01-01", roadmap.getString("periodStart"));
    assertEquals("2027-12-31", roadmap.getString("periodEnd"));
    assertEquals(seed, roadmap.getJsonNumber("copiedFromId").longValue());
    assertTrue(absent(roadmap, "seedKey"));
    assertEquals(8, detail.getJsonArray("sections").size());
    JsonObject progress = roadmap.getJsonObject("progress");
    assertEquals(26, progress.getInt("items"));
    assertEquals(26, progress.getInt("planned"), "every status back to planned");

    JsonObject i11 = item(detail, "1.1");
    assertEquals("февраль 2025 года", i11.getString("timeframe"));
    assertEquals("2025-02-01", i11.getString("periodStart"));
    assertEquals("2025-02-28", i11.getString("periodEnd"));
    assertTrue(absent(i11, "responsibleId"));
    assertEquals(0, department.get(path(i11) + "/evidence").array().size(), "no evidence copied");
    assertEquals(0, department.get(path(i11) + "/history").array().size(), "no history copied");
    JsonObject i81 = item(detail, "8.1");
    assertEquals("2025-2027 годы, 1 раз в квартал", i81.getString("timeframe"));
    assertEquals("QUARTER", i81.getString("recurrencePer"));
    assertEquals(1, i81.getInt("recurrenceTimes"));
    JsonObject i36 = item(detail, "3.6");
    assertEquals("2026-01-01", i36.getString("periodStart"));
    assertEquals("2027-12-31", i36.getString("periodEnd"));

    // the source keeps its own work: the demo's order on 1.1 is still there
    JsonObject seed11 = item(department.get("/api/roadmaps/" + seed).json(), "1.1");
    assertFalse(department.get(path(seed11) + "/evidence").array().isEmpty());
    assertEquals(422, department.post("/api/roadmaps/" + seed + "/copy", "{\"startYear\":1500}").status());
  }

  @Test
  void statusChangesAreKeptInTheHistoryAndOverdueFollowsThePeriod() {
    JsonObject past = copy(2016); // 2016–2018: every period has ended
    JsonObject item = item(past, "2.1");
    assertEquals("PLANNED", item.getString("status"));
    assertTrue(item.getBoolean("overdue"), "not done and its period (2016) has ended");

    Api.Reply started = department.put(path(item) + "/status", status("IN_PROGRESS", item.getJsonNumber("version").longValue()));
    assertEquals(200, started.status(), started.body());
    assertTrue(started.json().getBoolean("overdue"));
    Api.Reply done = department.put(path(item) + "/status", status("DONE", started.json().getJsonNumber("version").longValue()));
    assertEquals(200, done.status(), done.body());
    assertFalse(done.json().getBoolean("overdue"), "a done item is never overdue");

    var history = department.get(path(item) + "/history").array();
    assertEquals(2, history.size());
    JsonObject last = history.getJsonObject(0);
    assertEquals("status", last.getString("field"));
    assertEquals("IN_PROGRESS", last.getString("oldValue"));
    assertEquals("DONE", last.getString("newValue"));
    assertEquals("department", last.getString("changedBy"));
    assertEquals("PLANNED", history.getJsonObject(1).getString("oldValue"));

    JsonObject progress = department.get("/api/roadmaps/" + id(past.getJsonObject("roadmap"))).json()
        .getJsonObject("roadmap").getJsonObject("progress");
    assertEquals(1, progress.getInt("done"));
    assertEquals(25, progress.getInt("overdue"));

    JsonObject future = copy(2031);
    assertFalse(item(future, "2.1").getBoolean("overdue"), "a period not yet ended is not overdue");
    assertEquals(0, future.getJsonObject("roadmap").getJsonObject("progress").getInt("overdue"));
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    JsonObject item = item(copy(2032), "3.1");
    long version = item.getJsonNumber("version").longValue();
    assertEquals(200, department.put(path(item) + "/status", status("IN_PROGRESS", version)).status());
    Api.Reply stale = department.put(path(item) + "/status", status("DONE", version));
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.isProblem());
    Api.Reply staleEdit = department.put(path(item), fields(item).add("measure", "Другой текст").build());
    assertEquals(409, staleEdit.status(), staleEdit.body());
    JsonObject now = department.get(path(item)).json();
    assertEquals("IN_PROGRESS", now.getString("status"));
    assertEquals(item.getString("measure"), now.getString("measure"));
  }

  @Test
  void editingAddingAndRemovingItems() {
    JsonObject detail = copy(2034);
    long roadmap = id(detail.getJsonObject("roadmap"));
    JsonObject item = item(detail, "2.3");
    Api.Reply edited =
        department.put(
            path(item),
            fields(item).add("measure", "Мониторинг состояния школьных библиотек района (обновлённая анкета)")
                .add("periodStart", "2035-01-01").add("periodEnd", "2035-12-31").add("timeframe", "2035 год").build());
    assertEquals(200, edited.status(), edited.body());
    assertEquals("2035-12-31", edited.json().getString("periodEnd"));
    var history = department.get(path(item) + "/history").array();
    assertTrue(history.stream().anyMatch(h -> h.asJsonObject().getString("field").equals("measure")
        && h.asJsonObject().getString("newValue").contains("обновлённая анкета")));

    JsonObject added =
        department.post(
                "/api/roadmaps/" + roadmap + "/items",
                Json.createObjectBuilder().add("section", 2).add("number", "2.4.")
                    .add("measure", "Разработка положения о сетевом ШИБЦ района")
                    .add("timeframe", "2035 год, 1 раз в квартал")
                    .add("executors", Json.createArrayBuilder().add("Районный методический кабинет"))
                    .add("documentType", "Положение").add("expectedResult", "Единые правила сетевой работы").build())
            .json();
    assertEquals("2.4", added.getString("number"));
    assertEquals("2035-01-01", added.getString("periodStart"));
    assertEquals("QUARTER", added.getString("recurrencePer"));
    assertEquals(409, department.post("/api/roadmaps/" + roadmap + "/items",
        Json.createObjectBuilder(added).add("number", "2.4").build()).status(), "a number taken");

    assertEquals(204, department.delete(path(added) + "?version=" + added.getJsonNumber("version")).status());
    assertEquals(404, department.get(path(added)).status());
  }

  @Test
  void impossiblePeriodsAreRefusedAndChangeNothing() {
    JsonObject detail = copy(2037);
    String roadmapPath = "/api/roadmaps/" + id(detail.getJsonObject("roadmap"));
    JsonObject roadmap = department.get(roadmapPath).json().getJsonObject("roadmap");
    JsonObject item = department.get(path(item(detail, "5.1"))).json();
    Api.Reply reversed = department.put(path(item), fields(item).add("periodStart", "2038-06-01").add("periodEnd", "2038-01-01").build());
    assertEquals(422, reversed.status(), reversed.body());
    assertTrue(reversed.isProblem());
    Api.Reply outside = department.put(path(item), fields(item).add("periodStart", "2036-06-01").add("periodEnd", "2038-01-01").build());
    assertEquals(422, outside.status(), outside.body());
    Api.Reply unknown = department.put(path(item), fields(item).addNull("periodStart").addNull("periodEnd").add("timeframe", "когда-нибудь").build());
    assertEquals(422, unknown.status(), unknown.body());
    assertEquals(item, department.get(path(item)).json(), "the item as it was");

    JsonObjectBuilder edit = Json.createObjectBuilder().add("title", roadmap.getString("title"))
        .add("version", roadmap.getJsonNumber("version").longValue());
    assertEquals(422, department.put(roadmapPath, edit.add("periodStart", "2039-12-31").add("periodEnd", "2037-01-01").build()).status());
    edit = Json.createObjectBuilder().add("title", roadmap.getString("title")).add("version", roadmap.getJsonNumber("version").longValue());
    assertEquals(422, department.put(roadmapPath, edit.add("periodStart", "2038-01-01").add("periodEnd", "2039-12-31").build()).status(),
        "items would fall outside");
    assertEquals(roadmap, department.get(roadmapPath).json().getJsonObject("roadmap"));
  }

  @Test
  void evidenceOfTheRightKindAndSizeOnly() {
    JsonObject item = item(copy(2040), "1.2");
    String base = path(item) + "/evidence?kind=ORDER&title=" + Fixtures.url("Приказ о создании рабочей группы по созданию ШИБЦ")
        + "&documentDate=2040-02-20&fileName=";
    Api.Reply uploaded = department.send("POST", base + Fixtures.url("Приказ № 41.pdf"), "application/octet-stream", CourseFixtures.pdf());
    assertEquals(201, uploaded.status(), uploaded.body());
    assertEquals("application/pdf", uploaded.json().getString("contentType"));

    Api.Reply file = department.get(path(item) + "/evidence/" + id(uploaded.json()) + "/file");
    assertEquals(200, file.status());
    assertTrue(file.contentType().startsWith("application/pdf"), file.contentType());
    assertTrue(file.body().startsWith("%PDF-"));

    assertEquals(422, department.send("POST", base + "order.pdf", "application/octet-stream",
        "<html>не документ</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status(), "text named .pdf");
    assertEquals(422, department.send("POST", base + "notes.txt", "application/octet-stream",
        "Заметки".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status(), "plain text is no evidence");
    assertEquals(422, department.send("POST", base + "scan.png", "application/octet-stream", CourseFixtures.pdf()).status(),
        "a PDF named .png");
    byte[] huge = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(CourseFixtures.pdf(), 0, huge, 0, CourseFixtures.pdf().length);
    Arrays.fill(huge, CourseFixtures.pdf().length, huge.length, (byte) ' ');
    Api.Reply oversize = department.send("POST", base + "big.pdf", "application/octet-stream", huge);
    assertEquals(422, oversize.status(), oversize.body());
    assertEquals(400, department.send("POST", path(item) + "/evidence?kind=PHOTO&fileName=a.pdf", "application/octet-stream",
        CourseFixtures.pdf()).status(), "an unknown kind");
    assertEquals(1, department.get(path(item) + "/evidence").array().size(), "only the good one is kept");

    var history = department.get(path(item) + "/history").array();
    assertEquals("evidence", history.getJsonObject(0).getString("field"));
    assertEquals(204, department.delete(path(item) + "/evidence/" + id(uploaded.json())).status());
    assertEquals(0, department.get(path(item) + "/evidence").array().size());
  }

  @Test
  void whoMayDoWhat() {
    JsonObject detail = copy(2043);
    JsonObject item = item(detail, "4.2");
    long version = item.getJsonNumber("version").longValue();

    Api librarian = Api.as("librarian");
    assertEquals(403, librarian.get("/api/roadmaps").status());
    assertEquals(403, librarian.get(path(item)).status());
    assertEquals(403, librarian.put(path(item) + "/status", status("DONE", version)).status());

    assertEquals(200, methodologist.get("/api/roadmaps/" + id(detail.getJsonObject("roadmap"))).status(), "methodologists read");
    assertEquals(403, methodologist.put(path(item) + "/status", status("DONE", version)).status(), "not theirs yet");
    assertEquals(403, methodologist.post(path(item) + "/comments", Json.createObjectBuilder().add("body", "Готово").build()).status());
    assertEquals(403, methodologist.post("/api/roadmaps/" + seed() + "/copy", "{\"startYear\":2050}").status());

    long person = methodologist.get("/api/me").json().getJsonObject("person").getJsonNumber("id").longValue();
    Api.Reply assigned = department.put(path(item) + "/responsible",
        Json.createObjectBuilder().add("personId", person).add("version", version).build());
    assertEquals(200, assigned.status(), assigned.body());
    assertEquals(person, assigned.json().getJsonNumber("responsibleId").longValue());
    version = assigned.json().getJsonNumber("version").longValue();

    assertEquals(200, methodologist.put(path(item) + "/status", status("IN_PROGRESS", version)).status(), "now theirs");
    assertEquals(201, methodologist.post(path(item) + "/comments",
        Json.createObjectBuilder().add("body", "Курс «Электронное обучение в ШИБЦ» открыт на платформе.").build()).status());
    assertEquals(1, department.get(path(item) + "/comments").array().size());
    assertEquals(403, methodologist.put(path(item), fields(department.get(path(item)).json()).add("measure", "x").build()).status(),
        "fields are the department's");
    var history = department.get(path(item) + "/history").array();
    assertEquals("methodologist", history.getJsonObject(0).getString("changedBy"));
    assertEquals("responsible", history.getJsonObject(1).getString("field"));
  }
}
