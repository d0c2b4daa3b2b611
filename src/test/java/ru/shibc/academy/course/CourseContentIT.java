package ru.shibc.academy.course;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CourseFixtures.activity;
import static ru.shibc.academy.it.CourseFixtures.activityOf;
import static ru.shibc.academy.it.CourseFixtures.addFile;
import static ru.shibc.academy.it.CourseFixtures.addPage;
import static ru.shibc.academy.it.CourseFixtures.addSection;
import static ru.shibc.academy.it.CourseFixtures.id;
import static ru.shibc.academy.it.CourseFixtures.newCourse;
import static ru.shibc.academy.it.CourseFixtures.structure;
import static ru.shibc.academy.it.CourseFixtures.uploadFile;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class CourseContentIT {

  private static final long MAX_BYTES = 20L * 1024 * 1024;

  private final Api methodologist = Api.as("methodologist");

  /** A draft course with one section; answers {course, section}. */
  private static long[] courseWithSection() {
    long course = id(newCourse("СОДЕРЖ"));
    return new long[] {course, addSection(course, "Раздел")};
  }

  private static void assertProblem(int status, Api.Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  private static int activityCount(long course) {
    return structure(course).getJsonArray("sections").stream()
        .mapToInt(s -> s.asJsonObject().getJsonArray("activities").size())
        .sum();
  }

  @Test
  void pageIsStoredWithoutScriptsEventHandlersOrJavascriptLinks() {
    long[] c = courseWithSection();

    Api.Reply created =
        CourseFixtures.postActivity(
            c[0],
            activity(c[1], "PAGE", "Опасная страница")
                .add("body", "<script>alert(1)</script><p onclick=\"x()\">Текст</p><a href=\"javascript:alert(1)\">ссылка</a>")
                .build());

    assertEquals(201, created.status(), created.body());
    String body = activityOf(structure(c[0]), id(created.json())).getString("body");
    assertFalse(body.toLowerCase().contains("script"), body);
    assertFalse(body.toLowerCase().contains("onclick"), body);
    assertFalse(body.toLowerCase().contains("javascript:"), body);
    assertFalse(body.contains("alert"), body);
    assertTrue(body.contains("<p>Текст</p>"), body);
    assertTrue(body.contains("ссылка"), body);
  }

  @Test
  void safeLinksKeepTheirAddressAndOpenSafely() {
    long[] c = courseWithSection();

    Api.Reply created =
        CourseFixtures.postActivity(
            c[0],
            activity(c[1], "PAGE", "Страница со ссылкой")
                .add("body", "<p><a href=\"https://zarechye-edu.ru/\" target=\"_blank\">сайт</a></p>")
                .build());

    assertEquals(201, created.status(), created.body());
    String body = activityOf(structure(c[0]), id(created.json())).getString("body");
    assertTrue(body.contains("href=\"https://zarechye-edu.ru/\""), body);
    assertTrue(body.contains("rel=\"noopener noreferrer\""), body);
  }

  @Test
  void pageWithOnlyAScriptIs422() {
    long[] c = courseWithSection();

    Api.Reply reply =
        CourseFixtures.postActivity(
            c[0], activity(c[1], "PAGE", "Только скрипт").add("body", "<script>alert('Текст')</script>").build());

    assertProblem(422, reply);
    assertEquals("Страница не может быть пустой.", reply.detail());
    assertEquals(0, activityCount(c[0]));
  }

  @Test
  void editingAPageIsSanitisedToo() {
    long[] c = courseWithSection();
    long page = addPage(c[0], c[1], "Страница", true);

    Api.Reply updated =
        methodologist.put(
            "/api/courses/" + c[0] + "/activities/" + page,
            activity(c[1], "PAGE", "Страница").add("body", "<p onmouseover=\"steal()\">Новый текст</p><script>x()</script>").build());

    assertEquals(200, updated.status(), updated.body());
    String body = activityOf(structure(c[0]), page).getString("body");
    assertEquals("<p>Новый текст</p>", body);
  }

  @Test
  void linkToJavascriptOrFtpIs422() {
    long[] c = courseWithSection();

    Api.Reply javascript =
        CourseFixtures.postActivity(c[0], activity(c[1], "LINK", "Скрипт").add("url", "javascript:alert(1)").build());
    Api.Reply ftp = CourseFixtures.postActivity(c[0], activity(c[1], "LINK", "FTP").add("url", "ftp://x").build());
    Api.Reply none = CourseFixtures.postActivity(c[0], activity(c[1], "LINK", "Без адреса").build());

    assertProblem(422, javascript);
    assertEquals("Нужен адрес, начинающийся с http:// или https://.", javascript.detail());
    assertProblem(422, ftp);
    assertProblem(422, none);
    assertEquals(0, activityCount(c[0]));
  }

  @Test
  void unknownActivityKindIs422() {
    long[] c = courseWithSection();

    Api.Reply reply = CourseFixtures.postActivity(c[0], activity(c[1], "SCORM", "Пакет").build());

    assertProblem(422, reply);
    assertEquals("Неизвестный вид элемента курса: SCORM.", reply.detail());
  }

  @Test
  void pngNamedPdfIs422ForTheMismatchedExtension() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Файл", true);

    Api.Reply reply = uploadFile(c[0], file, "картинка.pdf", CourseFixtures.png());

    assertProblem(422, reply);
    assertEquals("Расширение файла «картинка.pdf» не соответствует его содержимому.", reply.detail());
    assertTrue(CourseFixtures.absent(activityOf(structure(c[0]), file), "file"));
  }

  @Test
  void executableNamedPdfIs422() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Файл", true);
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';

    Api.Reply reply = uploadFile(c[0], file, "программа.pdf", exe);

    assertProblem(422, reply);
    assertTrue(reply.detail().startsWith("Файл «программа.pdf» не принимается"), reply.detail());
    assertTrue(CourseFixtures.absent(activityOf(structure(c[0]), file), "file"));
  }

  @Test
  void emptyFileIs422() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Файл", true);

    Api.Reply reply = uploadFile(c[0], file, "пустой.pdf", new byte[0]);

    assertProblem(422, reply);
    assertEquals("Файл пуст.", reply.detail());
  }

  @Test
  void fileOneByteOverTwentyMegabytesIs422() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Файл", true);
    byte[] big = Arrays.copyOf(CourseFixtures.pdf(), (int) MAX_BYTES + 1);

    Api.Reply reply = uploadFile(c[0], file, "большой.pdf", big);

    assertProblem(422, reply);
    assertEquals("Файл больше 20 МБ.", reply.detail());
    assertTrue(CourseFixtures.absent(activityOf(structure(c[0]), file), "file"));
  }

  @Test
  void fileOfExactlyTwentyMegabytesIsAccepted() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Файл", true);
    byte[] big = Arrays.copyOf(CourseFixtures.pdf(), (int) MAX_BYTES);

    Api.Reply reply = uploadFile(c[0], file, "ровно20.pdf", big);

    assertEquals(200, reply.status(), reply.body());
    assertEquals(MAX_BYTES, reply.json().getJsonNumber("size").longValue());
  }

  @Test
  void fileCannotBeAttachedToAPage() {
    long[] c = courseWithSection();
    long page = addPage(c[0], c[1], "Страница", true);

    Api.Reply reply = uploadFile(c[0], page, "памятка.pdf", CourseFixtures.pdf());

    assertProblem(422, reply);
    assertEquals("Файл можно прикрепить только к элементу «Файл».", reply.detail());
  }

  @Test
  void enrolledLearnerDownloadsTheFileWithItsTypeAndCyrillicName() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Памятка", true);
    byte[] text = "Памятка: выдача учебников по графику.\n".getBytes(StandardCharsets.UTF_8);
    Api.Reply uploaded = uploadFile(c[0], file, "Памятка библиотекарю.txt", text);
    assertEquals(200, uploaded.status(), uploaded.body());
    CourseFixtures.publish(c[0]);
    CourseFixtures.Learner learner = CourseFixtures.newLearner();
    assertEquals(201, learner.api().post("/api/learning/courses/" + c[0] + "/enrol", "").status());

    CourseFixtures.Download download =
        CourseFixtures.download(learner.token(), "/api/learning/courses/" + c[0] + "/activities/" + file + "/file");

    assertEquals(200, download.status(), download.text());
    assertArrayEquals(text, download.bytes());
    String type = download.header("Content-Type").orElse("");
    assertTrue(type.startsWith("text/plain"), type);
    assertTrue(type.toLowerCase().contains("charset=utf-8"), type);
    String disposition = download.header("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment"), disposition);
    assertTrue(
        disposition.contains(
            "filename*=UTF-8''%D0%9F%D0%B0%D0%BC%D1%8F%D1%82%D0%BA%D0%B0%20"
                + "%D0%B1%D0%B8%D0%B1%D0%BB%D0%B8%D0%BE%D1%82%D0%B5%D0%BA%D0%B0%D1%80%D1%8E.txt"),
        disposition);
    assertEquals("nosniff", download.header("X-Content-Type-Options").orElse(""));
    // Downloading counts as opening the file: it is completed.
    JsonObject page = learner.api().get("/api/learning/courses/" + c[0]).json();
    assertEquals(100, page.getInt("progressPercent"), page.toString());
  }

  @Test
  void learnerWhoIsNotEnrolledCannotDownloadTheFile() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Памятка", true);
    assertEquals(200, uploadFile(c[0], file, "памятка.pdf", CourseFixtures.pdf()).status());
    CourseFixtures.publish(c[0]);
    CourseFixtures.Learner stranger = CourseFixtures.newLearner();

    CourseFixtures.Download download =
        CourseFixtures.download(stranger.token(), "/api/learning/courses/" + c[0] + "/activities/" + file + "/file");

    assertEquals(403, download.status(), download.text());
  }

  @Test
  void downloadNameIsEncodedWithOnlyTheCharactersRfc5987Allows() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Шаблон", true);
    String name = "План (черновик) *2025*.txt";
    assertEquals(200, uploadFile(c[0], file, name, "План работы\n".getBytes(StandardCharsets.UTF_8)).status());

    CourseFixtures.Download download =
        CourseFixtures.download(
            CourseFixtures.token("methodologist"), "/api/learning/courses/" + c[0] + "/activities/" + file + "/file");

    assertEquals(200, download.status(), download.text());
    String disposition = download.header("Content-Disposition").orElse("");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("filename\\*=UTF-8''(\\S+)").matcher(disposition);
    assertTrue(m.find(), disposition);
    String encoded = m.group(1).replaceAll(";$", "");
    // RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~", and %XX
    assertTrue(encoded.matches("(?:[A-Za-z0-9!#$&+.^_`|~-]|%[0-9A-F]{2})+"), encoded);
    assertEquals(name, java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
  }

  @Test
  void uploadingToAnActivityOfAnotherCourseIs404() {
    long[] mine = courseWithSection();
    long[] other = courseWithSection();
    long file = addFile(other[0], other[1], "Чужой файл", true);

    Api.Reply reply = uploadFile(mine[0], file, "памятка.pdf", CourseFixtures.pdf());

    assertProblem(404, reply);
    assertTrue(CourseFixtures.absent(activityOf(structure(other[0]), file), "file"));
  }

  @Test
  void replacingTheFileKeepsOnlyTheNewOne() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Памятка", true);
    assertEquals(200, uploadFile(c[0], file, "старая.pdf", CourseFixtures.pdf()).status());
    byte[] text = "Новая редакция".getBytes(StandardCharsets.UTF_8);

    Api.Reply replaced = uploadFile(c[0], file, "новая.txt", text);

    assertEquals(200, replaced.status(), replaced.body());
    assertEquals("новая.txt", replaced.json().getString("fileName"), replaced.body());
    assertTrue(replaced.json().getString("contentType").startsWith("text/plain"), replaced.body());
    assertEquals(text.length, replaced.json().getJsonNumber("size").longValue(), replaced.body());
    JsonObject view = activityOf(structure(c[0]), file).getJsonObject("file");
    assertEquals("новая.txt", view.getString("fileName"));
    assertEquals(text.length, view.getJsonNumber("size").longValue());
    CourseFixtures.Download download =
        CourseFixtures.download(
            CourseFixtures.token("methodologist"), "/api/learning/courses/" + c[0] + "/activities/" + file + "/file");
    assertArrayEquals(text, download.bytes());
    assertTrue(download.header("Content-Type").orElse("").startsWith("text/plain"), download.header("Content-Type").toString());
    assertTrue(download.header("Content-Disposition").orElse("").contains(".txt"), download.header("Content-Disposition").toString());
  }

  @Test
  void downloadingAFileThatIsNotThereDoesNotCompleteTheActivity() {
    long[] c = courseWithSection();
    long file = addFile(c[0], c[1], "Памятка, ещё не загружена", true);
    addPage(c[0], c[1], "Страница", true);
    CourseFixtures.publish(c[0]);
    CourseFixtures.Learner learner = CourseFixtures.newLearner();
    assertEquals(201, learner.api().post("/api/learning/courses/" + c[0] + "/enrol", "").status());

    CourseFixtures.Download download =
        CourseFixtures.download(learner.token(), "/api/learning/courses/" + c[0] + "/activities/" + file + "/file");

    assertEquals(404, download.status(), download.text());
    JsonObject page = learner.api().get("/api/learning/courses/" + c[0]).json();
    assertEquals(0, page.getInt("progressPercent"), page.toString());
    assertEquals(file, page.getJsonNumber("nextActivityId").longValue(), page.toString());
  }
}
