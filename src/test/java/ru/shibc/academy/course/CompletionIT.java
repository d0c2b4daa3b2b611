package ru.shibc.academy.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CourseFixtures.addLink;
import static ru.shibc.academy.it.CourseFixtures.addPage;
import static ru.shibc.academy.it.CourseFixtures.addPassFail;
import static ru.shibc.academy.it.CourseFixtures.addPoints;
import static ru.shibc.academy.it.CourseFixtures.addSection;
import static ru.shibc.academy.it.CourseFixtures.id;
import static ru.shibc.academy.it.CourseFixtures.newCourse;
import static ru.shibc.academy.it.CourseFixtures.publish;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.CourseFixtures.Learner;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class CompletionIT {

  private final Api methodologist = Api.as("methodologist");

  /** Two required pages and an optional link, then a required pass/fail assignment. */
  private record Built(long course, long page1, long page2, long link, long assignment) {}

  private static Built build() {
    long course = id(newCourse("ЗАВЕРШ"));
    long theory = addSection(course, "Теория");
    long practice = addSection(course, "Практика");
    long page1 = addPage(course, theory, "Страница 1", true);
    long page2 = addPage(course, theory, "Страница 2", true);
    long link = addLink(course, theory, "Дополнительно", "https://zarechye-edu.ru/biblioteka", false);
    long assignment = addPassFail(course, practice, "Паспорт библиотеки", true);
    publish(course);
    return new Built(course, page1, page2, link, assignment);
  }

  private static Learner enrolledIn(long course) {
    Learner learner = CourseFixtures.newLearner();
    Api.Reply enrolled = learner.api().post("/api/learning/courses/" + course + "/enrol", "");
    assertEquals(201, enrolled.status(), enrolled.body());
    return learner;
  }

  private static JsonObject page(Learner learner, long course) {
    Api.Reply page = learner.api().get("/api/learning/courses/" + course);
    assertEquals(200, page.status(), page.body());
    return page.json();
  }

  private static Api.Reply open(Learner learner, long course, long activity) {
    return learner.api().post("/api/learning/courses/" + course + "/activities/" + activity + "/open", "");
  }

  private static Api.Reply submit(Learner learner, long course, long activity, String text) {
    return learner
        .api()
        .post(
            "/api/learning/courses/" + course + "/activities/" + activity + "/submissions",
            Json.createObjectBuilder().add("text", text).build());
  }

  private Api.Reply grade(long submission, JsonObject form) {
    return methodologist.post("/api/grading/submissions/" + submission + "/grade", form);
  }

  private static JsonObject passFail(boolean passed, String feedback) {
    var form = Json.createObjectBuilder().add("passed", passed);
    if (feedback != null) {
      form.add("feedback", feedback);
    }
    return form.build();
  }

  private static JsonObject points(int points) {
    return Json.createObjectBuilder().add("points", points).build();
  }

  /** The learner's view of one activity on their course page. */
  private static JsonObject state(JsonObject page, long activity) {
    return page.getJsonArray("sections").stream()
        .flatMap(s -> s.asJsonObject().getJsonArray("activities").stream())
        .map(JsonValue::asJsonObject)
        .filter(a -> id(a.getJsonObject("activity")) == activity)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no activity " + activity + " in " + page));
  }

  private List<JsonObject> queue(long course) {
    Api.Reply queue = methodologist.get("/api/grading?courseId=" + course);
    assertEquals(200, queue.status(), queue.body());
    return queue.array().stream().map(JsonValue::asJsonObject).toList();
  }

  @Test
  void freshLearnerStartsAtZeroWithTheFirstPageNext() {
    Built b = build();
    Learner learner = enrolledIn(b.course);

    JsonObject page = page(learner, b.course);

    assertEquals(0, page.getInt("progressPercent"));
    assertEquals(b.page1, page.getJsonNumber("nextActivityId").longValue());
    assertEquals("ACTIVE", page.getString("enrolment"));
    assertTrue(CourseFixtures.absent(page, "completedAt"));
    assertEquals(2, page.getJsonArray("sections").size());
    for (long a : List.of(b.page1, b.page2, b.link, b.assignment)) {
      assertFalse(state(page, a).getBoolean("completed"), "activity " + a);
    }
  }

  @Test
  void openingPagesRaisesProgressAndOptionalLinksDoNotCount() {
    Built b = build();
    Learner learner = enrolledIn(b.course);

    Api.Reply first = open(learner, b.course, b.page1);

    assertEquals(200, first.status(), first.body());
    assertEquals(33, first.json().getInt("progressPercent"));
    assertEquals(b.page2, first.json().getJsonNumber("nextActivityId").longValue());
    assertTrue(state(first.json(), b.page1).getBoolean("completed"));
    Api.Reply link = open(learner, b.course, b.link);
    assertEquals(33, link.json().getInt("progressPercent"), "an optional link does not count");
    assertTrue(state(link.json(), b.link).getBoolean("completed"));
    Api.Reply second = open(learner, b.course, b.page2);
    assertEquals(66, second.json().getInt("progressPercent"));
    assertEquals(b.assignment, second.json().getJsonNumber("nextActivityId").longValue());
    Api.Reply assignment = open(learner, b.course, b.assignment);
    assertEquals(200, assignment.status(), assignment.body());
    assertEquals(66, assignment.json().getInt("progressPercent"), "opening an assignment does not complete it");
    assertFalse(state(assignment.json(), b.assignment).getBoolean("completed"));
    assertEquals("ACTIVE", assignment.json().getString("enrolment"));
  }

  @Test
  void openingTwiceChangesNothing() {
    Built b = build();
    Learner learner = enrolledIn(b.course);
    JsonObject once = open(learner, b.course, b.page1).json();

    Api.Reply twice = open(learner, b.course, b.page1);

    assertEquals(200, twice.status(), twice.body());
    assertEquals(once.getInt("progressPercent"), twice.json().getInt("progressPercent"));
    assertEquals(
        state(once, b.page1).getString("completedAt"), state(twice.json(), b.page1).getString("completedAt"));
    JsonObject row =
        methodologist.get("/api/courses/" + b.course + "/participants").array().stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getJsonNumber("personId").longValue() == learner.personId())
            .findFirst()
            .orElseThrow();
    assertEquals(33, row.getInt("progressPercent"));
  }

  @Test
  void openingAnActivityOfACourseOneIsNotEnrolledInIs403() {
    Built b = build();
    Learner stranger = CourseFixtures.newLearner();

    Api.Reply reply = open(stranger, b.course, b.page1);

    assertEquals(403, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals("Вы не записаны на этот курс.", reply.detail());
    assertEquals(403, stranger.api().get("/api/learning/courses/" + b.course).status());
  }

  @Test
  void failedAssignmentIsResubmittedAndPassingItCompletesTheCourse() {
    Built b = build();
    Learner learner = enrolledIn(b.course);
    open(learner, b.course, b.page1);
    open(learner, b.course, b.page2);

    Api.Reply submitted = submit(learner, b.course, b.assignment, "Фонд: 12 000 экземпляров, из них 8 000 учебников.");

    assertEquals(201, submitted.status(), submitted.body());
    assertEquals(1, submitted.json().getInt("number"));
    assertEquals("SUBMITTED", submitted.json().getString("status"));
    long first = id(submitted.json());
    JsonObject queued =
        queue(b.course).stream().filter(q -> q.getJsonNumber("submissionId").longValue() == first).findFirst().orElseThrow();
    assertEquals(learner.personId(), queued.getJsonNumber("personId").longValue());
    assertEquals(b.assignment, queued.getJsonNumber("activityId").longValue());
    assertEquals(1, queued.getInt("number"));
    assertTrue(queued.getBoolean("hasText"));

    Api.Reply failed = grade(first, passFail(false, "Не указан профиль комплектования. Дополните."));
    assertEquals(200, failed.status(), failed.body());
    assertEquals("GRADED", failed.json().getString("status"));
    assertFalse(failed.json().getBoolean("passed"));

    JsonObject afterFail = page(learner, b.course);
    JsonObject assignment = state(afterFail, b.assignment);
    assertFalse(assignment.getBoolean("completed"));
    assertEquals("Не указан профиль комплектования. Дополните.", assignment.getJsonObject("latestSubmission").getString("feedback"));
    assertEquals("ACTIVE", afterFail.getString("enrolment"));
    assertEquals(66, afterFail.getInt("progressPercent"));
    Api.Reply mySubmissions = learner.api().get("/api/learning/courses/" + b.course + "/submissions");
    assertEquals(200, mySubmissions.status(), mySubmissions.body());
    assertEquals(
        "Не указан профиль комплектования. Дополните.", mySubmissions.array().getJsonObject(0).getString("feedback"));
    assertTrue(queue(b.course).stream().noneMatch(q -> q.getJsonNumber("submissionId").longValue() == first));

    Api.Reply resubmitted = submit(learner, b.course, b.assignment, "Дополнено: профиль комплектования — начальная школа.");
    assertEquals(201, resubmitted.status(), resubmitted.body());
    assertEquals(2, resubmitted.json().getInt("number"));
    long second = id(resubmitted.json());
    assertTrue(queue(b.course).stream().anyMatch(q -> q.getJsonNumber("submissionId").longValue() == second));

    Api.Reply passed = grade(second, passFail(true, "Зачтено."));
    assertEquals(200, passed.status(), passed.body());
    assertTrue(passed.json().getBoolean("passed"));

    JsonObject done = page(learner, b.course);
    assertEquals("COMPLETED", done.getString("enrolment"));
    assertFalse(CourseFixtures.absent(done, "completedAt"), done.toString());
    assertEquals(100, done.getInt("progressPercent"));
    assertTrue(CourseFixtures.absent(done, "nextActivityId"), done.toString());
    assertTrue(state(done, b.assignment).getBoolean("completed"));
    JsonObject mine =
        learner.api().get("/api/learning/mine").array().stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> id(m.getJsonObject("course")) == b.course)
            .findFirst()
            .orElseThrow();
    assertEquals("COMPLETED", mine.getString("status"));
    assertEquals(100, mine.getInt("progressPercent"));
    assertFalse(CourseFixtures.absent(mine, "completedAt"));
    JsonObject participant =
        methodologist.get("/api/courses/" + b.course + "/participants").array().stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getJsonNumber("personId").longValue() == learner.personId())
            .findFirst()
            .orElseThrow();
    assertEquals("COMPLETED", participant.getString("status"));
    assertEquals(100, participant.getInt("progressPercent"));
  }

  @Test
  void gradingAnAlreadyGradedSubmissionIs409() {
    Built b = build();
    Learner learner = enrolledIn(b.course);
    long submission = id(submit(learner, b.course, b.assignment, "Ответ").json());
    assertEquals(200, grade(submission, passFail(false, "Доработайте.")).status());

    Api.Reply again = grade(submission, passFail(true, null));

    assertEquals(409, again.status(), again.body());
    assertTrue(again.isProblem(), again.contentType());
    assertEquals("Этот ответ уже оценён.", again.detail());
    assertFalse(state(page(learner, b.course), b.assignment).getBoolean("completed"));
  }

  @Test
  void passFailGradeWithoutAVerdictIs422() {
    Built b = build();
    Learner learner = enrolledIn(b.course);
    long submission = id(submit(learner, b.course, b.assignment, "Ответ").json());

    Api.Reply reply = grade(submission, Json.createObjectBuilder().add("feedback", "Без отметки").build());

    assertEquals(422, reply.status(), reply.body());
    assertEquals("Отметьте: зачтено или не зачтено.", reply.detail());
  }

  @Test
  void pointsOutsideZeroToMaxAre422AndBelowThePassMarkDoNotComplete() {
    long course = id(newCourse("БАЛЛЫ"));
    long section = addSection(course, "Практика");
    long assignment = addPoints(course, section, "План на месяц", 10, 6, true);
    publish(course);
    Learner learner = enrolledIn(course);
    long first = id(submit(learner, course, assignment, "План").json());

    Api.Reply negative = grade(first, points(-1));
    Api.Reply tooMany = grade(first, points(11));

    assertEquals(422, negative.status(), negative.body());
    assertEquals("Оценка — целое число баллов от 0 до 10.", negative.detail());
    assertEquals(422, tooMany.status(), tooMany.body());
    assertEquals(422, grade(first, Json.createObjectBuilder().add("passed", true).build()).status(), "points are needed");
    Api.Reply five = grade(first, points(5));
    assertEquals(200, five.status(), five.body());
    assertEquals(5, five.json().getInt("points"));
    assertFalse(five.json().getBoolean("passed"));
    assertEquals("ACTIVE", page(learner, course).getString("enrolment"));
    long second = id(submit(learner, course, assignment, "План, исправленный").json());
    Api.Reply ten = grade(second, points(10));
    assertEquals(200, ten.status(), ten.body());
    assertTrue(ten.json().getBoolean("passed"));
    assertEquals("COMPLETED", page(learner, course).getString("enrolment"));
  }

  @Test
  void learnerCannotReadAnotherLearnersSubmission() {
    Built b = build();
    Learner author = enrolledIn(b.course);
    Learner other = enrolledIn(b.course);
    long submission = id(submit(author, b.course, b.assignment, "Мой личный ответ").json());

    Api.Reply foreign = other.api().get("/api/grading/submissions/" + submission);
    Api.Reply own = author.api().get("/api/grading/submissions/" + submission);

    assertTrue(foreign.status() == 403 || foreign.status() == 404, foreign.status() + " " + foreign.body());
    assertFalse(foreign.body().contains("Мой личный ответ"), foreign.body());
    assertEquals(200, own.status(), own.body());
    assertEquals("Мой личный ответ", own.json().getString("text"));
  }

  @Test
  void learnerCannotSeeTheQueueOrGrade() {
    Built b = build();
    Learner learner = enrolledIn(b.course);
    long submission = id(submit(learner, b.course, b.assignment, "Ответ").json());

    assertEquals(403, learner.api().get("/api/grading?courseId=" + b.course).status());
    assertEquals(
        403,
        learner.api().post("/api/grading/submissions/" + submission + "/grade", passFail(true, null)).status());
    assertFalse(state(page(learner, b.course), b.assignment).getBoolean("completed"));
  }

  @Test
  void resubmittingAfterPassingIs409() {
    Built b = build();
    Learner learner = enrolledIn(b.course);
    long submission = id(submit(learner, b.course, b.assignment, "Ответ").json());
    assertEquals(200, grade(submission, passFail(true, null)).status());

    Api.Reply again = submit(learner, b.course, b.assignment, "Ещё один ответ");

    assertEquals(409, again.status(), again.body());
    assertEquals("Задание уже зачтено.", again.detail());
    assertEquals(1, learner.api().get("/api/learning/courses/" + b.course + "/submissions").array().size());
  }

  @Test
  void submittingToAPageIs422() {
    Built b = build();
    Learner learner = enrolledIn(b.course);

    Api.Reply reply = submit(learner, b.course, b.page1, "Ответ на страницу");

    assertEquals(422, reply.status(), reply.body());
    assertEquals("Ответ можно отправить только на задание.", reply.detail());
  }

  @Test
  void submittingWithoutBeingEnrolledIs403() {
    Built b = build();
    Learner stranger = CourseFixtures.newLearner();

    Api.Reply reply = submit(stranger, b.course, b.assignment, "Ответ");

    assertEquals(403, reply.status(), reply.body());
  }

  @Test
  void blankSubmissionIsRefused() {
    Built b = build();
    Learner learner = enrolledIn(b.course);

    Api.Reply reply = submit(learner, b.course, b.assignment, "   ");

    assertEquals(400, reply.status(), reply.body());
    assertTrue(queue(b.course).isEmpty());
  }

  @Test
  void fileSubmissionIsReadByTheGraderAndTheAuthorOnly() {
    Built b = build();
    Learner author = enrolledIn(b.course);
    Learner other = enrolledIn(b.course);
    byte[] pdf = CourseFixtures.pdf();

    Api.Reply submitted =
        author
            .api()
            .send(
                "POST",
                "/api/learning/courses/" + b.course + "/activities/" + b.assignment + "/submissions/file?fileName="
                    + ru.shibc.academy.it.Fixtures.url("Паспорт.pdf"),
                "application/pdf",
                pdf);

    assertEquals(201, submitted.status(), submitted.body());
    assertEquals("Паспорт.pdf", submitted.json().getString("fileName"));
    assertFalse(submitted.json().getBoolean("hasText"));
    long sid = id(submitted.json());
    String path = "/api/grading/submissions/" + sid + "/file";
    CourseFixtures.Download byGrader = CourseFixtures.download(CourseFixtures.token("methodologist"), path);
    assertEquals(200, byGrader.status(), byGrader.text());
    assertEquals("application/pdf", byGrader.header("Content-Type").orElse(""));
    org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, byGrader.bytes());
    assertEquals(200, CourseFixtures.download(author.token(), path).status());
    CourseFixtures.Download byOther = CourseFixtures.download(other.token(), path);
    assertTrue(byOther.status() == 403 || byOther.status() == 404, byOther.status() + " " + byOther.text());
    assertTrue(queue(b.course).stream().anyMatch(q -> q.getJsonNumber("submissionId").longValue() == sid && q.getString("fileName").equals("Паспорт.pdf")));
  }

  @Test
  void gradeWithAStaleVersionIs409() {
    Built b = build();
    Learner learner = enrolledIn(b.course);
    JsonObject submission = submit(learner, b.course, b.assignment, "Ответ").json();

    Api.Reply reply =
        grade(id(submission), Json.createObjectBuilder().add("passed", true).add("version", 99).build());

    assertEquals(409, reply.status(), reply.body());
    assertFalse(state(page(learner, b.course), b.assignment).getBoolean("completed"));
  }

  @Test
  void openingAnActivityOfAnotherCourseThroughOnesOwnIs404() {
    Built mine = build();
    Built other = build();
    Learner learner = enrolledIn(mine.course);

    Api.Reply reply = open(learner, mine.course, other.page1);

    assertEquals(404, reply.status(), reply.body());
    assertEquals(0, page(learner, mine.course).getInt("progressPercent"));
  }

  @Test
  void gradingASupersededSubmissionIs409AndTheLatestStaysToGrade() {
    Built b = build();
    Learner learner = enrolledIn(b.course);
    long first = id(submit(learner, b.course, b.assignment, "Первый вариант").json());
    long second = id(submit(learner, b.course, b.assignment, "Исправленный вариант").json());

    Api.Reply reply = grade(first, passFail(true, null));

    assertEquals(409, reply.status(), reply.body());
    assertFalse(state(page(learner, b.course), b.assignment).getBoolean("completed"));
    assertTrue(queue(b.course).stream().anyMatch(q -> q.getJsonNumber("submissionId").longValue() == second));
  }
}
