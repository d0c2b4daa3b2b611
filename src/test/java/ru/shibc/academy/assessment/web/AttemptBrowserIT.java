package ru.shibc.academy.assessment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

/**
 * A librarian takes a quiz: answers are saved as they are given, survive a closed browser and a
 * lost network, and finishing shows the result and completes the quiz on the course page.
 */
@ExtendWith(RunningAcademy.class)
class AttemptBrowserIT {

  private static final String PASSWORD = "Library-Pass-" + Fixtures.token();

  private static final String GIFT =
      """
      ::Аббревиатура::Как расшифровывается ШИБЦ?{=Школьный информационно-библиотечный центр ~Штаб информационной безопасности ~Школьный интернет-клуб}

      ::Фонд::В фонд ШИБЦ входят электронные ресурсы.{TRUE}

      ::Зоны::Какие зоны входят в пространство ШИБЦ?{~%50%Зона тихого чтения ~%50%Зона коллективной работы ~%-100%Столовая}

      ::Часы::Сколько академических часов в курсе повышения квалификации?{#36}

      ::Соответствие::Сопоставьте помещение и его назначение.{=Абонемент -> Выдача книг на дом =Читальный зал -> Чтение на месте =Медиатека -> Работа с электронными ресурсами}
      """;

  /** The quiz of a new published course, and a new learner enrolled in it. */
  private record Quiz(long courseId, long activityId, String title, Fixtures.Account learner, Api learnerApi) {}

  @Test
  void answersSurviveAClosedBrowserAndFinishingShowsTheResultAndCompletesTheQuiz() {
    Quiz quiz = newQuiz("Аттестация по модели ШИБЦ");
    try (Browser first = Browser.open().signIn(quiz.learner().username(), PASSWORD)) {
      first.go("/courses/course.xhtml?id=" + quiz.courseId() + "&open=" + quiz.activityId());
      first.waitForText(By.id("quizFacts"), "30 мин");
      first.waitForText(By.id("quizFacts"), "0 из 3");
      first.click(By.xpath("//button[contains(.,'Начать попытку')]"));
      first.waitForText(By.id("attemptNav"), "5");
      assertTrue(first.find(By.id("attemptTimer")).getText().matches("Осталось (29:5\\d|30:00)"), first.find(By.id("attemptTimer")).getText());

      first.click(By.xpath("//label[contains(.,'Школьный информационно-библиотечный центр')]"));
      first.waitForText(By.id("question-1"), "Сохранено в");
      first.click(By.id("nextQuestion"));
      first.click(By.xpath("//section[@id='question-2']//label[contains(.,'Верно')]"));
      first.waitForText(By.id("question-2"), "Сохранено в");
      assertTrue(first.find(By.xpath("//nav[@id='attemptNav']/button[2]")).getAttribute("class").endsWith("-saved"));
      first.screenshot("attempt-answering");
    } // the browser is closed in the middle of the attempt

    try (Browser second = Browser.open().signIn(quiz.learner().username(), PASSWORD)) {
      second.go("/courses/course.xhtml?id=" + quiz.courseId() + "&open=" + quiz.activityId());
      second.waitForText(By.id("quizAttempts"), "идёт");
      second.click(By.xpath("//a[contains(.,'Продолжить попытку')]"));
      second.waitForText(By.id("attemptNav"), "5");
      assertTrue(second.find(By.xpath("//section[@id='question-1']//input[@type='radio'][following-sibling::label[contains(.,'информационно-библиотечный')]]")).isSelected());
      second.click(By.xpath("//nav[@id='attemptNav']/button[2]"));
      assertTrue(second.find(By.id("q2-true")).isSelected());

      second.click(By.xpath("//nav[@id='attemptNav']/button[3]"));
      second.click(By.xpath("//section[@id='question-3']//label[contains(.,'Зона тихого чтения')]"));
      second.click(By.xpath("//section[@id='question-3']//label[contains(.,'Зона коллективной работы')]"));
      second.click(By.id("nextQuestion"));
      second.type(By.id("q4-text"), "36,0");
      second.waitForText(By.id("question-4"), "Сохранено в");
      second.click(By.id("nextQuestion"));
      select(second, "Абонемент", "Выдача книг на дом");
      select(second, "Читальный зал", "Чтение на месте");
      select(second, "Медиатека", "Работа с электронными ресурсами");
      second.waitForText(By.id("question-5"), "Сохранено в");
      new WebDriverWait(second.driver(), Duration.ofSeconds(20))
          .until(d -> d.findElement(By.xpath("//nav[@id='attemptNav']/button[3]")).getAttribute("class").endsWith("-saved"));

      second.click(By.id("finishAttempt"));
      second.visible(By.id("finishDialog"));
      assertFalse(second.exists(By.id("finishUnanswered")), "every question is answered");
      second.click(By.id("finishConfirm"));
      second.waitForText(By.id("attemptResult"), "пройдено");
      String result = second.find(By.id("attemptResult")).getText();
      assertTrue(result.contains("5 из 5 (100 %)"), result);
      assertFalse(result.contains("не пройдено"), result);
      second.waitForText(By.id("question-1"), "Верно");
      second.screenshot("attempt-result");

      second.click(By.id("backToCourse"));
      second.waitForText(By.id("done"), "Выполнено");
      second.waitForText(By.id("quizAttempts"), "100 % · пройдено");
      assertTrue(second.exists(By.xpath("//li[.//a[contains(.,'" + quiz.title() + "')]]/i[contains(@class,'pi-check-circle')]")));
      second.screenshot("course-quiz");
    }
  }

