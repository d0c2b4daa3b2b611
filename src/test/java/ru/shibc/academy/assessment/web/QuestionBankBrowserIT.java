package ru.shibc.academy.assessment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CourseFixtures.id;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.CourseFixtures.Learner;
import ru.shibc.academy.it.RunningAcademy;

/**
 * A methodologist builds a course's question bank in the browser (a category, a single choice
 * question written and tried in the preview, a GIFT file with one broken question), sets up the
 * quiz (three random questions and a fixed one), and after a learner's attempt grades the essay
 * and sees the score change.
 */
@ExtendWith(RunningAcademy.class)
class QuestionBankBrowserIT {

  private static final String GIFT =
      """
      // Вопросы для проверки импорта
      
      ::Буккроссинг::Буккроссинг — форма продвижения чтения.{T}
      
      ::Без стрелки::Сопоставьте.{=Алфавитный -> по авторам =Систематический по ББК}
      
      ::Фонд::Кто отвечает за фонд школьной библиотеки?{=библиотекарь =педагог-библиотекарь}
      
      ::Эссе о чтении::Опишите, как вы продвигаете чтение в школе.{}
      """;

  @Test
  void aMethodologistBuildsTheBankAndTheQuizThenGradesAnEssay() throws IOException, InterruptedException {
    String tag = Long.toString(System.nanoTime(), 36);
    long course = id(CourseFixtures.newCourse("БВ"));
    long section = CourseFixtures.addSection(course, "Итоговая аттестация");
    Api.Reply made =
        CourseFixtures.postActivity(course, CourseFixtures.activity(section, "QUIZ", "Итоговый тест").add("required", true).build());
    assertEquals(201, made.status(), made.body());
    long quiz = id(made.json());
    CourseFixtures.publish(course);
    Path gift = Files.createTempFile("bank-" + tag, ".gift");
    Files.writeString(gift, GIFT, StandardCharsets.UTF_8);
    String category = "Основы ШИБЦ " + tag;
    String question = "Что такое ШИБЦ " + tag;

    try (Browser browser = Browser.open().signIn("methodologist", "demo")) {
      browser.go("/teaching/question-bank.xhtml?course=" + course);
      browser.click(By.id("categories:addCategory"));
      browser.visible(By.id("categoryForm:categoryName"));
      browser.type(By.id("categoryForm:categoryName"), category);
      browser.click(By.id("categoryForm:saveCategory"));
      browser.waitForText(By.id("categoryPath"), category);
      browser.waitForText(By.id("categories:tree"), category);

      // a single choice question, written in the editor
      browser.click(By.id("questions:newQuestion"));
      browser.visible(By.id("editorForm:name"));
      browser.type(By.id("editorForm:name"), question);
      browser.find(By.cssSelector("[id='editorForm:text'] .ql-editor")).sendKeys("Что означает сокращение ШИБЦ?");
      browser.type(By.id("editorForm:rows:0:text"), "Школьный информационно-библиотечный центр");
      number(browser, "editorForm:rows:0:weight_input", "100");
      browser.type(By.id("editorForm:rows:0:feedback"), "Верно: это центр, а не склад.");
      browser.type(By.id("editorForm:rows:1:text"), "Склад учебников");
      browser.type(By.id("editorForm:rows:1:feedback"), "Нет: фонд — лишь часть центра.");
      browser.click(By.id("editorForm:saveQuestion"));
      browser.waitForText(By.id("questions:list"), question);
      browser.waitForText(By.id("messages"), "сохранён");

      // the preview grades an answer and stores nothing
      browser.click(By.id("questions:list:0:preview"));
      browser.visible(By.id("previewForm:check"));
      WebElement right = browser.find(By.xpath("//*[@id='previewForm:single']//label[contains(., 'Школьный')]"));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", right);
      browser.click(By.id("previewForm:check"));
      browser.waitForText(By.id("previewForm:result"), "100 %");
      String graded = browser.find(By.id("previewForm:result")).getText();
      assertTrue(graded.contains("1 из 1"), graded);
      assertTrue(graded.contains("Верно: это центр"), graded);
      browser.screenshot("question-preview");
      browser.driver().findElement(By.cssSelector("#previewDialog .ui-dialog-titlebar-close")).click();

      // a GIFT file with one broken question: the dry run names its line, then the rest is imported
      browser.find(By.cssSelector("[id='importForm:file'] input[type=file]")).sendKeys(gift.toAbsolutePath().toString());
      browser.waitForText(By.id("importForm:problems"), "пара без «->»");
      String problems = browser.find(By.id("importForm:problems")).getText();
      assertTrue(problems.contains("5"), problems);
      assertTrue(browser.find(By.id("importSummary")).getText().contains("вопросов прочитано: 3, ошибок: 1"));
      assertFalse(browser.find(By.id("importForm:importAll")).isEnabled(), "import all waits for a clean file");
      assertEquals(1, questionsIn(course, category), "the dry run stores nothing");
      browser.screenshot("question-import-preview");
      browser.click(By.id("importForm:importValid"));
      browser.waitForText(By.id("messages"), "Импортировано вопросов: 3");
      browser.waitForText(By.id("questions:list"), "Эссе о чтении");

      // the quiz, opened from the course editor: three random questions from the category and the fixed one
      browser.go("/teaching/edit.xhtml?id=" + course);
      browser.click(By.id("structure:sections:0:activities:0:quizSettings"));
      browser.visible(By.id("settings:saveSettings"));
      number(browser, "settings:timeLimit_input", "30");
      number(browser, "settings:passPercent_input", "50");
      browser.click(By.id("settings:saveSettings"));
      browser.waitForText(By.id("messages"), "Параметры теста сохранены");

      choose(browser, "slots:pickCategory", category);
      number(browser, "slots:pickCount_input", "3");
      browser.click(By.id("slots:addRandom"));
      browser.waitForText(By.id("slots:list"), "Случайные вопросы (3)");
      choose(browser, "slots:pickCategory", category);
      choose(browser, "slots:pickQuestion", question + " (Один из многих)");
      browser.click(By.id("slots:addQuestion"));
      browser.waitForText(By.id("slots:list"), question);
      browser.click(By.id("slots:saveSlots"));
      browser.waitForText(By.id("messages"), "Вопросы теста сохранены");
      browser.waitForText(By.id("maxScore"), "4");
      browser.screenshot("quiz-editor");
    }
    JsonObject settings = CourseFixtures.methodologist().get("/api/courses/" + course + "/quizzes/" + quiz).json();
    assertEquals(30, settings.getJsonObject("settings").getInt("timeLimitMinutes"));
    assertEquals(50, settings.getJsonObject("settings").getInt("passPercent"));
    assertEquals(2, settings.getJsonArray("slots").size());

    // a learner's attempt, through the API
    Learner learner = CourseFixtures.newLearner();
    Api.Reply enrolled = learner.api().post("/api/learning/courses/" + course + "/enrol", "");
    assertEquals(201, enrolled.status(), enrolled.body());
    Api.Reply started = learner.api().post("/api/attempts", Json.createObjectBuilder().add("activityId", quiz).build());
    assertEquals(201, started.status(), started.body());
    JsonObject attempt = started.json();
    long attemptId = id(attempt);
    List<JsonObject> asked = attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(List.of("essay", "short-answer", "single-choice", "true-false"), asked.stream().map(q -> q.getString("type")).sorted().toList());
    for (JsonObject q : asked) {
      int status = answer(learner.token(), attemptId, q.getInt("slot"), responseTo(q));
      assertEquals(200, status, "slot " + q.getInt("slot"));
    }
    Api.Reply finished = learner.api().post("/api/attempts/" + attemptId + "/finish", "");
    assertEquals(200, finished.status(), finished.body());

    try (Browser browser = Browser.open().signIn("methodologist", "demo")) {
      browser.go("/teaching/quiz-results.xhtml?course=" + course + "&activity=" + quiz);
      browser.waitForText(By.id("results:attempts"), "Нужна проверка");
      browser.click(By.cssSelector("[id='results:needsGradingOnly'] .ui-toggleswitch-slider"));
      browser.waitForText(By.id("results:attempts"), "3 / 4");
      browser.click(By.id("results:attempts:0:open"));
      browser.visible(By.id("attemptScore"));
      browser.waitForText(By.id("attemptScore"), "3 / 4");
      assertTrue(browser.find(By.id("attemptForm")).getText().contains("Провожу буккроссинг"));
      WebElement points = browser.find(By.cssSelector("[id^='attemptForm:answers:'][id$=':points_input']"));
      String prefix = points.getAttribute("id").replace("points_input", "");
      number(browser, prefix + "points_input", "1");
      browser.type(By.id(prefix + "comment"), "Хороший опыт, описан подробно.");
      browser.screenshot("quiz-essay-grading");
      browser.click(By.id(prefix + "grade"));
      browser.waitForText(By.id("attemptScore"), "4 / 4");
      browser.waitForText(By.id("results:attempts"), "Попыток пока нет");
      browser.driver().findElement(By.cssSelector("#attemptDialog .ui-dialog-titlebar-close")).click();
      browser.click(By.cssSelector("[id='results:needsGradingOnly'] .ui-toggleswitch-slider"));
      browser.waitForText(By.id("results:attempts"), "4 / 4");
      browser.click(By.id("results:regrade"));
      browser.waitForText(By.id("messages"), "Перепроверено попыток: 1");
      browser.waitForText(By.id("results:attempts"), "4 / 4");
      String href = browser.find(By.cssSelector("[id='results:protocol'] a")).getAttribute("href");
      assertTrue(href.endsWith("/api/courses/" + course + "/quizzes/" + quiz + "/protocol"), href);
    }
    CourseFixtures.Download pdf =
        CourseFixtures.download(CourseFixtures.token("methodologist"), "/api/courses/" + course + "/quizzes/" + quiz + "/protocol");
    assertEquals(200, pdf.status());
    assertTrue(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));

