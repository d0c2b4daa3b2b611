package ru.shibc.academy.roadmap.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.roadmap.indicator.IndicatorDb;

/**
 * Quarterly monitoring reports of a small roadmap of 2013–2014 (long over, so its unfinished items
 * are overdue): what the PDF and the workbook show, that a stored report never changes, versions,
 * and that two quarter-end schedulers racing store one report.
 */
@ExtendWith(RunningAcademy.class)
class MonitoringReportIT {

  private static long roadmap;
  private static long itemDone;
  private static long itemLate;
  private static long school;
  private static String responsible;

  @BeforeAll
  static void roadmap() {
    try (IndicatorDb db = new IndicatorDb()) {
      school = db.school(null, null);
      long person = db.person(school);
      responsible = db.text("SELECT surname FROM people WHERE id = ?", person);
      roadmap = db.roadmap("Дорожная карта развития ШИБЦ на 2013–2014 годы", "2013-01-01", "2014-12-31");
      long s1 = db.section(roadmap, 1, "Организационно-управленческое обеспечение");
      long s4 = db.section(roadmap, 4, "Совершенствование кадрового обеспечения ШИБЦ");
      itemDone = db.item(roadmap, s1, "1.1", "Разработка нормативной базы ШИБЦ", "DONE", "2013-01-01", "2013-03-31", null);
      db.evidence(itemDone, "Приказ № 15 от 20.03.2013");
      db.item(roadmap, s1, "1.3", "Проведение совещаний с руководителями", "IN_PROGRESS", "2013-01-01", "2014-12-31", null);
      itemLate = db.item(roadmap, s4, "4.1", "Курсовая подготовка сотрудников ШИБЦ", "PLANNED", "2013-04-01", "2013-06-30", person);
    }
  }

  @Test
  void aReportShowsEveryItemWithOverdueMarkedAndNeverChanges() throws Exception {
    Api.Reply made = Api.as("department").post("/api/monitoring-reports", generate(2013, 3));
    assertEquals(201, made.status(), made.body());
    long id = made.json().getJsonNumber("id").longValue();
    assertEquals(1, made.json().getInt("version"));

    byte[] pdf = download("/api/monitoring-reports/" + id + "/pdf");
    String text = pdfText(pdf);
    assertTrue(text.contains("за 3 квартал 2013 года"), text);
    assertTrue(text.contains("Разработка нормативной базы ШИБЦ"), text);
    assertTrue(text.contains("Курсовая подготовка сотрудников ШИБЦ"), text);
    assertTrue(text.contains("Приказ № 15 от 20.03.2013"), "evidence titles are printed");
    assertTrue(text.contains(responsible), "the responsible person is printed");
    // 1.3 and 4.1 are not done and their periods are over; 1.1 is done
    assertEquals(2, occurrences(text, "ПРОСРОЧЕНО"), text);
    assertTrue(text.contains("Выполнено"));

    byte[] xlsx = download("/api/monitoring-reports/" + id + "/xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Map<String, Row> rows = rowsByNumber(book.getSheetAt(0));
      assertEquals(3, rows.size());
      assertEquals("ПРОСРОЧЕНО", rows.get("4.1").getCell(5).getStringCellValue());
      assertEquals("", rows.get("1.1").getCell(5).getStringCellValue());
      assertEquals("Выполнено", rows.get("1.1").getCell(4).getStringCellValue());
      assertTrue(rows.get("1.1").getCell(8).getStringCellValue().contains("Приказ № 15"));
      assertTrue(rows.get("1.3").getCell(7).getStringCellValue().contains("совещаний"), "1.3 carries its indicator");
      assertTrue(book.getSheetAt(1).getLastRowNum() >= 12, "every indicator on the second sheet");
    }
    String snapshot = Api.as("department").get("/api/monitoring-reports/" + id + "/snapshot").body();
    JsonObject json = Api.as("department").get("/api/monitoring-reports/" + id + "/snapshot").json();
    assertEquals(3, json.getJsonArray("items").size());

    // later data: the late item is done, new evidence, a certificate of the quarter
    try (IndicatorDb db = new IndicatorDb()) {
      db.execute("UPDATE roadmap_items SET status = 'DONE' WHERE id = ?", itemLate);
      db.evidence(itemDone, "Протокол совещания № 2");
      db.certificate(db.person(school), school, "2013-08-01", "VALID", "COMPLETION");
    }
    assertArrayEquals(pdf, download("/api/monitoring-reports/" + id + "/pdf"), "the stored PDF is the same file");
    assertArrayEquals(xlsx, download("/api/monitoring-reports/" + id + "/xlsx"));
    assertEquals(snapshot, Api.as("department").get("/api/monitoring-reports/" + id + "/snapshot").body());

    // a report is never edited or deleted
    Api.Reply edit = Api.as("department").put("/api/monitoring-reports/" + id, Json.createObjectBuilder().add("quarter", 4).build());
    assertEquals(409, edit.status(), edit.body());
    assertTrue(edit.isProblem());
    assertTrue(edit.detail().contains("новую версию"), edit.detail());
    assertEquals(409, Api.as("admin").delete("/api/monitoring-reports/" + id).status());
    assertArrayEquals(pdf, download("/api/monitoring-reports/" + id + "/pdf"));

    // regenerating makes version 2 with the new data; version 1 stays
    Api.Reply again = Api.as("department").post("/api/monitoring-reports", generate(2013, 3));
    assertEquals(201, again.status(), again.body());
    assertEquals(2, again.json().getInt("version"));
    long id2 = again.json().getJsonNumber("id").longValue();
    String text2 = pdfText(download("/api/monitoring-reports/" + id2 + "/pdf"));
    assertEquals(1, occurrences(text2, "ПРОСРОЧЕНО"), "4.1 is done now; only 1.3 is late");
    assertTrue(text2.contains("Протокол совещания № 2"));
    assertTrue(text.contains("переподготовку: 0 "), "no one trained in 2013 Q3 when version 1 was made");
    assertTrue(text2.contains("переподготовку: 1 "), "version 2 counts the certificate of August");
    assertNotEquals(snapshot, Api.as("department").get("/api/monitoring-reports/" + id2 + "/snapshot").body());

    List<JsonObject> list = Api.as("methodologist").get("/api/monitoring-reports?roadmapId=" + roadmap).array().stream()
        .map(JsonValue::asJsonObject).filter(o -> o.getInt("quarter") == 3).toList();
    assertEquals(List.of(2, 1), list.stream().map(o -> o.getInt("version")).toList(), "newest version first");
  }

