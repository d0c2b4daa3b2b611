package ru.shibc.academy.roadmap.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.RunningAcademy;

/** The department's dashboard against hand-computed fixtures (see {@link DashboardFixtures}). */
@ExtendWith(RunningAcademy.class)
class DashboardIT {

  private static final String YEAR_2010 = "from=2010-01-01&to=2010-12-31";
  private static DashboardFixtures f;
  private final Api department = Api.as("department");

  @BeforeAll
  static void fixtures() {
    f = DashboardFixtures.insert();
  }

  /** "period|label" → count, from a certificates answer. */
  private static Map<String, Integer> counts(JsonObject answer) {
    Map<String, Integer> out = new TreeMap<>();
    for (JsonValue v : answer.getJsonArray("rows")) {
      JsonObject r = v.asJsonObject();
      String label = !r.containsKey("label") || r.isNull("label") ? "-" : r.getString("label");
      out.put(r.getString("period") + "|" + label, r.getInt("count"));
    }
    return out;
  }

  @Test
  void certificatesIssuedPerMonthQuarterAndYearCountOnlyValidOnes() {
    JsonObject months = department.get("/api/dashboard/certificates?" + YEAR_2010).json();
    assertEquals(5, months.getInt("total"), months.toString());
    assertEquals(Map.of("2010-01|-", 1, "2010-02|-", 2, "2010-04|-", 2), counts(months));
    assertEquals(12, months.getJsonArray("periods").size());
    JsonObject quarters = department.get("/api/dashboard/certificates?step=QUARTER&" + YEAR_2010).json();
    assertEquals(Map.of("2010-Q1|-", 3, "2010-Q2|-", 2), counts(quarters));
    JsonObject years = department.get("/api/dashboard/certificates?step=YEAR&from=2009-01-01&to=2010-12-31").json();
    assertEquals(Map.of("2010|-", 5), counts(years));
    assertEquals(List.of("2009", "2010"), years.getJsonArray("periods").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList());
  }

  @Test
  void certificatesBySchoolCourseAndPosition() {
    String a = "ДА-" + f.tag;
    String b = "ДБ-" + f.tag;
    assertEquals(Map.of("2010-01|" + a, 1, "2010-02|" + a, 2, "2010-04|" + b, 2),
        counts(department.get("/api/dashboard/certificates?by=SCHOOL&" + YEAR_2010).json()));
    String c2 = "Медиаграмотность в школьной библиотеке " + f.tag;
    assertEquals(Map.of("2010-01|" + f.c1Title, 1, "2010-02|" + f.c1Title, 1, "2010-02|" + c2, 1, "2010-04|" + c2, 1, "2010-04|-", 1),
        counts(department.get("/api/dashboard/certificates?by=COURSE&" + YEAR_2010).json()));
    assertEquals(Map.of("2010-Q1|педагог-библиотекарь", 2, "2010-Q1|заведующий библиотекой", 1, "2010-Q2|" + f.positionP5, 2),
        counts(department.get("/api/dashboard/certificates?by=POSITION&step=QUARTER&" + YEAR_2010).json()));
    JsonObject oneSchool = department.get("/api/dashboard/certificates?organisationId=" + f.schoolB + "&" + YEAR_2010).json();
    assertEquals(2, oneSchool.getInt("total"));
  }

  @Test
  void complianceSharesPerSchoolFollowTheThreeYearRule() {
    JsonObject c = department.get("/api/dashboard/compliance").json();
    JsonObject a = organisation(c.getJsonArray("organisations"), f.schoolA);
    assertEquals(4, a.getInt("staff"));
    for (String state : List.of("current", "dueSoon", "overdue", "never")) {
      assertEquals(1, a.getInt(state), state + " in " + a);
      assertEquals(25.0, a.getJsonNumber(state + "Share").doubleValue(), 0.001, state);
    }
    JsonObject b = organisation(c.getJsonArray("organisations"), f.schoolB);
    assertEquals(1, b.getInt("overdue"));
    assertEquals(100.0, b.getJsonNumber("overdueShare").doubleValue(), 0.001);

    // the district's counts are those of the certificate feature's own cycle
    JsonObject cycle = department.get("/api/certificates/cycle").json().getJsonObject("counts");
    JsonObject district = c.getJsonObject("district");
    assertEquals(cycle.getInt("CURRENT"), district.getInt("current"));
    assertEquals(cycle.getInt("DUE_SOON"), district.getInt("dueSoon"));
    assertEquals(cycle.getInt("OVERDUE"), district.getInt("overdue"));
    assertEquals(cycle.getInt("NEVER"), district.getInt("never"));
  }

