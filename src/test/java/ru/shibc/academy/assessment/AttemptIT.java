package ru.shibc.academy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.QuizFixtures.essay;
import static ru.shibc.academy.it.QuizFixtures.numeric;
import static ru.shibc.academy.it.QuizFixtures.save;
import static ru.shibc.academy.it.QuizFixtures.single;
import static ru.shibc.academy.it.QuizFixtures.start;
import static ru.shibc.academy.it.QuizFixtures.trueFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.CourseFixtures.Learner;
import ru.shibc.academy.it.QuizFixtures;
import ru.shibc.academy.it.QuizFixtures.Quiz;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.platform.pdf.PdfInspection;

@ExtendWith(RunningAcademy.class)
class AttemptIT {

  private final Api methodologist = Api.as("methodologist");

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static <T> List<T> all(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(task));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aPassedAttemptIsGradedAndCompletesTheQuiz() {
    Quiz quiz = QuizFixtures.quiz("ТЕСТ", QuizFixtures.settings(), false);
    Learner learner = CourseFixtures.newLearner();
    JsonObject attempt = start(learner, quiz);
    assertEquals("IN_PROGRESS", attempt.getString("state"));
    assertEquals(3, attempt.getJsonArray("questions").size());
    assertFalse(attempt.getJsonArray("questions").toString().contains("fraction"), "no right answers while it runs");
    long a = id(attempt);

    assertEquals(200, save(learner.api(), a, 1, single(0), 0).status());
    assertEquals(200, save(learner.api(), a, 2, trueFalse(true), 0).status());
    assertEquals(200, save(learner.api(), a, 3, numeric("2015"), 0).status());
    assertEquals(200, save(learner.api(), a, 3, numeric("2016"), 1).status());

    Api.Reply finished = learner.api().post("/api/attempts/" + a + "/finish", "");
    assertEquals(200, finished.status(), finished.body());
    JsonObject result = finished.json();
    assertEquals("FINISHED", result.getString("state"));
    assertEquals("SUBMITTED", result.getString("finishedHow"));
    assertEquals(0, result.getJsonNumber("percent").bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(100)));
    assertTrue(result.getBoolean("passed"));
    assertEquals(200, learner.api().post("/api/attempts/" + a + "/finish", "").status(), "finishing twice is harmless");