  @Test
  void anAnswerGivenWithoutNetworkIsSavedByTheRetryWithTheSameKey() {
    Quiz quiz = newQuiz("Проверка связи");
    long attemptId = quiz.learnerApi().post("/api/attempts", Json.createObjectBuilder().add("activityId", quiz.activityId()).build())
        .json().getJsonNumber("id").longValue();
    try (Browser phone = Browser.phone().signIn(quiz.learner().username(), PASSWORD)) {
      // headless Chromium keeps windows at least 500 px wide; emulate the phone's 390 px viewport
      ((org.openqa.selenium.chrome.ChromeDriver) phone.driver()).executeCdpCommand(
          "Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
      phone.go("/courses/attempt.xhtml?id=" + attemptId);
      phone.waitForText(By.id("attemptNav"), "5");
      // The network is "down" for the first three saves: fetch rejects as it does offline.
      ((JavascriptExecutor) phone.driver()).executeScript(
          "window.keys = []; let down = 3; const real = window.fetch;"
              + "window.fetch = function (url, options) {"
              + "  if (options && options.method === 'PUT') {"
              + "    window.keys.push(options.headers['Idempotency-Key']);"
              + "    if (down > 0) { down--; return Promise.reject(new TypeError('Failed to fetch')); }"
              + "  }"
              + "  return real.apply(this, arguments); };");
      phone.click(By.xpath("//label[contains(.,'Школьный информационно-библиотечный центр')]"));
      phone.waitForText(By.id("question-1"), "Не сохранено — повтор через 1 с");
      assertTrue(phone.find(By.xpath("//nav[@id='attemptNav']/button[1]")).getAttribute("class").endsWith("-unsaved"));
      phone.screenshot("attempt-offline-phone");
      // the retries after 1 s and 2 s fail too; the next would wait 4 s, but coming back online sends it at once
      new WebDriverWait(phone.driver(), Duration.ofSeconds(15))
          .until(d -> ((Long) ((JavascriptExecutor) d).executeScript("return window.keys.length;")) == 3);
      phone.waitForText(By.id("question-1"), "Не сохранено — повтор через");
      ((JavascriptExecutor) phone.driver()).executeScript("window.dispatchEvent(new Event('online'));");
      phone.waitForText(By.id("question-1"), "Сохранено в");

      @SuppressWarnings("unchecked")
      List<String> keys = (List<String>) ((JavascriptExecutor) phone.driver()).executeScript("return window.keys;");
      assertEquals(4, keys.size(), keys.toString()); // three failures and the save
      assertEquals(1, keys.stream().distinct().count(), "every retry of one answer carries its key: " + keys);
      // another tab saves question 3 first: this page's save is refused and the server's answer shown
      JsonObject q3 = quiz.learnerApi().get("/api/attempts/" + attemptId).json().getJsonArray("questions").getJsonObject(2);
      int canteen = q3.getJsonArray("choices").stream().map(JsonValue::asJsonObject)
          .filter(c -> c.getString("text").equals("Столовая")).findFirst().orElseThrow().getInt("id");
      Api.Reply otherTab = quiz.learnerApi().put("/api/attempts/" + attemptId + "/answers/3",
          Json.createObjectBuilder().add("response", Json.createObjectBuilder().add("type", "multiple-choice")
              .add("choiceIds", Json.createArrayBuilder().add(canteen))).add("baseRevision", 0).build(),
          "Idempotency-Key", "other-tab-" + Fixtures.token());
      assertEquals(200, otherTab.status(), otherTab.body());
      phone.click(By.xpath("//nav[@id='attemptNav']/button[3]"));
      phone.click(By.xpath("//section[@id='question-3']//label[contains(.,'Зона тихого чтения')]"));
      phone.waitForText(By.id("question-3"), "в другой вкладке");
      assertTrue(phone.find(By.xpath("//section[@id='question-3']//input[following-sibling::label[contains(.,'Столовая')]]")).isSelected());
      assertFalse(phone.find(By.xpath("//section[@id='question-3']//input[following-sibling::label[contains(.,'тихого')]]")).isSelected());

      // an answer given offline is kept in the browser and sent when the page is opened again
      ((JavascriptExecutor) phone.driver()).executeScript(
          "const real = window.fetch; window.fetch = (url, options) => options && options.method === 'PUT'"
              + " ? Promise.reject(new TypeError('Failed to fetch')) : real(url, options);");
      phone.click(By.xpath("//nav[@id='attemptNav']/button[2]"));
      phone.click(By.xpath("//section[@id='question-2']//label[contains(.,'Неверно')]"));
      phone.waitForText(By.id("question-2"), "Не сохранено");
      phone.driver().navigate().refresh();
      phone.click(By.xpath("//nav[@id='attemptNav']/button[2]"));
      phone.waitForText(By.id("question-2"), "Сохранено в");
      assertTrue(phone.find(By.id("q2-false")).isSelected());

      Long overflow = (Long) ((JavascriptExecutor) phone.driver()).executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      Object wide = ((JavascriptExecutor) phone.driver()).executeScript(
          "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
              + ".slice(0, 15).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('\\n');");
      assertTrue(overflow <= 0, "nothing wider than the phone, but " + overflow + " px more:\n" + wide);
    }
    JsonObject attempt = quiz.learnerApi().get("/api/attempts/" + attemptId).json();
    JsonObject first = attempt.getJsonArray("questions").getJsonObject(0);
    assertEquals(1, first.getInt("revision"), "saved once");
    assertTrue(first.getString("response").contains("choiceId"), first.toString());
    assertTrue(attempt.getJsonArray("questions").getJsonObject(1).getString("response").contains("false"));
  }

  private static void select(Browser browser, String item, String answer) {
    By field = By.xpath("//section[@id='question-5']//div[label[contains(.,'" + item + "')]]/select");
    new org.openqa.selenium.support.ui.Select(browser.find(field)).selectByVisibleText(answer);
  }

  /** A published course whose one required activity is a five-question quiz, and a learner in it. */
  private static Quiz newQuiz(String title) {
    Api methodologist = CourseFixtures.methodologist();
    long course = CourseFixtures.id(CourseFixtures.newCourse("КВИЗ"));
    long section = CourseFixtures.addSection(course, "Итоговая аттестация");
    Api.Reply activity =
        CourseFixtures.postActivity(
            course,
            CourseFixtures.activity(section, "QUIZ", title)
                .add("required", true)
                .add("body", "<p>Пять вопросов, 30 минут. Ответы сохраняются сразу.</p>")
                .build());
    assertEquals(201, activity.status(), activity.body());
    long quiz = CourseFixtures.id(activity.json());

    Api.Reply category =
        methodologist.post(
            "/api/question-bank/categories",
            Json.createObjectBuilder().add("name", "Вопросы " + Fixtures.token()).add("courseId", course).build());
    assertEquals(201, category.status(), category.body());
    long categoryId = CourseFixtures.id(category.json());
    Api.Reply imported =
        methodologist.send(
            "POST", "/api/question-bank/categories/" + categoryId + "/import?format=gift", "text/plain; charset=UTF-8",
            GIFT.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported.body());
    Map<String, Long> byName =
        methodologist.get("/api/question-bank/categories/" + categoryId + "/questions").array().stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(q -> q.getString("name"), CourseFixtures::id));
    JsonArrayBuilder slots = Json.createArrayBuilder();
    for (String name : List.of("Аббревиатура", "Фонд", "Зоны", "Часы", "Соответствие")) {
      slots.add(Json.createObjectBuilder().add("questionId", byName.get(name)));
    }
    String quizPath = "/api/courses/" + course + "/quizzes/" + quiz;
    Api.Reply slotsSet = methodologist.put(quizPath + "/slots", Json.createObjectBuilder().add("slots", slots).build());
    assertEquals(200, slotsSet.status(), slotsSet.body());
    Api.Reply settings =
        methodologist.put(
            quizPath,
            Json.createObjectBuilder()
                .add("timeLimitMinutes", 30)
                .add("attemptsAllowed", 3)
                .add("gradingMethod", "HIGHEST")
                .add("passPercent", 60)
                .add("reviewAfterAttempt", "FEEDBACK")
                .add("reviewAfterClose", "FEEDBACK")
                .add("shuffleQuestions", false)
                .add("onePerPage", true)
                .build());
    assertEquals(200, settings.status(), settings.body());
    CourseFixtures.publish(course);

    Fixtures.Account learner = Fixtures.newLearner(PASSWORD);
    Api learnerApi = Api.withToken(Api.login(learner.username(), PASSWORD));
    Api.Reply enrolled = learnerApi.post("/api/learning/courses/" + course + "/enrol", "");
    assertEquals(201, enrolled.status(), enrolled.body());
    return new Quiz(course, quiz, title, learner, learnerApi);
  }
}
