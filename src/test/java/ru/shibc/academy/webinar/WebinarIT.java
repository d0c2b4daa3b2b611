package ru.shibc.academy.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.webinar.WebinarFixtures.analytics;
import static ru.shibc.academy.webinar.WebinarFixtures.awaitMails;
import static ru.shibc.academy.webinar.WebinarFixtures.callback;
import static ru.shibc.academy.webinar.WebinarFixtures.count;
import static ru.shibc.academy.webinar.WebinarFixtures.email;
import static ru.shibc.academy.webinar.WebinarFixtures.form;
import static ru.shibc.academy.webinar.WebinarFixtures.id;
import static ru.shibc.academy.webinar.WebinarFixtures.mails;
import static ru.shibc.academy.webinar.WebinarFixtures.schedule;
import static ru.shibc.academy.webinar.WebinarFixtures.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.CourseFixtures.Learner;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.PageSession;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonDouble;

@ExtendWith(RunningAcademy.class)
class WebinarIT {

  private final Api methodologist = Api.as("methodologist");

  @Test
  void aPastStartOrABadLinkIsRefusedAndAnEditRaisesTheSequenceOfTheIcs() throws Exception {
    Api.Reply past = methodologist.post("/api/webinars",
        form("Вебинар в прошлом", Instant.now().minusSeconds(3600), 60).build());
    assertEquals(422, past.status(), past.body());
    assertTrue(past.body().contains("startsAt") && past.body().contains("прошло"), past.body());
    Api.Reply badUrl = methodologist.post("/api/webinars",
        form("Ссылка без схемы", Instant.now().plusSeconds(86400), 60).add("joinUrl", "javascript:alert(1)").build());
    assertEquals(422, badUrl.status(), badUrl.body());
    assertTrue(badUrl.body().contains("joinUrl"), badUrl.body());
    Api.Reply noCapacity = methodologist.post("/api/webinars",
        form("Без мест", Instant.now().plusSeconds(86400), 60).add("capacity", 0).build());
    assertEquals(422, noCapacity.status());
    Learner learner = CourseFixtures.newLearner();
    assertEquals(403, learner.api().post("/api/webinars",
        form("Не методист", Instant.now().plusSeconds(86400), 60).build()).status());

    Instant start = Instant.now().plusSeconds(3 * 86400);
    JsonObject w = schedule(form("Паспорт ШИБЦ: как заполнить", start, 60).add("capacity", 50)
        .add("roadmapItems", Json.createArrayBuilder().add("3.1")));
    long id = id(w);
    assertEquals(0, w.getInt("sequence"));
    VEvent first = event(learner, id);
    assertEquals("0", first.getProperty("SEQUENCE").get().getValue());
    String uid = first.getProperty("UID").get().getValue();

    Api.Reply edited = methodologist.put("/api/webinars/" + id,
        form("Паспорт ШИБЦ: как заполнить и защитить", start.plusSeconds(3600), 90).add("capacity", 50).build());
    assertEquals(200, edited.status(), edited.body());
    assertEquals(1, edited.json().getInt("sequence"));
    VEvent second = event(learner, id);
    assertEquals(uid, second.getProperty("UID").get().getValue(), "the UID never changes");
    assertEquals("1", second.getProperty("SEQUENCE").get().getValue());
    assertTrue(second.getProperty("SUMMARY").get().getValue().endsWith("и защитить"));

    Api.Reply editPast = methodologist.put("/api/webinars/" + id,
        form("Паспорт ШИБЦ", Instant.now().minusSeconds(60), 90).build());
    assertEquals(422, editPast.status());
    assertEquals(1, methodologist.get("/api/webinars/" + id).json().getInt("sequence"), "a refused edit changes nothing");

    assertEquals(200, methodologist.post("/api/webinars/" + id + "/cancel", "").status());
    VEvent cancelled = event(learner, id);
    assertEquals("CANCELLED", cancelled.getProperty("STATUS").get().getValue());
    assertEquals("2", cancelled.getProperty("SEQUENCE").get().getValue());
    assertEquals(409, learner.api().post("/api/webinars/" + id + "/registrations", "").status());
  }

