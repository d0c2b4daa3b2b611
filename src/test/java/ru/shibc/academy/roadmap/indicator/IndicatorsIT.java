package ru.shibc.academy.roadmap.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.RunningAcademy;

/**
 * Each indicator against fixtures counted by hand. The fixtures live in the second quarter of 2012
 * (1 April – 30 June, Yekaterinburg time, which was UTC+6 from 2011 to 2014: so the
 * quarter is 2012-03-31T18:00Z to 2012-06-30T18:00Z), long before any demo data (from 2019), so every
 * count in that quarter is exactly what is written here. Only the district-wide denominators (all
 * schools, all school staff) include the demo district and other tests' data; they are read back
 * from the database and the share checked against them.
 */
@ExtendWith(RunningAcademy.class)
class IndicatorsIT {

  private static final String Q2 = "?year=2012&quarter=2";

  private static long schoolA;
  private static long schoolB;
  private static long schoolC;
  private static long schoolD;
  private static long roadmap;
  private static long manualItem;
  private static String nameA;
  private static String nameB;

  @BeforeAll
  static void fixtures() {
    try (IndicatorDb db = new IndicatorDb()) {
      // Schools. Stages count from the day they were reached: C reaches its stage after Q2.
      schoolA = db.school("PILOT", "2012-03-01");
      schoolB = db.school("ROLLOUT_FIRST", "2012-05-10");
      schoolC = db.school("ROLLOUT_SECOND", "2012-09-01");
      schoolD = db.school(null, null);
      long office = db.office();
      long a1 = db.person(schoolA);
      long a2 = db.person(schoolA);
      long a3 = db.person(schoolA);
      long a4 = db.person(schoolA);
      long b1 = db.person(schoolB);
      long b2 = db.person(schoolB);
      long c1 = db.person(schoolC);
      long m1 = db.person(office);

      // 4.1: a1 (two certificates, one person), a2 (REPLACED still proves the training), a4 (16 h
      // elsewhere) = 3. Not: a3 revoked, b1 8 h elsewhere and a reissue, b2 on 1 July, c1 on
      // 31 March, m1 not school staff.
      db.certificate(a1, schoolA, "2012-04-10", "VALID", "COMPLETION");
      db.certificate(a1, schoolA, "2012-05-01", "VALID", "MANUAL");
      db.certificate(a2, schoolA, "2012-06-30", "REPLACED", "COMPLETION");
      db.certificate(a3, schoolA, "2012-05-05", "REVOKED", "COMPLETION");
      db.externalTraining(a4, "2012-04-20", 16);
      db.externalTraining(b1, "2012-05-01", 8);
      db.certificate(b1, schoolB, "2012-06-01", "VALID", "REISSUE");
      db.certificate(b2, schoolB, "2012-07-01", "VALID", "COMPLETION");
      db.certificate(c1, schoolC, "2012-03-31", "VALID", "COMPLETION");
      db.certificate(m1, office, "2012-05-01", "VALID", "COMPLETION");

      // 4.2: passed (person, quiz) pairs: a1·Q1 (twice, once), a1·Q2, b1·Q1 (23:30 on 30 June
      // district time), m1·Q1 = 4, by 3 people. Not: b1's failed try, b2 at 00:30 on 1 July
      // district time, c1 still in progress.
      long k1 = db.course("PUBLISHED");
      long q1 = db.quiz(k1);
      long q2 = db.quiz(k1);
      db.attempt(q1, k1, a1, 1, "FINISHED", true, "2012-04-05 10:00:00");
      db.attempt(q1, k1, a1, 2, "FINISHED", true, "2012-05-05 10:00:00");
      db.attempt(q2, k1, a1, 1, "FINISHED", true, "2012-05-06 10:00:00");
      db.attempt(q1, k1, b1, 1, "FINISHED", false, "2012-04-07 10:00:00");
      db.attempt(q1, k1, b1, 2, "FINISHED", true, "2012-06-30 17:30:00");
      db.attempt(q1, k1, b2, 1, "FINISHED", true, "2012-06-30 18:30:00");
      db.attempt(q1, k1, c1, 1, "IN_PROGRESS", null, null);
      db.attempt(q1, k1, m1, 1, "FINISHED", true, "2012-05-01 10:00:00");

      // 6.3: K1 (a1 enrolled in April) and archived K2 (a3 completed in May) = 2. Not: a draft, a
      // withdrawn enrolment, an enrolment of July; a2's enrolment of January counts for nothing.
      db.enrolment(k1, a1, "COMPLETED", "2012-04-02 08:00:00", "2012-06-01 08:00:00");
      db.enrolment(k1, a2, "ACTIVE", "2012-01-10 08:00:00", null);
      long k2 = db.course("ARCHIVED");
      db.enrolment(k2, a3, "COMPLETED", "2012-01-10 08:00:00", "2012-05-20 08:00:00");
      db.enrolment(db.course("DRAFT"), a4, "ACTIVE", "2012-05-01 08:00:00", null);
      db.enrolment(db.course("PUBLISHED"), b1, "WITHDRAWN", "2012-05-01 08:00:00", null);
      db.enrolment(db.course("PUBLISHED"), b2, "ACTIVE", "2012-07-01 08:00:00", null);

      // 3.1 webinars: W1 ended, W2 never marked ended but past, W4 at 01:00 on 1 April district
      // time = 3. Not: W3 cancelled, W5 at 01:00 on 1 July district time.
      long w1 = db.webinar("WEBINAR", "ENDED", "2012-04-10 10:00:00", m1);
      long w2 = db.webinar("WEBINAR", "SCHEDULED", "2012-05-15 10:00:00", m1);
      long w3 = db.webinar("WEBINAR", "CANCELLED", "2012-05-20 10:00:00", m1);
      long w4 = db.webinar("WEBINAR", "ENDED", "2012-03-31 19:00:00", m1);
      long w5 = db.webinar("WEBINAR", "ENDED", "2012-06-30 19:00:00", m1);
      // 1.3 meetings: M1 in Q2 = 1 (target 2 a year: not met); M3 in November makes 2 for 2012.
      db.webinar("MEETING", "ENDED", "2012-04-20 09:00:00", m1);
      db.webinar("MEETING", "CANCELLED", "2012-05-20 09:00:00", m1);
      db.webinar("MEETING", "ENDED", "2012-11-10 09:00:00", m1);
      // Attendance: a1 (twice), m1 take part; a2's 40 minutes were corrected to 0; b2 was at the
      // cancelled one, c1 at the one of July.
      db.attendance(w1, a1, 30, null);
      long wrong = db.attendance(w1, a2, 40, null);
      db.attendance(w1, a2, 0, wrong);
      db.attendance(w2, a1, 15, null);
      db.attendance(w3, b2, 60, null);
      db.attendance(w5, c1, 60, null);
      db.attendance(w4, m1, 20, null);
      // 3.1 consultations: b1's HELD, b2's still BOOKED but over = 2. Not: a3's cancelled booking,
      // c1's booking of a cancelled slot, c1's of July.
      db.consultation(m1, "2012-04-15 10:00:00", "OPEN", b1, "HELD");
      db.consultation(m1, "2012-05-15 10:00:00", "OPEN", b2, "BOOKED");
      db.consultation(m1, "2012-05-16 10:00:00", "OPEN", a3, "CANCELLED");
      db.consultation(m1, "2012-05-17 10:00:00", "CANCELLED", c1, "BOOKED");
      db.consultation(m1, "2012-07-02 10:00:00", "OPEN", c1, "HELD");
      // 3.2: participants a1, m1 (webinars), b1, b2 (consultations) = 4; schools A and B = 2.

      // 8.1: Q1 reported twice in April (one quarter), Q2's report made at 01:00 on 1 July district
      // time = 1 in Q2; 2 in the whole of 2012.
      roadmap = db.roadmap("Дорожная карта показателей 2012", "2012-01-01", "2012-12-31");
      long section = db.section(roadmap, 2, "Нормативное обеспечение");
      db.item(roadmap, section, "1.3", "Совещания с руководителями", "IN_PROGRESS", "2012-01-01", "2012-12-31", null);
      manualItem = db.item(roadmap, section, "2.1", "Разработка положения о ШИБЦ", "PLANNED", "2012-01-01", "2012-12-31", null);
      db.item(roadmap, section, "2.2", "Разработка муниципальной программы развития ШИБЦ", "PLANNED", "2012-01-01", "2012-12-31", null);
      db.report(roadmap, 2012, 1, 1, "2012-04-02 05:00:00");
      db.report(roadmap, 2012, 1, 2, "2012-04-03 05:00:00");
      db.report(roadmap, 2012, 2, 1, "2012-06-30 19:00:00");
      nameA = shortName(db, schoolA);
      nameB = shortName(db, schoolB);
    }
  }

