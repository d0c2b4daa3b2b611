package ru.shibc.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.certificate.frdo.FrdoColumn;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.RunningAcademy;

/** The register as files, the ФИС ФРДО upload and the three-year cycle of the demo district. */
@ExtendWith(RunningAcademy.class)
class RegisterFilesIT {

  private final Api methodologist = Api.as("methodologist");

  private static List<List<String>> sheet(byte[] xlsx) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          var cell = row.getCell(c);
          cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  @Test
  void theRegisterExportsWithRussianHeadersAndEveryMatch() throws Exception {
    String token = CourseFixtures.token("methodologist");
    CourseFixtures.Download file = CourseFixtures.download(token, "/api/certificates/files/register?format=xlsx&from=2019-01-01&to=2020-12-31");
    assertEquals(200, file.status(), file.text());
    List<List<String>> rows = sheet(file.bytes());
    assertEquals("Регистрационный номер", rows.get(0).get(0));
    JsonObject page = methodologist.get("/api/certificates?from=2019-01-01&to=2020-12-31&size=500").json();
    assertEquals(page.getInt("total"), rows.size() - 1);
    assertTrue(rows.stream().skip(1).allMatch(r -> r.get(0).matches("20(19|20)-\\d{5}")), rows.toString());

    CourseFixtures.Download csv = CourseFixtures.download(token, "/api/certificates/files/register?format=csv&from=2019-01-01&to=2020-12-31");
    assertEquals(200, csv.status());
    assertTrue(csv.text().startsWith("\uFEFFРегистрационный номер;"), csv.text().substring(0, 40));
  }

  @Test
  void aFilterThatMatchesNothingIsAClearRefusal() {
    Api.Reply none = methodologist.get("/api/certificates/files/register?from=2001-01-01&to=2001-12-31");
    assertEquals(422, none.status());
    assertTrue(none.detail().contains("ни один"), none.body());
    assertEquals(422, methodologist.get("/api/certificates/files/frdo?from=2001-01-01&to=2001-12-31").status());
  }

  @Test
  void frdoListsWhatIsMissingAndExportsTheValidDocumentsWithTheTemplateColumns() throws Exception {
    Api.Reply problems = methodologist.get("/api/certificates/files/frdo/problems");
    assertEquals(200, problems.status(), problems.body());
    // demo staff without a СНИЛС or a birth date cannot be uploaded
    assertTrue(problems.array().size() > 0);
    Api.Reply refused = methodologist.get("/api/certificates/files/frdo");
    assertEquals(422, refused.status());

    CourseFixtures.Download file =
        CourseFixtures.download(CourseFixtures.token("methodologist"), "/api/certificates/files/frdo?validOnly=true");
    assertEquals(200, file.status(), file.text());
    List<List<String>> rows = sheet(file.bytes());
    List<String> expected = Arrays.stream(FrdoColumn.values()).map(FrdoColumn::header).toList();
    assertEquals(expected, rows.get(0));
    assertTrue(rows.size() > 1, "some demo documents are complete");
    int surname = expected.indexOf(FrdoColumn.values()[0].header());
    assertTrue(surname >= 0);
    for (List<String> row : rows.subList(1, rows.size())) {
      assertTrue(row.stream().anyMatch(v -> v.matches("\\d{3}-\\d{3}-\\d{3} \\d{2}")), "a СНИЛС in " + row);
    }
  }

  @Test
  void theCycleShowsEveryStateAndRemindsOnceByEmail() throws Exception {
    JsonObject cycle = methodologist.get("/api/certificates/cycle").json();
    JsonObject counts = cycle.getJsonObject("counts");
    for (String state : List.of("CURRENT", "DUE_SOON", "OVERDUE", "NEVER")) {
      assertTrue(counts.getInt(state) > 0, state + " in " + counts);
    }
    List<String> dueSoon = new ArrayList<>();
    for (JsonValue v : cycle.getJsonArray("people")) {
      JsonObject p = v.asJsonObject();
      if (p.getString("state").equals("DUE_SOON")) {
        dueSoon.add(p.getString("fullName"));
      }
    }

    assertEquals(403, methodologist.post("/api/certificates/cycle/reminders", "").status());
    Api admin = Api.as("admin");
    admin.post("/api/certificates/cycle/reminders", "");
    assertEquals(0, admin.post("/api/certificates/cycle/reminders", "").json().getInt("queued"), "each once");

    long deadline = System.currentTimeMillis() + 30_000;
    List<MimeMessage> reminders;
    do {
      Thread.sleep(500);
      reminders =
          Arrays.stream(RunningAcademy.mail().getReceivedMessages())
              .filter(m -> subject(m).startsWith("Пора пройти повышение квалификации"))
              .toList();
    } while (reminders.size() < dueSoon.size() && System.currentTimeMillis() < deadline);
    assertEquals(dueSoon.size(), reminders.size(), "one reminder per person due soon");
    String body = (String) reminders.get(0).getContent();
    assertTrue(body.contains("не реже одного раза в три года"), body);
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
