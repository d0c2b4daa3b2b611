package ru.shibc.academy.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CourseFixtures.addPage;
import static ru.shibc.academy.it.CourseFixtures.addPassFail;
import static ru.shibc.academy.it.CourseFixtures.addSection;
import static ru.shibc.academy.it.CourseFixtures.id;
import static ru.shibc.academy.it.CourseFixtures.newCourse;
import static ru.shibc.academy.it.CourseFixtures.publish;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.PageSession;
import ru.shibc.academy.it.RunningAcademy;

/**
 * The course page takes its course and open activity from the address and keeps nothing in the
 * session: a bad address gets a message, an answer written on a page opened long ago (many pages
 * later in the same session) is still accepted, and a post without the session's guard (as
 * another site would make it) changes nothing.
 */
@ExtendWith(RunningAcademy.class)
class CoursePageAddressIT {

  private static final Pattern FIELD = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

  @Test
  void aCourseAddressWithoutANumberSaysTheCourseIsNotFound() {
    PageSession page = learnerIn(oneCourse()).page();
    for (String address : new String[] {"/courses/course.xhtml", "/courses/course.xhtml?id=abc", "/courses/course.xhtml?id=99999999"}) {
      HttpResponse<String> reply = page.get(address);
      assertEquals(200, reply.statusCode(), address);
      assertTrue(reply.body().contains("Курс не найден."), address + ": " + reply.body());
      assertFalse(reply.body().contains("java.lang.") || reply.body().contains("at ru.shibc"), address); // no stack trace
      assertFalse(reply.body().contains("activity-link"), address);
    }
  }

  @Test
  void anAnswerFromAPageOpenedManyPagesAgoIsAccepted() {
    Course course = oneCourse();
    Enrolled learner = learnerIn(course);
    String path = "/courses/course.xhtml?id=" + course.id() + "&open=" + course.assignment();
    String first = learner.page().get(path).body();
    Map<String, String> form = hiddenFields(first);
    assertEquals(String.valueOf(course.id()), form.get("id"));
    assertEquals(String.valueOf(course.assignment()), form.get("open"));

    for (int i = 0; i < 30; i++) { // more than a session keeps views of a stateful page
      assertEquals(200, learner.page().get("/courses/course.xhtml?id=" + course.id() + "&open=" + course.page()).statusCode());
    }
    form.put("course:answer", "Выставка «Читаем о родном крае» собрала 120 посетителей.");
    form.put("course:submit", "course:submit");
    HttpResponse<String> sent = learner.page().postForm("/courses/course.xhtml", form);
    assertEquals(200, sent.statusCode());
    assertTrue(sent.body().contains("Ответ отправлен на проверку."), sent.body());

    Api methodologist = Api.as("methodologist");
    var queue = methodologist.get("/api/grading?courseId=" + course.id()).array();
    assertEquals(1, queue.size(), queue.toString());
    long submission = queue.getJsonObject(0).getJsonNumber("submissionId").longValue();
    assertEquals("Выставка «Читаем о родном крае» собрала 120 посетителей.",
        methodologist.get("/api/grading/submissions/" + submission).json().getString("text"));
  }

  @Test
  void aPostWithoutTheSessionsGuardChangesNothing() {
    Course course = oneCourse();
    Enrolled learner = learnerIn(course);
    Map<String, String> form = hiddenFields(
        learner.page().get("/courses/course.xhtml?id=" + course.id() + "&open=" + course.assignment()).body());
    form.put("course:answer", "Ответ, отправленный с чужого сайта.");
    form.put("course:submit", "course:submit");
    form.remove("guard"); // another site cannot read the page, so it cannot know the guard

    HttpResponse<String> forged = learner.page().postForm("/courses/course.xhtml", form);
    assertTrue(forged.body().contains("Страница устарела: откройте её заново."), forged.body());
    form.put("guard", "подобранное-значение");
    assertTrue(learner.page().postForm("/courses/course.xhtml", form).body().contains("Страница устарела"));
    assertEquals(0, Api.as("methodologist").get("/api/grading?courseId=" + course.id()).array().size(), "nothing was submitted");
  }

  /** The form's hidden fields (the view state and the page's own two) in order. */
  private static Map<String, String> hiddenFields(String html) {
    int form = html.indexOf("<form id=\"course\"");
    assertTrue(form >= 0, html);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("course", "course");
    Matcher m = FIELD.matcher(html.substring(form, html.indexOf("</form>", form)));
    while (m.find()) {
      fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
    }
    assertTrue(fields.containsKey("jakarta.faces.ViewState"), fields.toString());
    return fields;
  }

  private record Course(long id, long page, long assignment) {}

  private record Enrolled(PageSession page) {}

  private static Course oneCourse() {
    long course = id(newCourse("АДРЕС"));
    long section = addSection(course, "Выставочная работа");
    long page = addPage(course, section, "Как готовить книжную выставку", false);
    long assignment = addPassFail(course, section, "Отчёт о выставке", true);
    publish(course);
    return new Course(course, page, assignment);
  }

  private static Enrolled learnerIn(Course course) {
    String password = "Пароль-" + System.nanoTime();
    var account = Fixtures.newLearner(password);
    assertEquals(200, Api.as("methodologist").post("/api/courses/" + course.id() + "/participants",
        Json.createObjectBuilder().add("personIds", Json.createArrayBuilder().add(account.personId())).build()).status());
    return new Enrolled(PageSession.signIn(account.username(), password));
  }
}