  @Test
  void theWaitlistFillsFreedPlacesInOrderAndNobodyRegistersTwiceOrOutsideTheAudience() throws Exception {
    JsonObject school = CourseFixtures.newSchool();
    long schoolId = school.getJsonNumber("id").longValue();
    Learner a = CourseFixtures.newLearnerIn(schoolId);
    Learner b = CourseFixtures.newLearnerIn(schoolId);
    Learner c = CourseFixtures.newLearnerIn(schoolId);
    Learner outsider = CourseFixtures.newLearner();
    long id = id(schedule(form("Ретроввод фонда в АБИС", Instant.now().plusSeconds(5 * 86400), 60)
        .add("capacity", 2).add("audience", "SCHOOLS")
        .add("organisationIds", Json.createArrayBuilder().add(schoolId))));
    String path = "/api/webinars/" + id + "/registrations";

    assertEquals("REGISTERED", a.api().post(path, "").json().getString("status"));
    assertEquals("REGISTERED", b.api().post(path, "").json().getString("status"));
    assertEquals("WAITLISTED", c.api().post(path, "").json().getString("status"));
    Api.Reply twice = a.api().post(path, "");
    assertEquals(409, twice.status());
    assertTrue(twice.isProblem() && twice.detail().contains("уже зарегистрированы"), twice.body());
    Api.Reply outside = outsider.api().post(path, "");
    assertEquals(403, outside.status(), outside.body());
    assertEquals(1, a.api().get("/api/webinars").array().stream()
        .filter(v -> v.asJsonObject().getJsonNumber("id").longValue() == id).count(), "listed for its audience");
    assertEquals(0, outsider.api().get("/api/webinars").array().stream()
        .filter(v -> v.asJsonObject().getJsonNumber("id").longValue() == id).count(), "not for others");
    assertEquals(1, c.api().get("/api/webinars/" + id).json().getInt("myWaitlistPosition"));

    assertEquals(200, a.api().delete(path + "/me").status());
    JsonObject list = methodologist.get(path).json();
    assertEquals(2, list.getJsonArray("registered").size());
    assertEquals(0, list.getJsonArray("waitlist").size());
    assertEquals("REGISTERED", c.api().get("/api/webinars/" + id).json().getString("myRegistration"));
    assertEquals(1, awaitMails(email(c.personId()), "Место освободилось", 1, Duration.ofSeconds(30)).size(),
        "the promoted person is told by mail");

    // a methodologist cancels someone's place; a's renewed registration waits in line
    assertEquals("WAITLISTED", a.api().post(path, "").json().getString("status"));
    assertEquals(200, methodologist.delete(path + "/" + b.personId()).status());
    assertEquals("REGISTERED", a.api().get("/api/webinars/" + id).json().getString("myRegistration"));
  }