    // the pages fit a phone
    try (Browser phone = Browser.phone().signIn("methodologist", "demo")) {
      for (String page :
          List.of(
              "/teaching/question-bank.xhtml?course=" + course,
              "/teaching/quiz.xhtml?course=" + course + "&activity=" + quiz,
              "/teaching/quiz-results.xhtml?course=" + course + "&activity=" + quiz)) {
        phone.go(page);
        phone.find(By.className("academy-footer"));
        JavascriptExecutor js = (JavascriptExecutor) phone.driver();
        long width = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
        assertTrue(width <= viewport, page + " is " + width + " px wide in a " + viewport + " px window");
      }
    }
  }

  private static long questionsIn(long course, String category) {
    JsonObject c =
        CourseFixtures.methodologist().get("/api/question-bank/categories?courseId=" + course).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("name").equals(category))
            .findFirst()
            .orElseThrow();
    return CourseFixtures.methodologist().get("/api/question-bank/categories/" + id(c) + "/questions").array().size();
  }

  /** The learner's answers: right ones, and an essay for the grader. */
  private static JsonObject responseTo(JsonObject q) {
    String type = q.getString("type");
    var response = Json.createObjectBuilder().add("type", type);
    switch (type) {
      case "single-choice" -> {
        JsonObject right =
            q.getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("text").contains("Школьный"))
                .findFirst().orElseThrow();
        response.add("choiceId", right.getInt("id"));
      }
      case "true-false" -> response.add("value", true);
      case "short-answer" -> response.add("text", "педагог-библиотекарь");
      default -> response.add("text", "Провожу буккроссинг и читательские конференции.");
    }
    return response.build();
  }

  private static int answer(String token, long attemptId, int slot, JsonObject response)
      throws IOException, InterruptedException {
    String body = Json.createObjectBuilder().add("response", response).add("baseRevision", 0).build().toString();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + "/api/attempts/" + attemptId + "/answers/" + slot))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "it-" + attemptId + "-" + slot + "-" + Long.toString(System.nanoTime(), 36))
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> reply =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    return reply.statusCode();
  }

  /** Types into a PrimeFaces number field, whose formatting does not take a plain clear(). */
  private static void number(Browser browser, String id, String value) {
    WebElement field = browser.find(By.id(id));
    field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    field.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
    field.sendKeys(value);
    field.sendKeys(org.openqa.selenium.Keys.TAB);
  }

  /** Picks an item of a PrimeFaces select menu; the panel's opening animation may eat a click. */
  private static void choose(Browser browser, String menuId, String label) {
    for (int attempt = 1; ; attempt++) {
      browser.click(By.id(menuId + "_label"));
      WebElement item = browser.find(By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", item);
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
            .until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
        browser.ajaxDone();
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }
}
