package ru.shibc.academy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.QuizFixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class QuestionBankIT {

  private final Api methodologist = Api.as("methodologist");

  private long lastCourse;

  private long category(String name) {
    long course = CourseFixtures.id(CourseFixtures.newCourse("БАНК"));
    lastCourse = course;
    Api.Reply c =
        methodologist.post(
            "/api/question-bank/categories", Json.createObjectBuilder().add("name", name).add("courseId", course).build());
    assertEquals(201, c.status(), c.body());
    return CourseFixtures.id(c.json());
  }

  private int count(long categoryId) {
    return methodologist.get("/api/question-bank/categories/" + categoryId + "/questions").array().size();
  }

  @Test
  void aFileWithABrokenQuestionIsPreviewedByLineAndImportedAllOrValidOnly() {
    long category = category("Импорт");
    String gift = QuizFixtures.GIFT + "\n::Сломанный:: Вопрос без закрытой скобки {=да ~нет\n";
    Api.Reply dry = QuizFixtures.importGift(category, gift, "&dryRun=true");
    assertEquals(200, dry.status(), dry.body());
    JsonObject problem = dry.json().getJsonArray("problems").getJsonObject(0);
    assertEquals(9, problem.getInt("line"), dry.body());
    assertEquals(0, count(category), "a dry run stores nothing");

    Api.Reply all = QuizFixtures.importGift(category, gift, "");
    assertEquals(422, all.status(), all.body());
    assertEquals(0, count(category), "all or nothing");

    Api.Reply valid = QuizFixtures.importGift(category, gift, "&validOnly=true");
    assertEquals(200, valid.status(), valid.body());
    assertEquals(4, valid.json().getInt("storedCount"));
    assertEquals(4, count(category));
  }

  @Test
  void xmlWithEntitiesIsRefusedAndNothingIsStored() {
    long category = category("XXE");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<quiz><question type=\"essay\"><name><text>&x;</text></name>"
            + "<questiontext format=\"html\"><text>&x;</text></questiontext></question></quiz>";
    Api.Reply reply =
        methodologist.send("POST", "/api/question-bank/categories/" + category + "/import?format=xml", "application/xml",
            xxe.getBytes(StandardCharsets.UTF_8));
    assertEquals(422, reply.status(), reply.body());
    assertTrue(reply.body().contains("doctype-forbidden"), reply.body());
    assertTrue(!reply.body().contains("root:"), "no file was read");
    assertEquals(0, count(category));
  }

  @Test
  void exportThenImportGivesTheSameQuestions() {
    long source = category("Экспорт");
    assertEquals(200, QuizFixtures.importGift(source, QuizFixtures.GIFT, "").status());
    CourseFixtures.Download xml =
        CourseFixtures.download(CourseFixtures.token("methodologist"), "/api/question-bank/categories/" + source + "/export");
    assertEquals(200, xml.status());
    assertTrue(xml.text().contains("Школьный информационно-библиотечный центр"));

    long target = category("Обратно");
    long targetCourse = lastCourse;
    Api.Reply back =
        methodologist.send("POST", "/api/question-bank/categories/" + target + "/import?format=xml", "application/xml",
            xml.bytes());
    assertEquals(200, back.status(), back.body());
    assertEquals(4, back.json().getInt("storedCount"));
    // the export's own category path is recreated below the target
    var cats = methodologist.get("/api/question-bank/categories?courseId=" + targetCourse).array();
    long sub = cats.stream().map(v -> v.asJsonObject()).filter(c -> c.getString("name").equals("Экспорт"))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
    var original = methodologist.get("/api/question-bank/categories/" + source + "/questions").array();
    var copied = methodologist.get("/api/question-bank/categories/" + sub + "/questions").array();
    assertEquals(original.size(), copied.size());
    for (int i = 0; i < original.size(); i++) {
      JsonObject a = methodologist.get("/api/question-bank/questions/" + original.getJsonObject(i).getJsonNumber("id")).json();
      JsonObject b = methodologist.get("/api/question-bank/questions/" + copied.getJsonObject(i).getJsonNumber("id")).json();
      assertEquals(a.getJsonObject("question"), b.getJsonObject("question"));
    }
  }

  @Test
  void aMalformedQuestionIsA422AndThePreviewGrades() {
    long category = category("Редактор");
    Api.Reply bad =
        methodologist.post("/api/question-bank/questions",
            Json.createObjectBuilder().add("categoryId", category)
                .add("question", Json.createObjectBuilder().add("type", "cloze")).build());
    assertEquals(422, bad.status(), bad.body());
    JsonObject question =
        Json.createObjectBuilder()
            .add("type", "true-false").add("name", "Фонд").add("text", "Фонд ШИБЦ включает электронные ресурсы.")
            .add("format", "plain").add("generalFeedback", "").add("defaultMark", 1)
            .add("correctAnswer", true).add("trueFeedback", "Верно").add("falseFeedback", "Подумайте ещё").build();
    Api.Reply preview =
        methodologist.post("/api/question-bank/preview",
            Json.createObjectBuilder().add("question", question)
                .add("response", Json.createObjectBuilder().add("type", "true-false").add("value", true)).build());
    assertEquals(200, preview.status(), preview.body());
    assertEquals(1, preview.json().getJsonNumber("fraction").intValue());
    Api.Reply created =
        methodologist.post("/api/question-bank/questions",
            Json.createObjectBuilder().add("categoryId", category).add("question", question).build());
    assertEquals(201, created.status(), created.body());
    assertEquals(0, count(category) - 1);
  }
}