  @Test
  void twoSchedulersRacingStoreOneReport() throws Exception {
    // Both act as the timers of two nodes on 1 January 2014, for the quarter just ended (2013 Q4).
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Reply>> runs = List.of(race(start), race(start));
    start.countDown();
    int created = 0;
    for (CompletableFuture<Api.Reply> run : runs) {
      Api.Reply reply = run.get();
      assertEquals(200, reply.status(), reply.body());
      created += reply.json().getInt("created");
    }
    assertEquals(1, created, "one of the two stored the report, the other found it done");
    List<JsonObject> q4 = Api.as("department").get("/api/monitoring-reports?roadmapId=" + roadmap).array().stream()
        .map(JsonValue::asJsonObject).filter(o -> o.getInt("year") == 2013 && o.getInt("quarter") == 4).toList();
    assertEquals(1, q4.size());
    assertEquals(1, q4.get(0).getInt("version"));
    assertEquals("scheduler", q4.get(0).getString("generatedBy"));
    try (IndicatorDb db = new IndicatorDb()) {
      assertEquals(1, db.count("SELECT COUNT(*) FROM monitoring_reports WHERE roadmap_id = ? AND year = 2013 AND quarter = 4", roadmap));
    }
    // a third run later finds nothing to do
    assertEquals(0, Api.as("admin").post("/api/monitoring-reports/quarter-end?today=2014-01-01", (String) null).json().getInt("created"));
  }

  @Test
  void badRequestsChangeNothing() {
    assertEquals(403, Api.as("methodologist").post("/api/monitoring-reports", generate(2013, 2)).status(), "methodologists read");
    assertEquals(403, Api.as("librarian").get("/api/monitoring-reports").status());
    assertEquals(403, Api.as("department").post("/api/monitoring-reports/quarter-end?today=2014-01-01", (String) null).status());
    Api.Reply quarter = Api.as("department").post("/api/monitoring-reports", generate(2013, 5));
    assertEquals(422, quarter.status(), quarter.body());
    Api.Reply outside = Api.as("department").post("/api/monitoring-reports", generate(2016, 1));
    assertEquals(422, outside.status(), outside.body());
    JsonObject noRoadmap = Json.createObjectBuilder().add("roadmapId", 999_999_999L).add("year", 2013).add("quarter", 1).build();
    assertEquals(404, Api.as("department").post("/api/monitoring-reports", noRoadmap).status());
    assertEquals(400, Api.as("department").post("/api/monitoring-reports", Json.createObjectBuilder().build()).status());
    assertEquals(404, Api.as("department").get("/api/monitoring-reports/999999999/pdf").status());
    try (IndicatorDb db = new IndicatorDb()) {
      assertEquals(0, db.count("SELECT COUNT(*) FROM monitoring_reports WHERE roadmap_id = ? AND year IN (2013, 2016) AND quarter IN (1, 2, 5)", roadmap));
    }
  }

  private static CompletableFuture<Api.Reply> race(CountDownLatch start) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        start.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Api.as("admin").post("/api/monitoring-reports/quarter-end?today=2014-01-01", (String) null);
    });
  }

  private static JsonObject generate(int year, int quarter) {
    return Json.createObjectBuilder().add("roadmapId", roadmap).add("year", year).add("quarter", quarter).build();
  }

  private static byte[] download(String path) throws Exception {
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + path))
            .header("Authorization", "Bearer " + Api.login("department", Api.DEMO_PASSWORD)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), path);
    return r.body();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static int occurrences(String text, String word) {
    return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
  }

  private static Map<String, Row> rowsByNumber(Sheet sheet) {
    java.util.Map<String, Row> rows = new java.util.HashMap<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      rows.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r));
    }
    return rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