    JsonObject page = learner.api().get("/api/learning/courses/" + quiz.courseId()).json();
    assertTrue(page.toString().contains("\"completed\":true") || page.getInt("progressPercent") == 100, page.toString());
  }

  @Test
  void aRetryWithTheSameKeyChangesNothingAndAStaleTabIsRefused() {
    Quiz quiz = QuizFixtures.quiz("ПОВТОР", QuizFixtures.settings(), false);
    Learner learner = CourseFixtures.newLearner();
    long a = id(start(learner, quiz));
    String key = QuizFixtures.key();
    Api.Reply first = save(learner.api(), a, 1, single(1), 0, key);
    Api.Reply retry = save(learner.api(), a, 1, single(1), 0, key);
    assertEquals(200, retry.status());
    assertFalse(first.json().getBoolean("replay"));
    assertTrue(retry.json().getBoolean("replay"));
    assertEquals(1, retry.json().getInt("revision"));

    Api.Reply otherTab = save(learner.api(), a, 1, single(2), 0);
    assertEquals(409, otherTab.status());
    assertTrue(otherTab.isProblem());
    assertEquals("attempt.answerChanged", otherTab.json().getString("code"));
    JsonObject stored = learner.api().get("/api/attempts/" + a).json().getJsonArray("questions").getJsonObject(0);
    assertEquals(1, stored.getInt("revision"));
    assertTrue(stored.getString("response").contains("\"choiceId\":1"), stored.toString());
  }

  @Test
  void twoTabsSavingTheSameQuestionAtOnceGetOneWinner() throws Exception {
    Quiz quiz = QuizFixtures.quiz("ВКЛАДКИ", QuizFixtures.settings(), false);
    Learner learner = CourseFixtures.newLearner();
    long a = id(start(learner, quiz));
    List<Integer> statuses = all(8, () -> save(learner.api(), a, 2, trueFalse(true), 0).status());
    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());

    String key = QuizFixtures.key();
    List<Boolean> replays = all(8, () -> save(learner.api(), a, 3, numeric("2016"), 0, key).json().getBoolean("replay"));
    assertEquals(1, replays.stream().filter(r -> !r).count(), "one commit, the rest replays: " + replays);
  }

  @Test
  void refusesWhatIsNotTheLearnersToAnswer() {
    Quiz quiz = QuizFixtures.quiz("ЧУЖАЯ", QuizFixtures.settings(), false);
    Learner owner = CourseFixtures.newLearner();
    Learner other = CourseFixtures.newLearner();
    long a = id(start(owner, quiz));

    assertEquals(404, save(other.api(), a, 1, single(0), 0).status(), "another learner's attempt");
    assertEquals(404, other.api().get("/api/attempts/" + a).status());
    assertEquals(422, save(owner.api(), a, 7, single(0), 0).status(), "a question not in the attempt");
    assertEquals(422, save(owner.api(), a, 1, trueFalse(true), 0).status(), "another type's answer");
    assertEquals(422, save(owner.api(), a, 1, single(42), 0).status(), "a choice the question lacks");
    Api.Reply noKey =
        owner.api().put("/api/attempts/" + a + "/answers/1",
            Json.createObjectBuilder().add("response", single(0)).add("baseRevision", 0).build());
    assertEquals(422, noKey.status());
    assertEquals(403, other.api().post("/api/attempts", Json.createObjectBuilder().add("activityId", quiz.activityId()).build()).status(),
        "not enrolled");
    assertEquals(403, owner.api().get("/api/question-bank/categories").status());
    JsonObject stored = owner.api().get("/api/attempts/" + a).json().getJsonArray("questions").getJsonObject(0);
    assertEquals(0, stored.getInt("revision"), "nothing changed");
  }

  @Test
  void aSaveWithoutATokenOrWithABadBodyIsRefusedAsAProblemAndChangesNothing() {
    Quiz quiz = QuizFixtures.quiz("ОТКАЗ", QuizFixtures.settings(), false);
    Learner learner = CourseFixtures.newLearner();
    long a = id(start(learner, quiz));
    String path = "/api/attempts/" + a + "/answers/1";
    JsonObject body = Json.createObjectBuilder().add("response", single(0)).add("baseRevision", 0).build();

    Api.Reply anonymous = Api.anonymous().put(path, body, "Idempotency-Key", QuizFixtures.key());
    assertEquals(401, anonymous.status());
    assertEquals("problem.http.401", anonymous.json().getString("code"));
    assertEquals(401, Api.withToken("not-a-token").put(path, body, "Idempotency-Key", QuizFixtures.key()).status());

    Api english = learner.api().inLanguage("en");
    Api.Reply malformed =
        english.send("PUT", path, "application/json", "{\"response\":".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(400, malformed.status(), malformed.body());
    assertEquals("problem.malformedJson", malformed.json().getString("code"));
    Api.Reply negative =
        english.put(path, Json.createObjectBuilder().add("response", single(0)).add("baseRevision", -1).build(),
            "Idempotency-Key", QuizFixtures.key());
    assertEquals(400, negative.status());
    assertTrue(negative.isProblem());
    assertEquals("baseRevision", negative.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals("Must be at least 0.", negative.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    Api.Reply notAnObject =
        english.put(path, Json.createObjectBuilder().add("response", "1").add("baseRevision", 0).build(),
            "Idempotency-Key", QuizFixtures.key());
    assertEquals(400, notAnObject.status());
    assertEquals("problem.malformedJson", notAnObject.json().getString("code"));

    JsonObject stored = learner.api().get("/api/attempts/" + a).json().getJsonArray("questions").getJsonObject(0);
    assertEquals(0, stored.getInt("revision"), "nothing changed");
    Api.Reply saved = save(learner.api(), a, 1, single(0), 0);
    assertEquals(200, saved.status());
    assertEquals(1, saved.json().getInt("revision"));
    assertEquals(1, saved.json().getInt("slot"));
    assertFalse(saved.json().getBoolean("replay"));
    Instant.parse(saved.json().getString("savedAt"));
  }

  @Test
  void onlyTheCoursesTeachersSeeAndGradeItsAttempts() {
    Quiz quiz = QuizFixtures.quiz("ПРЕПОД", QuizFixtures.settings(), true);
    Learner learner = CourseFixtures.newLearner();
    long a = id(start(learner, quiz));
    learner.api().post("/api/attempts/" + a + "/finish", "");

    long person = CourseFixtures.id(ru.shibc.academy.it.Fixtures.newPerson());
    String username = "it.m" + ru.shibc.academy.it.Fixtures.token();
    String password = "Method-Pass-" + ru.shibc.academy.it.Fixtures.token();
    assertEquals(200, ru.shibc.academy.it.Fixtures.saveAccount(person, username, password, "METHODOLOGIST").status());
    Api other = Api.withToken(Api.login(username, password));
    String quizPath = "/api/courses/" + quiz.courseId() + "/quizzes/" + quiz.activityId();
    JsonObject grade = Json.createObjectBuilder().add("points", 1).build();

    assertEquals(403, other.get(quizPath + "/attempts").status());
    assertEquals(403, other.post(quizPath + "/regrade", "").status());
    assertEquals(404, other.get("/api/attempts/" + a).status());
    assertEquals(404, other.put("/api/attempts/" + a + "/answers/4/grade", grade).status());
    assertEquals(200, methodologist.get(quizPath + "/attempts").status(), "the course's creator teaches it");

    Api.Reply added =
        methodologist.post("/api/courses/" + quiz.courseId() + "/teachers",
            Json.createObjectBuilder().add("username", username).build());
    assertEquals(200, added.status(), added.body());
    assertTrue(added.body().contains(username));
    assertEquals(200, other.get(quizPath + "/attempts").status());
    assertEquals(200, other.put("/api/attempts/" + a + "/answers/4/grade", grade).status());
    assertEquals(422, methodologist.post("/api/courses/" + quiz.courseId() + "/teachers",
        Json.createObjectBuilder().add("username", learner.username()).build()).status(), "a learner cannot teach");
  }

  @Test
  void noThirdAttemptWhereTwoAreAllowedEvenWhenStartedAtOnce() throws Exception {
    Quiz quiz = QuizFixtures.quiz("ЛИМИТ", QuizFixtures.settings(), false);
    Learner learner = CourseFixtures.newLearner();
    learner.api().post("/api/learning/courses/" + quiz.courseId() + "/enrol", "");
    JsonObject startForm = Json.createObjectBuilder().add("activityId", quiz.activityId()).build();
    for (int round = 0; round < 2; round++) {
      List<Api.Reply> started = all(4, () -> learner.api().post("/api/attempts", startForm));
      long ids = started.stream().filter(r -> r.status() < 300).map(r -> id(r.json())).distinct().count();
      assertEquals(1, ids, "one attempt however many tabs start it: " + started);
      long a = started.stream().filter(r -> r.status() < 300).map(r -> id(r.json())).findFirst().orElseThrow();
      assertEquals(200, learner.api().post("/api/attempts/" + a + "/finish", "").status());
    }
    Api.Reply third = learner.api().post("/api/attempts", startForm);
    assertEquals(409, third.status(), third.body());
    assertEquals(2, learner.api().get("/api/attempts?activityId=" + quiz.activityId()).array().size());
  }

  @Test
  void theServerDeadlineRefusesLateAnswersAndTheJobClosesTheAttempt() throws Exception {
    Quiz quiz = QuizFixtures.quiz("СРОК", QuizFixtures.settings().add("timeLimitMinutes", 30), false);
    Learner learner = CourseFixtures.newLearner();
    learner.api().post("/api/learning/courses/" + quiz.courseId() + "/enrol", "");
    // The close is set only now: on a busy machine the setup alone can outlast a short window.
    Instant closes = Instant.now().plusSeconds(4);
    Api.Reply closing =
        methodologist.put("/api/courses/" + quiz.courseId() + "/quizzes/" + quiz.activityId(),
            QuizFixtures.settings().add("timeLimitMinutes", 30).add("closesAt", closes.toString()).build());
    assertEquals(200, closing.status(), closing.body());
    JsonObject attempt = start(learner, quiz);
    long a = id(attempt);
    Instant deadline = Instant.parse(attempt.getString("deadlineAt"));
    assertFalse(deadline.isAfter(closes.plusMillis(1)), "cut to the quiz's close: " + deadline);
    assertEquals(200, save(learner.api(), a, 1, single(0), 0).status());

    Thread.sleep(Math.max(0, deadline.toEpochMilli() - System.currentTimeMillis()) + 500);
    Api.Reply late = save(learner.api(), a, 2, trueFalse(true), 0);
    assertEquals(409, late.status(), late.body());
    assertTrue(late.detail().contains("Время"), late.detail());

    JsonObject closed = null;
    for (int i = 0; i < 40; i++) {
      closed = learner.api().get("/api/attempts/" + a).json();
      if (closed.getString("state").equals("FINISHED")) {
        break;
      }
      Thread.sleep(250);
    }
    assertEquals("FINISHED", closed.getString("state"), "closed by the job without the learner");
    assertEquals("TIMED_OUT", closed.getString("finishedHow"));
    assertEquals(Instant.parse(attempt.getString("deadlineAt")), Instant.parse(closed.getString("deadlineAt")));
  }

  @Test
  void essaysWaitForAGraderAndARegradeFollowsAFixedQuestion() {
    Quiz quiz = QuizFixtures.quiz("ЭССЕ", QuizFixtures.settings(), true);
    Learner learner = CourseFixtures.newLearner();
    long a = id(start(learner, quiz));
    save(learner.api(), a, 1, single(0), 0);
    save(learner.api(), a, 2, trueFalse(true), 0);
    save(learner.api(), a, 3, numeric("2015"), 0);
    save(learner.api(), a, 4, essay("Библиотека станет центром информационной грамотности школы."), 0);
    JsonObject finished = learner.api().post("/api/attempts/" + a + "/finish", "").json();
    assertTrue(finished.getBoolean("needsGrading"));
    assertFalse(finished.containsKey("passed") && !finished.isNull("passed"), "no verdict before grading");

    Api.Reply graded =
        methodologist.put("/api/attempts/" + a + "/answers/4/grade",
            Json.createObjectBuilder().add("points", 1).add("comment", "Содержательно").build());
    assertEquals(200, graded.status(), graded.body());
    assertEquals(0, graded.json().getJsonNumber("score").bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(3)));
    assertEquals(422, methodologist.put("/api/attempts/" + a + "/answers/4/grade",
        Json.createObjectBuilder().add("points", 5).build()).status());

    // the year in the question was wrong: 2015 is accepted too after the fix
    long year = quiz.question("Год концепции");
    JsonObject details = methodologist.get("/api/question-bank/questions/" + year).json();
    JsonObject fixed =
        Json.createObjectBuilder(details.getJsonObject("question"))
            .add("answers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", 0).add("value", 2016).add("tolerance", 1).add("fraction", 1).add("feedback", "")))
            .build();
    Api.Reply updated = methodologist.put("/api/question-bank/questions/" + year,
        Json.createObjectBuilder().add("categoryId", quiz.categoryId()).add("question", fixed).build());
    assertEquals(200, updated.status(), updated.body());
    assertEquals(2, updated.json().getInt("revision"));
    Api.Reply regraded = methodologist.post("/api/courses/" + quiz.courseId() + "/quizzes/" + quiz.activityId() + "/regrade", "");
    assertEquals(200, regraded.status(), regraded.body());
    JsonObject after = methodologist.get("/api/attempts/" + a).json();
    assertEquals(0, after.getJsonNumber("score").bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(4)), after.toString());

    CourseFixtures.Download protocol = CourseFixtures.download(CourseFixtures.token("methodologist"),
        "/api/courses/" + quiz.courseId() + "/quizzes/" + quiz.activityId() + "/protocol");
    assertEquals(200, protocol.status());
    String text = PdfInspection.text(protocol.bytes());
    JsonObject person = Api.as("admin").get("/api/people/" + learner.personId()).json();
    assertTrue(text.contains(person.getString("surname")), text);
    assertTrue(text.contains("Протокол"), text);
    assertNotEquals(0, protocol.bytes().length);
  }
}