  @Test
  void thirtyAtOnceForTenPlacesMakeTenRegisteredAndTwentyWaiting() throws Exception {
    long id = id(schedule(form("Школьный пресс-центр на базе ШИБЦ", Instant.now().plusSeconds(6 * 86400), 60)
        .add("capacity", 10)));
    List<Learner> learners = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      learners.add(CourseFixtures.newLearner());
    }
    ExecutorService pool = Executors.newFixedThreadPool(30);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> replies = new ArrayList<>();
    for (Learner l : learners) {
      Callable<Integer> register = () -> {
        go.await();
        return l.api().post("/api/webinars/" + id + "/registrations", "").status();
      };
      replies.add(pool.submit(register));
    }
    go.countDown();
    for (Future<Integer> f : replies) {
      assertEquals(201, f.get());
    }
    pool.shutdown();
    JsonObject list = methodologist.get("/api/webinars/" + id + "/registrations").json();
    assertEquals(10, list.getJsonArray("registered").size());
    assertEquals(20, list.getJsonArray("waitlist").size());
    assertEquals(10, count("SELECT COUNT(*) FROM webinar_registrations WHERE webinar_id = ? AND status = 'REGISTERED'", id));
  }

  @Test
  void bigBlueButtonJoinEndAndFailuresThatChangeNothing() throws Exception {
    BigBlueButtonDouble bbb = RunningAcademy.bigBlueButton();
    Learner learner = CourseFixtures.newLearner();
    Learner stranger = CourseFixtures.newLearner();
    long later = id(schedule(form("Вебинар через три часа", Instant.now().plusSeconds(3 * 3600), 60)
        .add("provider", "BIGBLUEBUTTON").addNull("joinUrl")));
    learner.api().post("/api/webinars/" + later + "/registrations", "");
    Api.Reply early = learner.api().post("/api/webinars/" + later + "/join", "");
    assertEquals(409, early.status());
    assertTrue(early.detail().contains("Вход откроется"), early.body());

    long id = id(schedule(form("Проектная деятельность в ШИБЦ", Instant.now().plusSeconds(120), 60)
        .add("provider", "BIGBLUEBUTTON").addNull("joinUrl")));
    assertEquals(403, stranger.api().post("/api/webinars/" + id + "/join", "").status(), "not registered");
    learner.api().post("/api/webinars/" + id + "/registrations", "");

    bbb.misbehave(BigBlueButtonDouble.Misbehaviour.MALFORMED_XML);
    Api.Reply malformed = learner.api().post("/api/webinars/" + id + "/join", "");
    assertEquals(502, malformed.status(), malformed.body());
    assertTrue(malformed.isProblem() && malformed.detail().contains("непонятный ответ"), malformed.body());
    bbb.misbehave(BigBlueButtonDouble.Misbehaviour.NONE);

    Api.Reply join = learner.api().post("/api/webinars/" + id + "/join", "");
    assertEquals(200, join.status(), join.body());
    assertFalse(join.json().getBoolean("moderator"));
    String url = join.json().getString("url");
    assertTrue(url.contains("role=VIEWER") && url.contains("userID=" + learner.personId()), url);
    Api.Reply organiser = methodologist.post("/api/webinars/" + id + "/join", "");
    assertTrue(organiser.json().getBoolean("moderator"));
    assertTrue(organiser.json().getString("url").contains("role=MODERATOR"));
    String meetingId = methodologist.get("/api/webinars/" + id).json().getString("meetingId");
    assertTrue(bbb.knowsMeeting(meetingId), "created on the first join");
    bbb.join(meetingId, Long.toString(learner.personId()), "Участник", "VIEWER");

    assertEquals(403, methodologist.post("/api/webinars/poll", "").status(), "a test and admin trigger only");
    assertEquals(200, Api.as("admin").post("/api/webinars/poll", "").status());
    assertTrue(count("SELECT COUNT(*) FROM webinar_attendance WHERE webinar_id = ? AND person_id = ?"
        + " AND source = 'BBB_POLL'", id, learner.personId()) >= 1, "polling saw the learner in the meeting");

    bbb.misbehave(BigBlueButtonDouble.Misbehaviour.HTTP_500);
    Api.Reply failedEnd = methodologist.post("/api/webinars/" + id + "/end", "");
    assertEquals(502, failedEnd.status(), failedEnd.body());
    assertEquals("SCHEDULED", methodologist.get("/api/webinars/" + id).json().getString("status"), "nothing changed");
    bbb.misbehave(BigBlueButtonDouble.Misbehaviour.NONE);

    int callbacksBefore = bbb.callbackStatuses().size();
    Api.Reply ended = methodologist.post("/api/webinars/" + id + "/end", "");
    assertEquals(200, ended.status(), ended.body());
    assertEquals("ENDED", ended.json().getString("status"));
    List<Integer> statuses = bbb.awaitCallbacks(callbacksBefore + 1, Duration.ofSeconds(20));
    assertTrue(statuses.size() > callbacksBefore, "the double called back");
    assertEquals(200, statuses.get(callbacksBefore), "our endpoint took the signed analytics");
    assertEquals(1, count("SELECT COUNT(*) FROM webinar_attendance WHERE webinar_id = ? AND person_id = ?"
        + " AND source = 'BBB_CALLBACK'", id, learner.personId()));
    JsonObject sheet = methodologist.get("/api/webinars/" + id + "/attendance").json();
    assertEquals("BBB_CALLBACK", sheet.getJsonArray("current").getJsonObject(0).getString("source"),
        "the callback supersedes the polled row");
    assertEquals(409, learner.api().post("/api/webinars/" + id + "/join", "").status(), "over");
  }

  @Test
  void forgedAndReplayedCallbacksStoreNothingAndAttendanceCompletesTheCourseActivity() throws Exception {
    long course = CourseFixtures.id(CourseFixtures.newCourse("ВЕБ"));
    long section = CourseFixtures.addSection(course, "Вебинары");
    Api.Reply activity = CourseFixtures.postActivity(course,
        CourseFixtures.activity(section, "WEBINAR", "Вебинар: работа с фондом").add("required", true).build());
    assertEquals(201, activity.status(), activity.body());
    long activityId = CourseFixtures.id(activity.json());
    CourseFixtures.publish(course);
    Learner learner = CourseFixtures.newLearner();
    assertEquals(201, learner.api().post("/api/learning/courses/" + course + "/enrol", "").status());

    long id = id(schedule(form("Работа с фондом: списание и докомплектование", Instant.now().plusSeconds(120), 60)
        .add("provider", "BIGBLUEBUTTON").addNull("joinUrl")));
    learner.api().post("/api/webinars/" + id + "/registrations", "");
    Api.Reply link = methodologist.put("/api/webinars/" + id + "/activity",
        Json.createObjectBuilder().add("activityId", activityId).add("completionMinutes", 45).build());
    assertEquals(200, link.status(), link.body());
    String meetingId = methodologist.get("/api/webinars/" + id).json().getString("meetingId");

    String shortStay = analytics(meetingId, meetingId + "-1", learner.personId(), Instant.now().minusSeconds(4000), 30);
    Api.Reply forged = callback("Bearer " + token("not-the-secret", Instant.now().plusSeconds(3600)), shortStay);
    assertEquals(401, forged.status(), forged.body());
    assertEquals(401, callback(null, shortStay).status());
    assertEquals(0, count("SELECT COUNT(*) FROM webinar_attendance WHERE webinar_id = ?", id), "nothing stored");
    assertEquals(0, count("SELECT COUNT(*) FROM webinar_callbacks WHERE webinar_id = ?", id));

    String bearer = "Bearer " + token(BigBlueButtonDouble.DEFAULT_SECRET, Instant.now().plusSeconds(3600));
    assertEquals(403, callback(bearer, analytics("no-such-meeting", "x-1", learner.personId(), Instant.now(), 5)).status());
    Api.Reply taken = callback(bearer, shortStay);
    assertEquals(200, taken.status(), taken.body());
    assertEquals(30, learner.api().get("/api/webinars/" + id + "/attendance/me").json().getInt("minutes"));
    assertEquals(0, completions(activityId, learner.personId()), "30 minutes are not 45");

    Api.Reply replay = callback(bearer, shortStay);
    assertEquals(409, replay.status(), replay.body());
    assertEquals(1, count("SELECT COUNT(*) FROM webinar_attendance WHERE webinar_id = ?", id), "a replay adds nothing");

    // a second session of the meeting (a new internal id) is new evidence
    String longStay = analytics(meetingId, meetingId + "-2", learner.personId(), Instant.now().minusSeconds(3600), 50);
    assertEquals(200, callback(bearer, longStay).status());
    assertEquals(50, learner.api().get("/api/webinars/" + id + "/attendance/me").json().getInt("minutes"));
    assertEquals(1, completions(activityId, learner.personId()), "attending 50 of 45 minutes completes the activity");
    assertEquals(1, count("SELECT COUNT(*) FROM enrolments WHERE course_id = ? AND person_id = ? AND status = 'COMPLETED'",
        course, learner.personId()), "its only required activity: the course is completed");

    // the course page shows the linked webinar and leads to it
    String password = "Library-Pass-" + Fixtures.token();
    assertEquals(200, Fixtures.saveAccount(learner.personId(), learner.username(), password, "LEARNER").status());
    String page = PageSession.signIn(learner.username(), password)
        .get("/courses/course.xhtml?id=" + course + "&open=" + activityId).body();
    assertTrue(page.contains("Работа с фондом: списание и докомплектование"), page);
    assertTrue(page.contains("/webinars/webinar.xhtml?id=" + id), "a link to the webinar's page");
    assertTrue(page.contains("не менее 45"), "the minutes that complete the activity");
  }

  @Test
  void correctionsAreNewRowsWithAReasonAndTheLatestCounts() throws Exception {
    Learner learner = CourseFixtures.newLearner();
    long id = id(schedule(form("Библиотечный урок: каталог и поиск", Instant.now().plusSeconds(4), 60)));
    learner.api().post("/api/webinars/" + id + "/registrations", "");
    String path = "/api/webinars/" + id + "/attendance";
    Thread.sleep(5000);

    Api.Reply marked = methodologist.post(path, Json.createObjectBuilder()
        .add("personId", learner.personId()).add("minutes", 40).build());
    assertEquals(201, marked.status(), marked.body());
    assertEquals("MARKED", marked.json().getString("source"));
    Api.Reply noReason = methodologist.post(path, Json.createObjectBuilder()
        .add("personId", learner.personId()).add("minutes", 55).build());
    assertEquals(422, noReason.status());
    assertTrue(noReason.detail().contains("причины"), noReason.body());
    Api.Reply tooMany = methodologist.post(path, Json.createObjectBuilder()
        .add("personId", learner.personId()).add("minutes", 100000).add("reason", "опечатка").build());
    assertEquals(422, tooMany.status());
    assertEquals(403, learner.api().post(path, Json.createObjectBuilder()
        .add("personId", learner.personId()).add("minutes", 60).add("reason", "я был").build()).status());

    Api.Reply corrected = methodologist.post(path, Json.createObjectBuilder()
        .add("personId", learner.personId()).add("minutes", 55)
        .add("reason", "Подключалась с телефона коллеги, подтверждено скриншотом").build());
    assertEquals(201, corrected.status(), corrected.body());
    assertEquals("CORRECTION", corrected.json().getString("source"));
    assertEquals(marked.json().getJsonNumber("id").longValue(), corrected.json().getJsonNumber("supersedesId").longValue());

    JsonObject sheet = methodologist.get(path).json();
    assertEquals(1, sheet.getJsonArray("current").size());
    assertEquals(55, sheet.getJsonArray("current").getJsonObject(0).getInt("minutes"));
    assertEquals(2, sheet.getJsonArray("history").size(), "the first mark is kept as evidence");
    assertEquals(40, sheet.getJsonArray("history").getJsonObject(0).getInt("minutes"));
    assertEquals(55, learner.api().get("/api/webinars/" + id).json().getInt("myMinutes"));
    assertTrue(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'webinar.attendance.correction'"
        + " AND entity_type = 'webinar_attendance'") >= 1, "the correction is audited");

    Api.Reply recording = methodologist.post("/api/webinars/" + id + "/recordings",
        Json.createObjectBuilder().add("url", "https://rutube.ru/video/0123456789abcdef0123456789abcdef/").build());
    assertEquals(201, recording.status(), recording.body());
    assertEquals(422, methodologist.post("/api/webinars/" + id + "/recordings",
        Json.createObjectBuilder().add("url", "ftp://example.ru/x").build()).status());
    assertEquals(1, learner.api().get("/api/webinars/" + id + "/recordings").array().size(), "shown to registrants");
  }

  @Test
  void eachReminderIsSentExactlyOnceHoweverManyRunsRaceForIt() throws Exception {
    Learner learner = CourseFixtures.newLearner();
    String to = email(learner.personId());
    long id = id(schedule(form("Неделя безопасного интернета в ШИБЦ", Instant.now().plusSeconds(3 * 3600), 60)));
    assertEquals(201, learner.api().post("/api/webinars/" + id + "/registrations", "").status());
    assertEquals(1, awaitMails(to, "Вы зарегистрированы", 1, Duration.ofSeconds(30)).size());

    Api admin = Api.as("admin");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(pool.submit(() -> {
        go.await();
        return admin.post("/api/webinars/reminders", "").json().getInt("count");
      }));
    }
    go.countDown();
    int queued = 0;
    for (Future<Integer> f : runs) {
      queued += f.get();
    }
    pool.shutdown();
    assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key = ?",
        "webinar:" + id + ":reminder-24h:" + learner.personId() + ":0"), "one outbox row for the reminder");
    assertTrue(queued <= 1, "at most one run queued it (the timer may have been first)");
    awaitMails(to, "Завтра", 1, Duration.ofSeconds(30));
    Thread.sleep(3000); // time for a duplicate to arrive, if one were queued
    List<jakarta.mail.internet.MimeMessage> reminders = mails(to, "Завтра");
    assertEquals(1, reminders.size(), "exactly one 24-hour reminder");
    String content = text(reminders.get(0));
    assertTrue(content.contains("/webinars/webinar.xhtml?id=" + id), "the join page link");
    assertTrue(content.contains("BEGIN:VCALENDAR"), "the .ics attached");
  }

  private static long completions(long activityId, long personId) {
    return count("SELECT COUNT(*) FROM activity_completions WHERE activity_id = ? AND person_id = ?", activityId, personId);
  }

  private static VEvent event(Learner learner, long id) throws Exception {
    CourseFixtures.Download ics = CourseFixtures.download(learner.token(), "/api/webinars/" + id + "/calendar.ics");
    assertEquals(200, ics.status(), ics.text());
    assertTrue(ics.header("Content-Type").orElse("").startsWith("text/calendar"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.text()));
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertNotNull(event.getProperty("DTSTAMP").orElse(null));
    assertTrue(calendar.getComponent("VTIMEZONE").isPresent(), "the time zone is defined");
    return event;
  }

  private static String text(jakarta.mail.internet.MimeMessage m) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    m.writeTo(out);
    String raw = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) m.getContent();
    StringBuilder all = new StringBuilder(raw);
    for (int i = 0; i < parts.getCount(); i++) {
      Object content = parts.getBodyPart(i).getContent();
      all.append(content instanceof String s ? s : new String(((java.io.InputStream) content).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
    return all.toString();
  }
}
