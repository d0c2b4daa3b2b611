package ru.shibc.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A published 36-hour course with a quiz of known questions, and answers to them. */
public final class QuizFixtures {

  /** Four questions, one of each auto-graded kind, in this order when not shuffled. */
  public static final String GIFT =
      """
      ::Определение:: Что означает сокращение ШИБЦ? {=Школьный информационно-библиотечный центр ~Школьный библиотечный читальный зал ~Школьный информационный кружок}

      ::Цикл:: Повышать квалификацию педагогу нужно не реже одного раза в три года. {T}

      ::Год концепции:: В каком году утверждена Концепция развития школьных информационно-библиотечных центров? {#2016}

      ::Эссе:: Опишите, как ваша библиотека могла бы стать ШИБЦ. {}
      """;

  private QuizFixtures() {}

  /** The ids of a built quiz and its questions by name. */
  public record Quiz(long courseId, long activityId, long categoryId, JsonArray questions) {
    public long question(String name) {
      return questions.stream()
          .map(JsonValue::asJsonObject)
          .filter(q -> q.getString("name").equals(name))
          .findFirst()
          .orElseThrow()
          .getJsonNumber("id")
          .longValue();
    }
  }

  /** A published course with a QUIZ over the GIFT questions, then the given settings. */
  public static Quiz quiz(String prefix, JsonObjectBuilder settings, boolean withEssay) {
    Api m = Api.as("methodologist");
    long course =
        CourseFixtures.id(
            CourseFixtures.newCourse(
                CourseFixtures.courseForm(CourseFixtures.shortName(prefix))
                    .add("programmeType", "QUALIFICATION_UPGRADE")
                    .add("academicHours", 36)));
    long section = CourseFixtures.addSection(course, "Итоговая аттестация");
    Api.Reply activity =
        m.post(
            "/api/courses/" + course + "/activities",
            Json.createObjectBuilder()
                .add("sectionId", section)
                .add("kind", "QUIZ")
                .add("title", "Итоговый тест")
                .add("required", true)
                .add("body", "<p>Ответьте на вопросы теста.</p>")
                .build());
    assertEquals(201, activity.status(), activity.body());
    long activityId = CourseFixtures.id(activity.json());
    Api.Reply category =
        m.post(
            "/api/question-bank/categories",
            Json.createObjectBuilder().add("name", "Аттестация " + prefix).add("courseId", course).build());
    assertEquals(201, category.status(), category.body());
    long categoryId = CourseFixtures.id(category.json());
    Api.Reply imported = importGift(categoryId, GIFT, "");
    assertEquals(200, imported.status(), imported.body());
    JsonArray questions = m.get("/api/question-bank/categories/" + categoryId + "/questions").array();
    Quiz quiz = new Quiz(course, activityId, categoryId, questions);
    JsonArrayBuilder slots = Json.createArrayBuilder();
    for (String name : new String[] {"Определение", "Цикл", "Год концепции"}) {
      slots.add(Json.createObjectBuilder().add("questionId", quiz.question(name)).add("mark", 1));
    }
    if (withEssay) {
      slots.add(Json.createObjectBuilder().add("questionId", quiz.question("Эссе")).add("mark", 1));
    }
    Api.Reply set =
        m.put(
            "/api/courses/" + course + "/quizzes/" + activityId + "/slots",
            Json.createObjectBuilder().add("slots", slots).build());
    assertEquals(200, set.status(), set.body());
    Api.Reply configured = m.put("/api/courses/" + course + "/quizzes/" + activityId, settings.build());
    assertEquals(200, configured.status(), configured.body());
    CourseFixtures.publish(course);
    return quiz;
  }

  /** Settings that keep the order fixed, allow two attempts and pass at 60 %. */
  public static JsonObjectBuilder settings() {
    return Json.createObjectBuilder()
        .add("attemptsAllowed", 2)
        .add("gradingMethod", "HIGHEST")
        .add("passPercent", 60)
        .add("shuffleQuestions", false)
        .add("shuffleAnswers", false)
        .add("onePerPage", true)
        .add("reviewAfterAttempt", "FEEDBACK")
        .add("reviewAfterClose", "FEEDBACK");
  }

  public static Api.Reply importGift(long categoryId, String gift, String query) {
    return Api.as("methodologist")
        .send(
            "POST", "/api/question-bank/categories/" + categoryId + "/import?format=gift" + query, "text/plain",
            gift.getBytes(StandardCharsets.UTF_8));
  }

  /** A learner enrolled in the quiz's course with an attempt started; answers the attempt. */
  public static JsonObject start(CourseFixtures.Learner learner, Quiz quiz) {
    learner.api().post("/api/learning/courses/" + quiz.courseId() + "/enrol", "");
    Api.Reply started =
        learner.api().post("/api/attempts", Json.createObjectBuilder().add("activityId", quiz.activityId()).build());
    assertEquals(201, started.status(), started.body());
    return started.json();
  }

  public static Api.Reply save(Api api, long attemptId, int slot, JsonObject response, int baseRevision, String key) {
    return api.put(
        "/api/attempts/" + attemptId + "/answers/" + slot,
        Json.createObjectBuilder().add("response", response).add("baseRevision", baseRevision).build(),
        "Idempotency-Key", key);
  }

  public static Api.Reply save(Api api, long attemptId, int slot, JsonObject response, int baseRevision) {
    return save(api, attemptId, slot, response, baseRevision, key());
  }

  public static String key() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  public static JsonObject single(int choiceId) {
    return Json.createObjectBuilder().add("type", "single-choice").add("choiceId", choiceId).build();
  }

  public static JsonObject trueFalse(boolean value) {
    return Json.createObjectBuilder().add("type", "true-false").add("value", value).build();
  }

  public static JsonObject numeric(String text) {
    return Json.createObjectBuilder().add("type", "numerical").add("text", text).build();
  }

  public static JsonObject essay(String text) {
    return Json.createObjectBuilder().add("type", "essay").add("text", text).build();
  }
}
