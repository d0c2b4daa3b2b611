package ru.shibc.academy.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.RunningAcademy;

/**
 * A librarian's journey: enrols in a course from the catalogue, opens a page, a link, a file and
 * an assignment, submits the assignment as text and an optional one as a file, switches the page
 * to English and back; the methodologist grades the text in the grading queue; the librarian has
 * completed the course and sees it on her home page.
 */
@ExtendWith(RunningAcademy.class)
class LearnerJourneyBrowserIT {

  private final Api methodologist = Api.as("methodologist");

  @Test
  void aLibrarianLearnsSubmitsIsGradedAndCompletesTheCourse() {
    String tag = Long.toString(System.nanoTime(), 36);
    String title = "Медиаграмотность в школьной библиотеке " + tag;
    long course = methodologist.post("/api/courses", Json.createObjectBuilder()
        .add("title", title).add("shortName", "МГ-" + tag).add("programmeType", "QUALIFICATION_UPGRADE")
        .add("academicHours", 16).add("form", "DISTANCE").add("selfEnrolment", true)
        .add("annotation", "Короткий курс о проверке источников и работе с новостями.").build()).json().getJsonNumber("id").longValue();
    long section = section(course, "Модуль 1. Источники информации");
    activity(course, section, Json.createObjectBuilder().add("kind", "PAGE").add("title", "Как проверять источники")
        .add("body", "<h2>Три вопроса к источнику</h2><p>Кто автор? Когда опубликовано? Чем подтверждено?</p>").build());
    activity(course, section, Json.createObjectBuilder().add("kind", "LINK").add("title", "Национальная электронная библиотека")
        .add("required", false).add("url", "https://rusneb.ru/").build());
    long file = activity(course, section, Json.createObjectBuilder().add("kind", "FILE").add("title", "Памятка для учеников")
        .add("required", false).build());
    assertEquals(200, methodologist.send("PUT", "/api/courses/" + course + "/activities/" + file + "/file?fileName=%D0%9F%D0%B0%D0%BC%D1%8F%D1%82%D0%BA%D0%B0.txt",
        "text/plain", "Проверяй автора, дату и доказательства.".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status());
    activity(course, section, Json.createObjectBuilder().add("kind", "ASSIGNMENT").add("title", "Разбор одной новости")
        .add("body", "<p>Выберите новость и проверьте её по трём вопросам.</p>").add("grading", "PASS_FAIL").build());
    activity(course, section, Json.createObjectBuilder().add("kind", "ASSIGNMENT").add("title", "Отчёт о книжной выставке")
        .add("required", false).add("body", "<p>Пришлите отчёт о выставке файлом.</p>").add("grading", "PASS_FAIL").build());
    assertEquals(200, methodologist.put("/api/courses/" + course + "/status", Json.createObjectBuilder().add("status", "PUBLISHED").build()).status());

    try (Browser librarian = Browser.open().signIn("librarian", "demo")) {
      librarian.go("/courses/catalogue.xhtml");
      librarian.type(By.id("catalogue:text"), tag);
      librarian.click(By.id("catalogue:find"));
      librarian.waitForText(By.id("catalogue:courses"), title);
      librarian.click(By.xpath("//div[contains(@class,'course-card')][.//h3[contains(.,'" + tag + "')]]//button[contains(.,'Записаться')]"));
      librarian.waitForText(By.id("activity"), "Три вопроса к источнику");
      librarian.waitForText(By.id("status"), "Следующий шаг: Разбор одной новости"); // the page shown first counts as read
      librarian.waitForText(By.id("activity"), "Три вопроса к источнику");

      open(librarian, "Национальная электронная библиотека");
      librarian.waitForText(By.id("activity"), "Открыть ресурс");
      open(librarian, "Памятка для учеников");
      librarian.waitForText(By.id("activity"), "Памятка.txt");
      open(librarian, "Разбор одной новости");
      librarian.type(By.id("course:answer"), "Новость о закрытии библиотеки: автор не указан, дата есть, подтверждений нет.");
      librarian.click(By.id("course:submit"));
      librarian.waitForText(By.id("course:latest"), "ожидает проверки");
      librarian.screenshot("course-learner");

      open(librarian, "Отчёт о книжной выставке");
      librarian.find(By.id("course:answerFile_input")).sendKeys(report().toString());
      librarian.waitForText(By.id("course:latest"), "Отчёт-о-выставке.txt");
      librarian.waitForText(By.id("course:latest"), "ожидает проверки");

      // The page keeps nothing between requests; the language links still bring back the same
      // course and activity.
      librarian.click(By.id("nav:langEn"));
      librarian.waitForText(By.id("status"), "Next step: Разбор одной новости");
      librarian.waitForText(By.id("activityTitle"), "Отчёт о книжной выставке");
      librarian.click(By.id("nav:langRu"));
      librarian.waitForText(By.id("status"), "Следующий шаг: Разбор одной новости");
      librarian.waitForText(By.id("activityTitle"), "Отчёт о книжной выставке");
    }

    try (Browser grader = Browser.open().signIn("methodologist", "demo")) {
      grader.go("/teaching/grading.xhtml");
      grader.click(By.xpath("//tr[contains(.,'Разбор одной новости')][contains(.,'Соколова')]//button[contains(.,'Оценить')]"));
      grader.waitForText(By.id("answerText"), "Новость о закрытии библиотеки");
      grader.click(By.xpath("//label[contains(.,'Зачтено') and not(contains(.,'Не'))]"));
      grader.type(By.id("gradeForm:feedback"), "Разбор точный, хорошо.");
      grader.click(By.id("gradeForm:saveGrade"));
      grader.waitForText(By.id("messages"), "Оценка сохранена");
    }

    JsonObject page = Api.as("librarian").get("/api/learning/courses/" + course).json();
    assertEquals("COMPLETED", page.getString("enrolment"));
    try (Browser librarian = Browser.open().signIn("librarian", "demo")) {
      librarian.waitForText(By.id("myLearning"), title);
      assertTrue(librarian.find(By.id("myLearning")).getText().contains("Завершённые курсы"));
      librarian.screenshot("home-learning");
    }
  }

  private static java.nio.file.Path report() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("report");
      return java.nio.file.Files.writeString(dir.resolve("Отчёт-о-выставке.txt"),
          "Выставка «Читаем о родном крае»: 42 книги, 3 класса, 120 посетителей за неделю.");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void open(Browser browser, String title) {
    browser.click(By.xpath("//a[contains(@class,'activity-link')][contains(.,'" + title + "')]"));
    browser.waitForText(By.id("activityTitle"), title);
  }

  private long section(long course, String title) {
    return methodologist.post("/api/courses/" + course + "/sections", Json.createObjectBuilder().add("title", title).build())
        .json().getJsonNumber("id").longValue();
  }

  private long activity(long course, long section, JsonObject activity) {
    JsonObject body = Json.createObjectBuilder(activity).add("sectionId", section).build();
    Api.Reply reply = methodologist.post("/api/courses/" + course + "/activities", body);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getJsonNumber("id").longValue();
  }
}
