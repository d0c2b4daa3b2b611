package ru.shibc.academy.course;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CourseFixtures.activity;
import static ru.shibc.academy.it.CourseFixtures.activityOf;
import static ru.shibc.academy.it.CourseFixtures.addFile;
import static ru.shibc.academy.it.CourseFixtures.addPage;
import static ru.shibc.academy.it.CourseFixtures.addPassFail;
import static ru.shibc.academy.it.CourseFixtures.addSection;
import static ru.shibc.academy.it.CourseFixtures.courseForm;
import static ru.shibc.academy.it.CourseFixtures.id;
import static ru.shibc.academy.it.CourseFixtures.newCourse;
import static ru.shibc.academy.it.CourseFixtures.shortName;
import static ru.shibc.academy.it.CourseFixtures.structure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class CourseAuthoringIT {

  private static final String YOUTUBE_ID = "dQw4w9WgXcQ";
  private static final String RUTUBE_ID = "0123456789abcdef0123456789abcdef";

  private final Api methodologist = Api.as("methodologist");

  /** A course with two sections: a page and a link in the first, a file and an assignment in the second. */
  private record Built(long course, long first, long second, long page, long link, long file, long assignment) {}

  private static Built build() {
    long course = id(newCourse("АВТ"));
    long first = addSection(course, "Модуль 1. Нормативная база");
    long second = addSection(course, "Модуль 2. Практика");
    long page = addPage(course, first, "Концепция ШИБЦ", true);
    long link = CourseFixtures.addLink(course, first, "Видеолекция", "https://rutube.ru/video/" + RUTUBE_ID + "/", false);
    long file = addFile(course, second, "Памятка", true);
    long assignment = addPassFail(course, second, "Паспорт библиотеки", true);
    return new Built(course, first, second, page, link, file, assignment);
  }

  private Api.Reply order(long courseId) {
    Api.Reply order = methodologist.get("/api/courses/" + courseId + "/order");
    assertEquals(200, order.status(), order.body());
    return order;
  }

  private static JsonObject orderOf(long version, List<Long> sectionIds, List<List<Long>> activityIds) {
    JsonArrayBuilder sections = Json.createArrayBuilder();
    for (int i = 0; i < sectionIds.size(); i++) {
      JsonArrayBuilder activities = Json.createArrayBuilder();
      activityIds.get(i).forEach(activities::add);
      sections.add(Json.createObjectBuilder().add("sectionId", sectionIds.get(i)).add("activityIds", activities));
    }
    return Json.createObjectBuilder().add("structureVersion", version).add("sections", sections).build();
  }

  /** Sections as ids, each with its activity ids, top to bottom, as GET /api/courses/{id} shows them. */
  private static List<List<Long>> layout(JsonObject structure) {
    List<List<Long>> layout = new ArrayList<>();
    for (JsonValue s : structure.getJsonArray("sections")) {
      List<Long> ids = new ArrayList<>();
      ids.add(id(s.asJsonObject()));
      s.asJsonObject().getJsonArray("activities").forEach(a -> ids.add(id(a.asJsonObject())));
      layout.add(ids);
    }
    return layout;
  }

  @Test
  void methodologistCreatesADraftCourse() {
    String shortName = shortName("СОЗД");

    Api.Reply created = methodologist.post("/api/courses", courseForm(shortName).add("roadmapItems", Json.createArrayBuilder().add("4.1")).build());

    assertEquals(201, created.status(), created.body());
    JsonObject course = created.json();
    assertEquals(shortName, course.getString("shortName"));
    assertEquals("DRAFT", course.getString("status"));
    assertEquals(List.of("4.1"), course.getJsonArray("roadmapItems").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals(200, methodologist.get("/api/courses/" + id(course)).status());
  }

  @Test
  void courseShowsSectionsAndActivitiesOfEveryKindInOrder() {
    long course = id(newCourse("ВИДЫ"));
    long first = addSection(course, "Модуль 1");
    long second = addSection(course, "Модуль 2");

    Api.Reply page =
        CourseFixtures.postActivity(
            course, activity(first, "PAGE", "Страница").add("body", "<h2>Заголовок</h2><p>Абзац <b>жирный</b></p>").build());
    Api.Reply youtube =
        CourseFixtures.postActivity(
            course,
            activity(first, "LINK", "Видео YouTube").add("url", "https://www.youtube.com/watch?v=" + YOUTUBE_ID).add("required", false).build());
    Api.Reply rutube =
        CourseFixtures.postActivity(
            course, activity(first, "LINK", "Видео RuTube").add("url", "https://rutube.ru/video/" + RUTUBE_ID + "/").build());
    Api.Reply site =
        CourseFixtures.postActivity(
            course, activity(first, "LINK", "Сайт").add("url", "https://zarechye-edu.ru/biblioteka").build());
    Api.Reply file = CourseFixtures.postActivity(course, activity(second, "FILE", "Памятка").build());
    Api.Reply passFail =
        CourseFixtures.postActivity(
            course,
            activity(second, "ASSIGNMENT", "Зачётное задание").add("grading", "PASS_FAIL").add("body", "<p>Опишите фонд.</p>").build());
    Api.Reply points =
        CourseFixtures.postActivity(
            course,
            activity(second, "ASSIGNMENT", "Задание в баллах")
                .add("grading", "POINTS")
                .add("maxPoints", 10)
                .add("passPoints", 6)
                .add("body", "<p>Составьте план.</p>")
                .build());
    for (Api.Reply r : List.of(page, youtube, rutube, site, file, passFail, points)) {
      assertEquals(201, r.status(), r.body());
    }
    Api.Reply upload = CourseFixtures.uploadFile(course, id(file.json()), "памятка.pdf", CourseFixtures.pdf());
    assertEquals(200, upload.status(), upload.body());
    assertEquals("application/pdf", upload.json().getString("contentType"));
    assertEquals(CourseFixtures.pdf().length, upload.json().getJsonNumber("size").longValue());

    Api.Reply got = methodologist.get("/api/courses/" + course);

    assertEquals(200, got.status(), got.body());
    JsonObject structure = got.json();
    assertEquals(course, id(structure.getJsonObject("course")));
    JsonArray sections = structure.getJsonArray("sections");
    assertEquals(List.of(first, second), sections.stream().map(s -> id(s.asJsonObject())).toList());
    assertEquals(List.of("Модуль 1", "Модуль 2"), sections.stream().map(s -> s.asJsonObject().getString("title")).toList());
    assertEquals(
        List.of(List.of(first, id(page.json()), id(youtube.json()), id(rutube.json()), id(site.json())),
            List.of(second, id(file.json()), id(passFail.json()), id(points.json()))),
        layout(structure));
    assertEquals(
        List.of("PAGE", "LINK", "LINK", "LINK"),
        sections.getJsonObject(0).getJsonArray("activities").stream().map(a -> a.asJsonObject().getString("kind")).toList());
    assertEquals(
        List.of(0, 1, 2, 3),
        sections.getJsonObject(0).getJsonArray("activities").stream().map(a -> a.asJsonObject().getInt("position")).toList());

    JsonObject pageView = activityOf(structure, id(page.json()));
    assertTrue(pageView.getString("body").contains("<h2>Заголовок</h2>"), pageView.toString());
    assertTrue(pageView.getBoolean("required"));
    assertFalse(activityOf(structure, id(youtube.json())).getBoolean("required"));
    assertEquals(
        "https://www.youtube-nocookie.com/embed/" + YOUTUBE_ID,
        activityOf(structure, id(youtube.json())).getString("embedUrl"));
    assertEquals("https://rutube.ru/play/embed/" + RUTUBE_ID, activityOf(structure, id(rutube.json())).getString("embedUrl"));
    assertTrue(CourseFixtures.absent(activityOf(structure, id(site.json())), "embedUrl"), "a plain site is not embedded");
    JsonObject fileView = activityOf(structure, id(file.json())).getJsonObject("file");
    assertEquals("памятка.pdf", fileView.getString("fileName"));
    assertEquals("application/pdf", fileView.getString("contentType"));
    assertEquals(CourseFixtures.pdf().length, fileView.getJsonNumber("size").longValue());
    assertEquals("PASS_FAIL", activityOf(structure, id(passFail.json())).getString("grading"));
    JsonObject pointsView = activityOf(structure, id(points.json()));
    assertEquals("POINTS", pointsView.getString("grading"));
    assertEquals(10, pointsView.getInt("maxPoints"));
    assertEquals(6, pointsView.getInt("passPoints"));
  }

  @Test
  void reorderMovesAnActivityToAnotherSectionAndSwapsSections() {
    Built b = build();
    long version = order(b.course).json().getJsonNumber("structureVersion").longValue();

    // Section 2 first, with the link moved into it between the file and the assignment.
    Api.Reply reordered =
        methodologist.put(
            "/api/courses/" + b.course + "/order",
            orderOf(version, List.of(b.second, b.first), List.of(List.of(b.file, b.link, b.assignment), List.of(b.page))));

    assertEquals(200, reordered.status(), reordered.body());
    assertTrue(reordered.json().getJsonNumber("structureVersion").longValue() > version, reordered.body());
    JsonObject structure = structure(b.course);
    assertEquals(
        List.of(List.of(b.second, b.file, b.link, b.assignment), List.of(b.first, b.page)), layout(structure));
    JsonObject link = activityOf(structure, b.link);
    assertEquals(b.second, link.getJsonNumber("sectionId").longValue());
    assertEquals(1, link.getInt("position"));
    assertEquals(0, structure.getJsonArray("sections").getJsonObject(0).getInt("position"));
    assertEquals(1, structure.getJsonArray("sections").getJsonObject(1).getInt("position"));
    JsonObject order = order(b.course).json();
    assertEquals(b.second, order.getJsonArray("sections").getJsonObject(0).getJsonNumber("sectionId").longValue());
  }

  @Test
  void staleStructureVersionIs409AndNothingChanges() {
    Built b = build();
    long seen = order(b.course).json().getJsonNumber("structureVersion").longValue();
    addPage(b.course, b.first, "Добавлена другим редактором", false); // raises the structure version
    List<List<Long>> before = layout(structure(b.course));
    long extra = before.get(0).get(3);

    Api.Reply stale =
        methodologist.put(
            "/api/courses/" + b.course + "/order",
            orderOf(seen, List.of(b.second, b.first), List.of(List.of(b.file, b.assignment), List.of(b.page, b.link, extra))));

    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.isProblem(), stale.contentType());
    assertEquals("Структуру курса уже изменил другой редактор. Обновите страницу и повторите.", stale.detail());
    assertEquals(before, layout(structure(b.course)));
  }

  @Test
  void orderMissingAnActivityIs422AndNothingChanges() {
    Built b = build();
    long version = order(b.course).json().getJsonNumber("structureVersion").longValue();
    List<List<Long>> before = layout(structure(b.course));

    Api.Reply reply =
        methodologist.put(
            "/api/courses/" + b.course + "/order",
            orderOf(version, List.of(b.second, b.first), List.of(List.of(b.file), List.of(b.page, b.link))));

    assertEquals(422, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals(
        "Новый порядок должен содержать каждый раздел и каждый элемент курса ровно один раз.", reply.detail());
    assertEquals(before, layout(structure(b.course)));
    assertEquals(version, order(b.course).json().getJsonNumber("structureVersion").longValue());
  }

  @Test
  void orderNamingAnActivityTwiceIs422() {
    Built b = build();
    long version = order(b.course).json().getJsonNumber("structureVersion").longValue();

    Api.Reply reply =
        methodologist.put(
            "/api/courses/" + b.course + "/order",
            orderOf(
                version, List.of(b.first, b.second),
                List.of(List.of(b.page, b.link, b.file), List.of(b.file, b.assignment))));

    assertEquals(422, reply.status(), reply.body());
  }

  @Test
  void duplicateIsADraftWithTheSameStructureAndFile() {
    Built b = build();
    byte[] pdf = CourseFixtures.pdf();
    assertEquals(200, CourseFixtures.uploadFile(b.course, b.file, "Памятка библиотекарю.pdf", pdf).status());
    CourseFixtures.publish(b.course);
    String copyName = shortName("КОПИЯ");

    Api.Reply duplicated =
        methodologist.post(
            "/api/courses/" + b.course + "/duplicate", Json.createObjectBuilder().add("shortName", copyName).build());

    assertEquals(201, duplicated.status(), duplicated.body());
    JsonObject copy = duplicated.json();
    assertNotEquals(b.course, id(copy));
    assertEquals(copyName, copy.getString("shortName"));
    assertEquals("DRAFT", copy.getString("status"));
    JsonObject original = structure(b.course);
    JsonObject duplicate = structure(id(copy));
    assertEquals(shape(original), shape(duplicate));
    JsonObject copiedFile =
        duplicate.getJsonArray("sections").getJsonObject(1).getJsonArray("activities").getJsonObject(0);
    assertNotEquals(b.file, id(copiedFile));
    assertEquals("Памятка библиотекарю.pdf", copiedFile.getJsonObject("file").getString("fileName"));
    assertEquals(pdf.length, copiedFile.getJsonObject("file").getJsonNumber("size").longValue());
    CourseFixtures.Download download =
        CourseFixtures.download(
            CourseFixtures.token("methodologist"),
            "/api/learning/courses/" + id(copy) + "/activities/" + id(copiedFile) + "/file");
    assertEquals(200, download.status(), download.text());
    assertArrayEquals(pdf, download.bytes());
    assertEquals("PUBLISHED", structure(b.course).getJsonObject("course").getString("status"));
  }

  /** Section titles with their activities' kinds, titles and required flags, ids left out. */
  private static List<String> shape(JsonObject structure) {
    List<String> shape = new ArrayList<>();
    for (JsonValue s : structure.getJsonArray("sections")) {
      shape.add("§ " + s.asJsonObject().getString("title"));
      for (JsonValue a : s.asJsonObject().getJsonArray("activities")) {
        JsonObject o = a.asJsonObject();
        shape.add(o.getString("kind") + " " + o.getString("title") + " " + o.getBoolean("required") + " " + o.getInt("position"));
      }
    }
    return shape;
  }

  @Test
  void publishedCourseIsInTheLearnersCatalogue() {
    long course = id(newCourse("ПУБЛ"));
    long section = addSection(course, "Раздел");
    addPage(course, section, "Страница", true);
    String shortName = structure(course).getJsonObject("course").getString("shortName");

    Api.Reply published = CourseFixtures.setStatus(course, "PUBLISHED");

    assertEquals(200, published.status(), published.body());
    assertEquals("PUBLISHED", published.json().getString("status"));
    Api learner = Api.as("librarian");
    Api.Reply catalogue = learner.get("/api/courses?q=" + Fixtures.url(shortName));
    assertEquals(200, catalogue.status(), catalogue.body());
    assertTrue(
        catalogue.array().stream().anyMatch(c -> id(c.asJsonObject()) == course), catalogue.body());
    assertEquals(200, learner.get("/api/courses/" + course).status());
  }

  @Test
  void qualificationUpgradeOf15HoursIs422And16HoursGrantsACertificate() {
    Api.Reply fifteen =
        methodologist.post(
            "/api/courses",
            courseForm(shortName("ПК15")).add("programmeType", "QUALIFICATION_UPGRADE").add("academicHours", 15).build());

    assertEquals(422, fifteen.status(), fifteen.body());
    assertTrue(fifteen.isProblem(), fifteen.contentType());
    assertEquals("Программа повышения квалификации — не менее 16 академических часов.", fifteen.detail());

    Api.Reply sixteen =
        methodologist.post(
            "/api/courses",
            courseForm(shortName("ПК16")).add("programmeType", "QUALIFICATION_UPGRADE").add("academicHours", 16).build());
    assertEquals(201, sixteen.status(), sixteen.body());
    assertTrue(sixteen.json().getBoolean("grantsCertificate"), sixteen.body());
  }

  @Test
  void duplicateShortNameIs409WhateverTheCase() {
    JsonObject course = newCourse("ДУБЛЬ");
    String taken = course.getString("shortName");

    Api.Reply same = methodologist.post("/api/courses", courseForm(taken).build());
    Api.Reply upper = methodologist.post("/api/courses", courseForm(taken.toUpperCase()).build());
    Api.Reply duplicate =
        methodologist.post(
            "/api/courses/" + id(course) + "/duplicate", Json.createObjectBuilder().add("shortName", taken).build());

    assertEquals(409, same.status(), same.body());
    assertTrue(same.isProblem(), same.contentType());
    assertEquals("Курс с кратким названием «" + taken + "» уже есть.", same.detail());
    assertEquals(409, upper.status(), upper.body());
    assertEquals(409, duplicate.status(), duplicate.body());
  }

  @Test
  void learnerCannotCreateACourse() {
    String shortName = shortName("УЧЕН");

    Api.Reply reply = Api.as("librarian").post("/api/courses", courseForm(shortName).build());

    assertEquals(403, reply.status(), reply.body());
    Api.Reply search = methodologist.get("/api/courses?q=" + Fixtures.url(shortName));
    assertEquals(0, search.array().size(), search.body());
  }

  @Test
  void learnerDoesNotSeeDrafts() {
    JsonObject draft = newCourse("ЧЕРН");
    long section = addSection(id(draft), "Раздел");
    addPage(id(draft), section, "Страница", true);
    Api learner = Api.as("librarian");

    Api.Reply direct = learner.get("/api/courses/" + id(draft));
    Api.Reply catalogue = learner.get("/api/courses?q=" + Fixtures.url(draft.getString("shortName")));
    Api.Reply askingForDrafts = learner.get("/api/courses?status=DRAFT&q=" + Fixtures.url(draft.getString("shortName")));

    assertEquals(404, direct.status(), direct.body());
    assertTrue(direct.isProblem(), direct.contentType());
    assertEquals("Курс не найден.", direct.detail());
    assertEquals(200, catalogue.status(), catalogue.body());
    assertTrue(catalogue.array().stream().noneMatch(c -> id(c.asJsonObject()) == id(draft)), catalogue.body());
    assertTrue(askingForDrafts.array().stream().noneMatch(c -> id(c.asJsonObject()) == id(draft)), askingForDrafts.body());
    Api.Reply methodologistSees = methodologist.get("/api/courses?q=" + Fixtures.url(draft.getString("shortName")));
    assertTrue(methodologistSees.array().stream().anyMatch(c -> id(c.asJsonObject()) == id(draft)), methodologistSees.body());
  }

  @Test
  void publishingACourseWithoutARequiredActivityIs422() {
    long empty = id(newCourse("ПУСТ"));
    long optionalOnly = id(newCourse("НЕОБЯЗ"));
    long section = addSection(optionalOnly, "Раздел");
    addPage(optionalOnly, section, "Необязательная страница", false);

    Api.Reply emptyReply = CourseFixtures.setStatus(empty, "PUBLISHED");
    Api.Reply optionalReply = CourseFixtures.setStatus(optionalOnly, "PUBLISHED");

    assertEquals(422, emptyReply.status(), emptyReply.body());
    assertEquals(422, optionalReply.status(), optionalReply.body());
    assertTrue(optionalReply.isProblem(), optionalReply.contentType());
    assertEquals(
        "В курсе нет ни одного обязательного элемента: такой курс нельзя завершить.", optionalReply.detail());
    assertEquals("DRAFT", structure(optionalOnly).getJsonObject("course").getString("status"));
  }

  @Test
  void catalogueSearchTakesPercentAndUnderscoreLiterally() {
    JsonObject course = newCourse("ПОИСК");
    String shortName = course.getString("shortName");
    String token = shortName.substring(shortName.indexOf('-') + 1);

    Api.Reply exact = methodologist.get("/api/courses?q=" + Fixtures.url(token));
    Api.Reply percent = methodologist.get("/api/courses?q=" + Fixtures.url("ПОИСК%" + token));
    Api.Reply underscore = methodologist.get("/api/courses?q=" + Fixtures.url("ПОИСК_" + token));

    assertTrue(exact.array().stream().anyMatch(c -> id(c.asJsonObject()) == id(course)), exact.body());
    assertTrue(percent.array().stream().noneMatch(c -> id(c.asJsonObject()) == id(course)), percent.body());
    assertTrue(underscore.array().stream().noneMatch(c -> id(c.asJsonObject()) == id(course)), underscore.body());
  }

  @Test
  void staleCourseVersionIs409() {
    JsonObject course = newCourse("ВЕРС");
    String shortName = course.getString("shortName");
    long version = course.getJsonNumber("version").longValue();
    Api.Reply first =
        methodologist.put(
            "/api/courses/" + id(course), courseForm(shortName).add("title", "Первое изменение").add("version", version).build());
    assertEquals(200, first.status(), first.body());

    Api.Reply stale =
        methodologist.put(
            "/api/courses/" + id(course), courseForm(shortName).add("title", "Второе изменение").add("version", version).build());

    assertEquals(409, stale.status(), stale.body());
    assertEquals("Первое изменение", structure(id(course)).getJsonObject("course").getString("title"));
  }

  @Test
  void enrolmentWindowClosingBeforeItOpensIs422() {
    Api.Reply reply =
        methodologist.post(
            "/api/courses",
            courseForm(shortName("ОКНО"))
                .add("enrolmentOpensAt", "2026-03-01T00:00:00Z")
                .add("enrolmentClosesAt", "2026-02-01T00:00:00Z")
                .build());

    assertEquals(422, reply.status(), reply.body());
    assertEquals("Запись закрывается раньше, чем открывается.", reply.detail());
  }

  @Test
  void sectionWithActivitiesCannotBeDeleted() {
    Built b = build();

    Api.Reply reply = methodologist.delete("/api/courses/" + b.course + "/sections/" + b.first);

    assertEquals(409, reply.status(), reply.body());
    assertEquals("В разделе есть элементы: сначала перенесите или удалите их.", reply.detail());
    assertEquals(2, structure(b.course).getJsonArray("sections").size());
  }

  @Test
  void deletingAnActivityRenumbersTheRest() {
    long course = id(newCourse("УДАЛ"));
    long section = addSection(course, "Раздел");
    long a = addPage(course, section, "Первая", true);
    long b = addPage(course, section, "Вторая", true);
    long c = addPage(course, section, "Третья", true);

    Api.Reply deleted = methodologist.delete("/api/courses/" + course + "/activities/" + b);

    assertEquals(204, deleted.status(), deleted.body());
    JsonObject structure = structure(course);
    assertEquals(List.of(List.of(section, a, c)), layout(structure));
    assertEquals(1, activityOf(structure, c).getInt("position"));
  }

  @Test
  void learnerCannotChangeTheStructure() {
    Built b = build();
    Api learner = Api.as("librarian");

    assertEquals(403, learner.get("/api/courses/" + b.course + "/order").status());
    assertEquals(
        403,
        learner.post("/api/courses/" + b.course + "/sections", Json.createObjectBuilder().add("title", "Чужой").build()).status());
    assertEquals(403, CourseFixtures.setStatusAs(learner, b.course, "PUBLISHED").status());
    assertEquals("DRAFT", structure(b.course).getJsonObject("course").getString("status"));
    assertEquals(2, structure(b.course).getJsonArray("sections").size());
  }
}
