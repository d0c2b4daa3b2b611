package ru.shibc.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Courses, sections, activities and learners for the course tests: every course has a unique
 * short name, every learner is a new person whose state no other test touches.
 */
public final class CourseFixtures {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private CourseFixtures() {}

  /** Whether a field is missing or null: JSON-B leaves null fields out. */
  public static boolean absent(JsonObject o, String field) {
    return !o.containsKey(field) || o.isNull(field);
  }

  public static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  /** A unique short name of at most 60 characters: the prefix and a unique token. */
  public static String shortName(String prefix) {
    return prefix + "-" + Fixtures.token();
  }

  /** A valid seminar form (8 hours, distance, self-enrolment), to adjust before sending. */
  public static JsonObjectBuilder courseForm(String shortName) {
    return Json.createObjectBuilder()
        .add("title", "Тестовый курс " + shortName)
        .add("shortName", shortName)
        .add("annotation", "Курс для проверки")
        .add("category", "Семинары")
        .add("programmeType", "SEMINAR")
        .add("academicHours", 8)
        .add("form", "DISTANCE")
        .add("selfEnrolment", true);
  }

  /** Creates a draft course as the methodologist; answers its summary. */
  public static JsonObject newCourse(JsonObjectBuilder form) {
    Api.Reply created = methodologist().post("/api/courses", form.build());
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  public static JsonObject newCourse(String prefix) {
    return newCourse(courseForm(shortName(prefix)));
  }

  public static long addSection(long courseId, String title) {
    Api.Reply reply =
        methodologist()
            .post("/api/courses/" + courseId + "/sections", Json.createObjectBuilder().add("title", title).build());
    assertEquals(201, reply.status(), reply.body());
    return id(reply.json());
  }

  public static Api.Reply postActivity(long courseId, JsonObject form) {
    return methodologist().post("/api/courses/" + courseId + "/activities", form);
  }

  public static JsonObjectBuilder activity(long sectionId, String kind, String title) {
    return Json.createObjectBuilder().add("sectionId", sectionId).add("kind", kind).add("title", title);
  }

  private static long add(long courseId, JsonObjectBuilder form) {
    Api.Reply reply = postActivity(courseId, form.build());
    assertEquals(201, reply.status(), reply.body());
    return id(reply.json());
  }

  public static long addPage(long courseId, long sectionId, String title, boolean required) {
    return add(
        courseId,
        activity(sectionId, "PAGE", title).add("required", required).add("body", "<p>Текст страницы «" + title + "».</p>"));
  }

  public static long addLink(long courseId, long sectionId, String title, String url, boolean required) {
    return add(courseId, activity(sectionId, "LINK", title).add("required", required).add("url", url));
  }

  public static long addFile(long courseId, long sectionId, String title, boolean required) {
    return add(courseId, activity(sectionId, "FILE", title).add("required", required));
  }

  public static long addPassFail(long courseId, long sectionId, String title, boolean required) {
    return add(
        courseId,
        activity(sectionId, "ASSIGNMENT", title)
            .add("required", required)
            .add("grading", "PASS_FAIL")
            .add("body", "<p>Опишите, как организован фонд вашей библиотеки.</p>"));
  }

  public static long addPoints(long courseId, long sectionId, String title, int max, int pass, boolean required) {
    return add(
        courseId,
        activity(sectionId, "ASSIGNMENT", title)
            .add("required", required)
            .add("grading", "POINTS")
            .add("maxPoints", max)
            .add("passPoints", pass)
            .add("body", "<p>Составьте план работы на месяц.</p>"));
  }

  public static Api.Reply setStatus(long courseId, String status) {
    return setStatusAs(methodologist(), courseId, status);
  }

  public static Api.Reply setStatusAs(Api api, long courseId, String status) {
    return api
        .put("/api/courses/" + courseId + "/status", Json.createObjectBuilder().add("status", status).build());
  }

  public static void publish(long courseId) {
    Api.Reply reply = setStatus(courseId, "PUBLISHED");
    assertEquals(200, reply.status(), reply.body());
    assertEquals("PUBLISHED", reply.json().getString("status"));
  }

  /** A published self-enrolment course with one section and one required page. */
  public static long publishedCourse(String prefix) {
    long course = id(newCourse(prefix));
    long section = addSection(course, "Раздел 1");
    addPage(course, section, "Вводная страница", true);
    publish(course);
    return course;
  }

  /** A new learner (a person with a LEARNER account) and an API client signed in as them. */
  public record Learner(long personId, String username, String token, Api api) {}

  public static Learner newLearner() {
    return learnerOf(Fixtures.newPerson());
  }

  /** A new learner on the staff of the given organisation. */
  public static Learner newLearnerIn(long organisationId) {
    Api.Reply created = Api.as("admin").post("/api/people", Fixtures.personForm(organisationId).build());
    assertEquals(201, created.status(), created.body());
    return learnerOf(created.json());
  }

  private static Learner learnerOf(JsonObject person) {
    long personId = id(person);
    String username = "it.c" + Fixtures.token();
    String password = "Library-Pass-" + Fixtures.token();
    Api.Reply account = Fixtures.saveAccount(personId, username, password, "LEARNER");
    assertEquals(200, account.status(), account.body());
    String token = Api.login(username, password);
    return new Learner(personId, username, token, Api.withToken(token));
  }

  /** A new school of the test's own, so that "its whole staff" is only whom the test put there. */
  public static JsonObject newSchool() {
    String token = Fixtures.token();
    Api.Reply created =
        Api.as("admin")
            .post(
                "/api/organisations",
                Json.createObjectBuilder()
                    .add("kind", "SCHOOL")
                    .add("name", "Муниципальная школа курсов " + token)
                    .add("shortName", "Школа курсов " + token)
                    .build());
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  public static Api methodologist() {
    return Api.withToken(token("methodologist"));
  }

  /** A demo user's token (password "demo"), kept for the run. */
  public static String token(String username) {
    return TOKENS.computeIfAbsent(username, u -> Api.login(u, Api.DEMO_PASSWORD));
  }

  /** A raw answer: status, headers and bytes, for downloads. */
  public record Download(int status, HttpResponse<byte[]> response) {

    public byte[] bytes() {
      return response.body();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    public String text() {
      return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** GET with a bearer token, answering bytes and headers. */
  public static Download download(String token, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", "ru")
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** PUT of a file activity's file, as the methodologist. */
  public static Api.Reply uploadFile(long courseId, long activityId, String fileName, byte[] data) {
    return methodologist()
        .send(
            "PUT",
            "/api/courses/" + courseId + "/activities/" + activityId + "/file?fileName=" + Fixtures.url(fileName).replace("+", "%20"),
            "application/octet-stream",
            data);
  }

  /** A tiny but well-formed PDF. */
  public static byte[] pdf() {
    String body =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return body.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** The first eight bytes of a PNG, and a little more. */
  public static byte[] png() {
    byte[] data = new byte[64];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(signature, 0, data, 0, signature.length);
    return data;
  }

  /** An activity of GET /api/courses/{id}, wherever it is. */
  public static JsonObject activityOf(JsonObject structure, long activityId) {
    return structure.getJsonArray("sections").stream()
        .flatMap(s -> s.asJsonObject().getJsonArray("activities").stream())
        .map(JsonValue::asJsonObject)
        .filter(a -> id(a) == activityId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no activity " + activityId + " in " + structure));
  }

  public static JsonObject structure(long courseId) {
    Api.Reply reply = methodologist().get("/api/courses/" + courseId);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }
}