  private static String shortName(IndicatorDb db, long id) {
    try (var c = java.sql.DriverManager.getConnection(RunningAcademy.jdbcUrl());
        var s = c.prepareStatement("SELECT short_name FROM organisations WHERE id = ?")) {
      s.setLong(1, id);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyIndicatorOfTheQuarterIsWhatWasCountedByHand() {
    Api.Reply reply = Api.as("department").get("/api/indicators" + Q2);
    assertEquals(200, reply.status(), reply.body());
    JsonObject body = reply.json();
    assertEquals("2012-04-01", body.getString("from"));
    assertEquals("2012-06-30", body.getString("to"));
    assertEquals(roadmap, body.getJsonNumber("roadmapId").longValue(), "the roadmap of the period is taken");
    Map<String, JsonObject> by = byCode(body);

    assertValue(by, "1.3.meetings", 1);
    assertEquals(2, by.get("1.3.meetings").getJsonNumber("target").intValue());
    assertValue(by, "3.1.webinars", 3);
    assertValue(by, "3.1.consultations", 2);
    assertValue(by, "3.2.participants", 4);
    assertValue(by, "3.2.schools", 2);
    assertValue(by, "3.4.stage", 1);
    assertValue(by, "3.5.stage", 1);
    assertValue(by, "3.6.stage", 0);
    assertEquals(15, by.get("3.4.stage").getJsonNumber("target").intValue());
    assertEquals(45, by.get("3.5.stage").getJsonNumber("target").intValue());
    assertEquals(40, by.get("3.6.stage").getJsonNumber("target").intValue());
    assertValue(by, "4.1.trained", 3);
    assertValue(by, "4.2.attestations", 4);
    assertTrue(by.get("4.2.attestations").getString("note").contains("3"), "3 people passed them");
    assertValue(by, "6.3.courses", 2);
    assertValue(by, "8.1.reports", 1);
    assertEquals(1, by.get("8.1.reports").getJsonNumber("target").intValue(), "one report a quarter");

    // shares of the district: the denominators include everyone's schools and staff
    try (IndicatorDb db = new IndicatorDb()) {
      long schools = db.count("SELECT COUNT(*) FROM organisations WHERE kind = 'SCHOOL'");
      long staff = db.count("SELECT COUNT(*) FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE o.kind = 'SCHOOL'");
      assertShare(by.get("3.2.schools"), 2, schools);
      assertShare(by.get("3.4.stage"), 1, schools);
      assertShare(by.get("4.1.trained"), 3, staff);
    }

    // the roadmap's items without an automatic indicator are listed, empty until the department enters them
    JsonObject manual = by.get("2.2.manual");
    assertNotNull(manual, "the item without an automatic indicator has a manual one");
    assertTrue(manual.getBoolean("manual"));
    assertTrue(absent(manual, "value"));
    assertNotNull(by.get("2.1.manual"));
    assertFalse(by.containsKey("1.3.manual"), "1.3 is counted, not entered");
  }

  @Test
  void aWholeYearAddsTheQuarters() {
    Map<String, JsonObject> by = byCode(Api.as("methodologist").get("/api/indicators?year=2012").json());
    assertValue(by, "1.3.meetings", 2);
    assertEquals(2, by.get("1.3.meetings").getJsonNumber("target").intValue());
    assertValue(by, "8.1.reports", 2);
    assertEquals(4, by.get("8.1.reports").getJsonNumber("target").intValue());
    // b2's certificate of 1 July and c1's of 31 March join a1, a2, a4
    assertValue(by, "4.1.trained", 5);
    assertValue(by, "3.6.stage", 1, "C reached its stage in September: at the year's end it counts");
  }

  @Test
  void breakdownsBySchoolYearAndCourse() {
    Map<String, JsonObject> trained = rows("4.1.trained", Q2);
    // A: a1, a2, a4 of 4 staff; B: none of 2
    assertRow(trained.get(nameA), 3, 4, "75.0");
    assertRow(trained.get(nameB), 0, 2, "0.0");

    Map<String, JsonObject> participants = rows("3.2.participants", Q2);
    assertRow(participants.get(nameA), 1, 4, "25.0");
    assertRow(participants.get(nameB), 2, 2, "100.0");

    Map<String, JsonObject> attestations = rows("4.2.attestations", Q2);
    assertEquals(2, attestations.get(nameA).getInt("value"));
    assertEquals(1, attestations.get(nameB).getInt("value"));

    Map<String, JsonObject> pilots = rows("3.4.stage", Q2);
    assertTrue(pilots.containsKey(nameA));
    assertFalse(pilots.containsKey(nameB));

    Api.Reply meetings = Api.as("department").get("/api/indicators/1.3.meetings/breakdown?from=2011-01-01&to=2012-12-31");
    assertEquals(200, meetings.status(), meetings.body());
    assertEquals("YEAR", meetings.json().getString("by"));
    Map<String, JsonObject> years = index(meetings.json());
    assertEquals(0, years.get("2011").getInt("value"));
    assertEquals(2, years.get("2012").getInt("value"));

    Api.Reply courses = Api.as("department").get("/api/indicators/6.3.courses/breakdown" + Q2);
    assertEquals("COURSE", courses.json().getString("by"));
    assertEquals(2, courses.json().getJsonArray("rows").size());

    Api.Reply unknown = Api.as("department").get("/api/indicators/9.9.nothing/breakdown" + Q2);
    assertEquals(404, unknown.status());
    assertTrue(unknown.isProblem());
  }

  @Test
  void aPeriodWithNoDataIsZerosNotAnError() {
    Api.Reply reply = Api.as("department").get("/api/indicators?from=2005-01-01&to=2005-03-31");
    assertEquals(200, reply.status(), reply.body());
    for (JsonValue v : reply.json().getJsonArray("indicators")) {
      JsonObject i = v.asJsonObject();
      assertEquals(0, i.getJsonNumber("value").intValue(), i.getString("code") + " is 0 in 2005");
    }
    assertTrue(absent(reply.json(), "roadmapId"), "no roadmap covers 2005: only automatic indicators");
    Api.Reply breakdown = Api.as("department").get("/api/indicators/4.1.trained/breakdown?year=2005");
    assertEquals(200, breakdown.status());
  }

  @Test
  void impossiblePeriodsAreRefused() {
    Api.Reply backwards = Api.as("department").get("/api/indicators?from=2012-05-01&to=2012-04-01");
    assertEquals(422, backwards.status(), backwards.body());
    assertTrue(backwards.isProblem());
    assertTrue(backwards.detail().contains("раньше"), backwards.detail());
    assertEquals(422, Api.as("department").get("/api/indicators?year=2012&quarter=5").status());
    assertEquals(422, Api.as("department").get("/api/indicators?quarter=2").status());
    assertEquals(422, Api.as("department").get("/api/indicators/file?from=2012-05-01&to=2012-04-01").status());
    assertEquals(400, Api.as("department").get("/api/indicators?from=01.04.2012&to=2012-06-30").status());
    assertEquals(403, Api.as("librarian").get("/api/indicators" + Q2).status(), "learners do not read indicators");
  }

  @Test
  void theDepartmentEntersAManualValue() {
    String path = "/api/indicators/manual/" + manualItem;
    JsonObject form = Json.createObjectBuilder().add("year", 2012).add("quarter", 2).add("value", 3)
        .add("note", "Положения о ШИБЦ приняты в трёх школах").build();
    assertEquals(403, Api.as("methodologist").put(path, form).status(), "methodologists only read");
    Api.Reply negative = Api.as("department").put(path,
        Json.createObjectBuilder().add("year", 2012).add("quarter", 2).add("value", -1).build());
    assertEquals(422, negative.status(), negative.body());
    Api.Reply saved = Api.as("department").put(path, form);
    assertEquals(200, saved.status(), saved.body());
    // entering the same period again replaces the value
    Api.Reply again = Api.as("department").put(path, Json.createObjectBuilder().add("year", 2012).add("quarter", 2)
        .add("value", 4).add("note", "Положения о ШИБЦ приняты в четырёх школах").build());
    assertEquals(200, again.status(), again.body());
    assertEquals(1, Api.as("department").get(path).array().size());

    JsonObject manual = byCode(Api.as("department").get("/api/indicators" + Q2).json()).get("2.1.manual");
    assertEquals(4, manual.getJsonNumber("value").intValue());
    assertTrue(manual.getString("note").contains("четырёх"));
    JsonObject nextQuarter = byCode(Api.as("department").get("/api/indicators?year=2012&quarter=3").json()).get("2.1.manual");
    assertTrue(absent(nextQuarter, "value"), "a value of Q2 is not one of Q3");
    assertEquals(404, Api.as("department").put("/api/indicators/manual/999999999", form).status());
  }

  @Test
  void theTableDownloadsAsXlsxAndCsv() throws Exception {
    String token = Api.login("department", Api.DEMO_PASSWORD);
    HttpResponse<byte[]> xlsx = download("/api/indicators/file?format=xlsx&year=2012&quarter=2", token);
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = book.getSheetAt(0);
      assertEquals("Пункт", sheet.getRow(0).getCell(0).getStringCellValue());
      boolean found = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if ("4.1".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
          assertEquals(3, (int) sheet.getRow(r).getCell(2).getNumericCellValue());
          found = true;
        }
      }
      assertTrue(found);
    }
    HttpResponse<byte[]> csv = download("/api/indicators/file?format=csv&year=2012&quarter=2", token);
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.contains("Проведено вебинаров;3"), text);
  }

  @Test
  void thePagesShowTheIndicatorsAndTheReports() {
    var session = ru.shibc.academy.it.PageSession.signIn("department", Api.DEMO_PASSWORD);
    HttpResponse<String> page = session.get("/roadmap/indicators.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Проведено вебинаров"), "the indicator table is on the page");
    assertTrue(page.body().contains("/api/indicators/file?format=xlsx"), "with its XLSX download");
    HttpResponse<String> reports = session.get("/roadmap/reports.xhtml");
    assertEquals(200, reports.statusCode());
    assertTrue(reports.body().contains("Сформировать отчёт"));
    var learner = ru.shibc.academy.it.PageSession.signIn("librarian", Api.DEMO_PASSWORD);
    assertEquals(403, learner.get("/roadmap/indicators.xhtml").statusCode());
  }

  @Test
  void theApiIsDescribed() {
    Api.Reply openapi = Api.anonymous().get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/indicators"), "the indicators");
    assertTrue(openapi.body().contains("/api/monitoring-reports"), "the reports");
  }

  static HttpResponse<byte[]> download(String path, String token) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + path)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** JSON-B leaves null fields out. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static Map<String, JsonObject> byCode(JsonObject body) {
    return body.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(o -> o.getString("code"), o -> o));
  }

  private static Map<String, JsonObject> rows(String code, String query) {
    Api.Reply reply = Api.as("department").get("/api/indicators/" + code + "/breakdown" + query);
    assertEquals(200, reply.status(), reply.body());
    return index(reply.json());
  }

  private static Map<String, JsonObject> index(JsonObject breakdown) {
    return breakdown.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(o -> o.getString("label"), o -> o, (a, b) -> a));
  }

  private static void assertValue(Map<String, JsonObject> by, String code, int expected) {
    assertValue(by, code, expected, code);
  }

  private static void assertValue(Map<String, JsonObject> by, String code, int expected, String message) {
    assertNotNull(by.get(code), "no indicator " + code);
    assertEquals(expected, by.get(code).getJsonNumber("value").intValue(), message);
  }

  private static void assertShare(JsonObject indicator, long part, long whole) {
    assertEquals(whole, indicator.getJsonNumber("base").longValue(), indicator.getString("code"));
    BigDecimal expected = BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    assertEquals(0, expected.compareTo(indicator.getJsonNumber("share").bigDecimalValue()), indicator.getString("code"));
  }

  private static void assertRow(JsonObject row, long value, long base, String share) {
    assertNotNull(row);
    assertEquals(value, row.getInt("value"));
    assertEquals(base, row.getInt("base"));
    assertEquals(0, new BigDecimal(share).compareTo(row.getJsonNumber("share").bigDecimalValue()), row.toString());
  }
}