  @Test
  void webinarParticipationCountsHeldWebinarsAndCurrentAttendanceInTheDistrictsMonths() {
    JsonObject w = department.get("/api/dashboard/webinars?" + YEAR_2010).json();
    assertEquals(3, w.getInt("held"), w.toString());
    assertEquals(3, w.getInt("participants"));
    assertEquals(2, w.getInt("schools"));
    assertEquals(Shares.percent(2, w.getInt("allSchools")), w.getJsonNumber("schoolsShare").doubleValue(), 0.001);
    JsonArray months = w.getJsonArray("months");
    assertEquals(2, months.size(), months.toString());
    JsonObject march = months.getJsonObject(0);
    assertEquals("2010-03", march.getString("month"));
    assertEquals(2, march.getInt("held"));
    assertEquals(3, march.getInt("participants"));
    assertEquals(2, march.getInt("schools"));
    JsonObject may = months.getJsonObject(1);
    assertEquals("2010-05", may.getString("month"), "20:00 UTC on 30 April is 1 May in Yekaterinburg");
    assertEquals(1, may.getInt("held"));
    assertEquals(0, may.getInt("participants"));
  }

  @Test
  void roadmapProgressCountsOverdueItemsOnce() {
    JsonArray roadmaps = department.get("/api/dashboard/roadmaps").json().getJsonArray("roadmaps");
    JsonObject r = roadmaps.stream().map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("roadmapId").longValue() == f.roadmap)
        .findFirst().orElseThrow();
    assertEquals(5, r.getInt("total"));
    assertEquals(1, r.getInt("planned"));
    assertEquals(1, r.getInt("inProgress"));
    assertEquals(1, r.getInt("done"));
    assertEquals(2, r.getInt("overdue"));
    assertEquals(20.0, r.getJsonNumber("doneShare").doubleValue(), 0.001);
  }

  @Test
  void drillDownFromTheDistrictToASchoolAndAPerson() {
    JsonArray schools = department.get("/api/dashboard/schools?" + YEAR_2010).json().getJsonArray("schools");
    JsonObject a = organisation(schools, f.schoolA);
    assertEquals(4, a.getInt("staff"));
    assertEquals(3, a.getInt("certificates"));
    assertEquals(2, a.getInt("webinarParticipants"));
    assertEquals(25.0, a.getJsonNumber("currentShare").doubleValue(), 0.001);
    assertEquals(1, organisation(schools, f.schoolB).getInt("webinarParticipants"));

    JsonObject school = department.get("/api/dashboard/schools/" + f.schoolA + "?" + YEAR_2010).json();
    assertEquals(3, school.getInt("certificates"));
    Map<Long, JsonObject> staff = new TreeMap<>();
    school.getJsonArray("staff").forEach(v -> staff.put(v.asJsonObject().getJsonNumber("personId").longValue(), v.asJsonObject()));
    assertEquals(4, staff.size());
    assertEquals("CURRENT", staff.get(f.p1).getString("state"));
    assertEquals(f.p1LatestNumber, staff.get(f.p1).getString("lastCertificate"));
    assertEquals("DUE_SOON", staff.get(f.p2).getString("state"));
    assertEquals("OVERDUE", staff.get(f.p3).getString("state"), "an 8-hour course does not renew the cycle");
    assertEquals(f.p3LatestNumber, staff.get(f.p3).getString("lastCertificate"));
    assertEquals("NEVER", staff.get(f.p4).getString("state"));
    assertEquals(List.of(f.c1Title), staff.get(f.p4).getJsonArray("coursesInProgress").getValuesAs(jakarta.json.JsonString.class)
        .stream().map(jakarta.json.JsonString::getString).toList());

    JsonObject p3 = department.get("/api/dashboard/people/" + f.p3).json();
    assertEquals(3, p3.getJsonArray("certificates").size(), "revoked ones too");
    assertEquals("2010-02-20", p3.getString("lastTrainedOn"));
    assertEquals(0, p3.getInt("webinarsAttended"), "the correction superseded the attendance");
    assertEquals(2, department.get("/api/dashboard/people/" + f.p1).json().getInt("webinarsAttended"));
    assertEquals(404, department.get("/api/dashboard/schools/999999999").status());
  }

  @Test
  void tablesDownloadAsXlsxAndCsvThatParseBack() throws Exception {
    String token = CourseFixtures.token("department");
    CourseFixtures.Download xlsx = CourseFixtures.download(token, "/api/dashboard/files/certificates?format=xlsx&by=SCHOOL&" + YEAR_2010);
    assertEquals(200, xlsx.status(), xlsx.text());
    assertTrue(xlsx.header("Content-Type").orElse("").startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));
    assertTrue(xlsx.header("Content-Disposition").orElse("").contains("filename*=UTF-8''%D0%A3%D0%B4%D0%BE%D1%81%D1%82"),
        "Удостоверения…: " + xlsx.header("Content-Disposition"));
    List<List<String>> rows = sheet(xlsx.bytes());
    assertEquals(List.of("Период", "Организация", "Удостоверений"), rows.get(0));
    assertEquals(List.of("2010-01", "ДА-" + f.tag, "1"), rows.get(1));
    assertEquals(4, rows.size());

    CourseFixtures.Download csv = CourseFixtures.download(token, "/api/dashboard/files/school?format=csv&organisationId=" + f.schoolA);
    assertEquals(200, csv.status(), csv.text());
    String text = csv.text();
    assertTrue(text.startsWith("\uFEFFФИО;"), text.substring(0, 30));
    assertEquals(5, text.strip().split("\r?\n").length, text);
    assertTrue(text.contains("Нет сведений о повышении квалификации"), text);

    for (String table : List.of("compliance", "webinars", "roadmaps", "schools")) {
      CourseFixtures.Download file = CourseFixtures.download(token, "/api/dashboard/files/" + table + "?format=xlsx&" + YEAR_2010);
      assertEquals(200, file.status(), table + ": " + file.text());
      assertTrue(sheet(file.bytes()).size() > 1, table);
    }
    assertEquals(422, CourseFixtures.download(token, "/api/dashboard/files/school?format=xlsx").status());
    assertEquals(400, CourseFixtures.download(token, "/api/dashboard/files/everything?format=xlsx").status());
  }

  @Test
  void anEmptyPeriodIsAnEmptyAnswerAndAnImpossibleOneIsRefused() {
    String empty = "from=2001-01-01&to=2001-12-31";
    JsonObject certificates = department.get("/api/dashboard/certificates?by=SCHOOL&" + empty).json();
    assertEquals(0, certificates.getInt("total"));
    assertTrue(certificates.getJsonArray("rows").isEmpty());
    JsonObject webinars = department.get("/api/dashboard/webinars?" + empty).json();
    assertEquals(0, webinars.getInt("held"));
    assertTrue(webinars.getJsonArray("months").isEmpty());

    Api.Reply impossible = department.get("/api/dashboard/certificates?from=2010-12-31&to=2010-01-01");
    assertEquals(422, impossible.status());
    assertTrue(impossible.detail().contains("Период задан неверно"), impossible.body());
    assertEquals(422, department.get("/api/dashboard/schools?from=1900-01-01&to=2010-01-01").status());
    assertEquals(400, department.get("/api/dashboard/webinars?from=31.12.2010").status());
    assertEquals(400, department.get("/api/dashboard/certificates?step=WEEK").status());
  }

  @Test
  void onlyTheDepartmentAndAdministratorsSeeTheDashboard() {
    assertEquals(403, Api.as("methodologist").get("/api/dashboard/compliance").status());
    assertEquals(403, Api.as("librarian").get("/api/dashboard/schools").status());
    assertEquals(200, Api.as("admin").get("/api/dashboard/roadmaps").status());
    assertEquals(401, Api.anonymous().get("/api/dashboard/roadmaps").status());
  }

  private static JsonObject organisation(JsonArray rows, long id) {
    return rows.stream().map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("organisationId").longValue() == id).findFirst().orElseThrow(() -> new AssertionError(id + " in " + rows));
  }

  private static List<List<String>> sheet(byte[] xlsx) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<List<String>> rows = new ArrayList<>();
      for (Row row : book.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          var cell = row.getCell(c);
          cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
              ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  @SuppressWarnings("unused")
  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
