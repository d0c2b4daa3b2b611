package ru.shibc.academy.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.shibc.academy.it.CourseFixtures.addPage;
import static ru.shibc.academy.it.CourseFixtures.addSection;
import static ru.shibc.academy.it.CourseFixtures.id;
import static ru.shibc.academy.it.CourseFixtures.newCourse;
import static ru.shibc.academy.it.CourseFixtures.publish;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.CourseFixtures.Learner;
import ru.shibc.academy.it.PageSession;
import ru.shibc.academy.it.RunningAcademy;

/**
 * A node remembers course structures for the course page; every change an author makes must
 * still reach a learner who has the course open, on the next view, through the API and the page.
 */
@ExtendWith(RunningAcademy.class)
class CourseStructureChangesIT {

  private final Api methodologist = Api.as("methodologist");

  @Test
  void everyChangeOfSectionsAndActivitiesIsOnTheLearnersNextView() {
    long course = id(newCourse("СТРУКТ"));
    long first = addSection(course, "Основы");
    long intro = addPage(course, first, "Знакомство с ШИБЦ", true);
    long fund = addPage(course, first, "Фонд и каталог", true);
    publish(course);
    Learner learner = CourseFixtures.newLearner();
    assertEquals(201, learner.api().post("/api/learning/courses/" + course + "/enrol", "").status());
    assertEquals(List.of("Основы: Знакомство с ШИБЦ, Фонд и каталог"), outline(learner, course));

    Api.Reply renamed = methodologist.put("/api/courses/" + course + "/activities/" + fund,
        Json.createObjectBuilder().add("title", "Фонд, каталог и электронные ресурсы")
            .add("body", "<p>Как устроен фонд школьной библиотеки.</p>").add("required", true).build());
    assertEquals(200, renamed.status(), renamed.body());
    assertEquals(List.of("Основы: Знакомство с ШИБЦ, Фонд, каталог и электронные ресурсы"), outline(learner, course));

    long second = addSection(course, "Практика");
    long passport = addPage(course, second, "Паспорт ШИБЦ", true);
    assertEquals(List.of("Основы: Знакомство с ШИБЦ, Фонд, каталог и электронные ресурсы", "Практика: Паспорт ШИБЦ"),
        outline(learner, course));

    JsonObject order = methodologist.get("/api/courses/" + course + "/order").json();
    Api.Reply reordered = methodologist.put("/api/courses/" + course + "/order", Json.createObjectBuilder()
        .add("structureVersion", order.getJsonNumber("structureVersion").longValue())
        .add("sections", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("sectionId", second).add("activityIds", Json.createArrayBuilder().add(passport).add(intro)))
            .add(Json.createObjectBuilder().add("sectionId", first).add("activityIds", Json.createArrayBuilder().add(fund))))
        .build());
    assertEquals(200, reordered.status(), reordered.body());
    assertEquals(List.of("Практика: Паспорт ШИБЦ, Знакомство с ШИБЦ", "Основы: Фонд, каталог и электронные ресурсы"),
        outline(learner, course));

    assertEquals(204, methodologist.delete("/api/courses/" + course + "/activities/" + intro).status());
    assertEquals(List.of("Практика: Паспорт ШИБЦ", "Основы: Фонд, каталог и электронные ресурсы"), outline(learner, course));

    Api.Reply section = methodologist.put("/api/courses/" + course + "/sections/" + first,
        Json.createObjectBuilder().add("title", "Теория").build());
    assertEquals(200, section.status(), section.body());
    assertEquals(List.of("Практика: Паспорт ШИБЦ", "Теория: Фонд, каталог и электронные ресурсы"), outline(learner, course));
  }

  @Test
  void theCoursePageShowsAnActivityAddedAfterTheLearnerOpenedIt() {
    Opened opened = oneSectionCourse("СТРУКТС", "Вводная страница курса");
    String before = opened.page().get(opened.path()).body();
    assertEquals(false, before.contains("Работа с электронным каталогом"));

    addPage(opened.course(), opened.section(), "Работа с электронным каталогом", true);
    String after = opened.page().get(opened.path()).body();
    assertEquals(true, after.contains("Работа с электронным каталогом"), "the new activity is in the outline");
  }

  @Test
  void titlesAreShownAsTextNotAsMarkup() {
    Opened opened = oneSectionCourse("СТРУКТЭ", "Теги <b> & «кавычки» в названии");
    String html = opened.page().get(opened.path()).body();
    assertEquals(true, html.contains("<h2 id=\"activityTitle\">Теги &lt;b&gt; &amp; «кавычки» в названии</h2>"), html);
  }

  /** A published course with one page, a learner enrolled in it and signed in on the pages. */
  private record Opened(long course, long section, PageSession page, String path) {}

  private Opened oneSectionCourse(String prefix, String pageTitle) {
    String password = "Пароль-" + System.nanoTime();
    var account = ru.shibc.academy.it.Fixtures.newLearner(password);
    long course = id(newCourse(prefix));
    long section = addSection(course, "Раздел");
    long page = addPage(course, section, pageTitle, true);
    publish(course);
    assertEquals(200, methodologist.post("/api/courses/" + course + "/participants",
        Json.createObjectBuilder().add("personIds", Json.createArrayBuilder().add(account.personId())).build()).status());
    return new Opened(course, section, PageSession.signIn(account.username(), password),
        "/courses/course.xhtml?id=" + course + "&open=" + page);
  }

  /** The learner's course page as "section: activity, activity" lines. */
  private static List<String> outline(Learner learner, long course) {
    Api.Reply page = learner.api().get("/api/learning/courses/" + course);
    assertEquals(200, page.status(), page.body());
    return page.json().getJsonArray("sections").stream()
        .map(s -> s.asJsonObject().getString("title") + ": " + String.join(", ",
            s.asJsonObject().getJsonArray("activities").stream()
                .map(a -> a.asJsonObject().getJsonObject("activity").getString("title")).toList()))
        .toList();
  }
}
