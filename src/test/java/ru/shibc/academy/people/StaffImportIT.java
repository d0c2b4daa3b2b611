package ru.shibc.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class StaffImportIT {

  private static final String HEADER = "Фамилия;Имя;Отчество;Должность;Организация;E-mail;СНИЛС;Дата рождения";
  private static final String CSV = "text/csv";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Api admin = Api.as("admin");

  /** A person of the file: a unique surname and e-mail, in a demo school. */
  private record Line(String surname, String name, String patronymic, String position, String organisation, String email,
      String snils, String birthDate) {

    static Line valid(String organisation) {
      return new Line(
          Fixtures.surname(), "Алёна", "Сергеевна", "педагог-библиотекарь", organisation, Fixtures.email(), Fixtures.snils(),
          "14.03.1978");
    }

    Line withEmail(String email) {
      return new Line(surname, name, patronymic, position, organisation, email, snils, birthDate);
    }

    String csv() {
      return String.join(";", surname, name, patronymic, position, organisation, email, snils, birthDate);
    }
  }

  private static String school() {
    return Fixtures.demoSchool(4).getString("shortName");
  }

  private static byte[] file(Charset charset, Line... lines) {
    StringBuilder text = new StringBuilder(HEADER);
    for (Line line : lines) {
      text.append("\r\n").append(line.csv());
    }
    return text.toString().getBytes(charset);
  }

  private Api.Reply upload(String mode, String fileName, String contentType, byte[] content) {
    return admin.send(
        "POST", "/api/people/import?mode=" + mode + "&fileName=" + Fixtures.url(fileName), contentType, content);
  }

  private List<JsonObject> people(String q) {
    Api.Reply found = admin.get("/api/people?size=500&q=" + Fixtures.url(q));
    assertEquals(200, found.status(), found.body());
    return found.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static void assertProblem(int status, Api.Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType() + " " + reply.body());
    assertFalse(reply.detail().isBlank());
  }

  private static List<JsonObject> rows(Api.Reply report) {
    return report.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  @Test
  void previewReportsTheBadRowInRussianAndWritesNothing() {
    Line first = Line.valid(school());
    Line bad = Line.valid(school()).withEmail("sokolova-at-school.ru");
    Line third = Line.valid(school());

    Api.Reply preview = upload("preview", "staff.csv", CSV, file(StandardCharsets.UTF_8, first, bad, third));

    assertEquals(200, preview.status(), preview.body());
    JsonObject report = preview.json();
    assertEquals(3, report.getInt("rows"));
    assertEquals(2, report.getInt("valid"));
    assertEquals(1, report.getInt("invalid"));
    assertEquals(0, report.getInt("imported"));
    JsonObject badRow = rows(preview).stream().filter(r -> !r.getBoolean("valid")).findFirst().orElseThrow();
    assertEquals(3, badRow.getInt("line"), "the header is line 1: " + badRow);
    JsonObject problem = badRow.getJsonArray("problems").getJsonObject(0);
    assertEquals("email", problem.getString("column"));
    assertTrue(problem.getString("message").contains("E-mail"), problem.toString());
    assertTrue(problem.getString("message").contains("sokolova-at-school.ru"), problem.toString());
    assertTrue(problem.getString("message").contains("неверный адрес"), problem.toString());
    assertEquals(first.surname(), rows(preview).get(0).getJsonObject("values").getString("surname"));

    assertTrue(people(first.email()).isEmpty(), "preview must not write");
    assertTrue(people(third.email()).isEmpty(), "preview must not write");
  }

  @Test
  void previewIsTheDefaultMode() {
    Line line = Line.valid(school());

    Api.Reply reply =
        admin.send("POST", "/api/people/import?fileName=staff.csv", CSV, file(StandardCharsets.UTF_8, line));

    assertEquals(200, reply.status(), reply.body());
    assertEquals("preview", reply.json().getString("mode"));
    assertTrue(people(line.email()).isEmpty());
  }

  @Test
  void previewInEnglishExplainsTheProblemInEnglish() {
    Line bad = Line.valid(school()).withEmail("no-at-sign");

    Api.Reply preview =
        admin.inLanguage("en")
            .send("POST", "/api/people/import?mode=preview&fileName=s.csv", CSV, file(StandardCharsets.UTF_8, bad));

    assertEquals(200, preview.status(), preview.body());
    String message = rows(preview).get(0).getJsonArray("problems").getJsonObject(0).getString("message");
    assertTrue(message.contains("not a valid address"), message);
  }

  @Test
  void modeAllWithABadRowIs422AndWritesNothing() {
    Line good = Line.valid(school());
    Line bad = Line.valid(school()).withEmail("bad@");

    Api.Reply reply = upload("all", "all-" + Fixtures.token() + ".csv", CSV, file(StandardCharsets.UTF_8, good, bad));

    assertProblem(422, reply);
    assertTrue(reply.detail().contains("1"), reply.detail());
    assertTrue(people(good.email()).isEmpty());
  }

  @Test
  void modeValidImportsTheGoodRowsWithLearnerAccountsAndAuditsIt() {
    String fileName = "valid-" + Fixtures.token() + ".csv";
    Line first = Line.valid(school());
    Line bad = Line.valid(school()).withEmail("broken-address");
    Line second = Line.valid(school());

    Api.Reply reply = upload("valid", fileName, CSV, file(StandardCharsets.UTF_8, first, bad, second));

    assertEquals(200, reply.status(), reply.body());
    assertEquals(2, reply.json().getInt("valid"));
    assertEquals(2, reply.json().getInt("imported"));
    for (Line line : List.of(first, second)) {
      List<JsonObject> found = people(line.email());
      assertEquals(1, found.size(), line.email());
      JsonObject person = found.get(0);
      assertEquals(line.surname(), person.getString("surname"));
      assertEquals(line.email(), person.getString("username"));
      assertEquals(
          Set.of("LEARNER"),
          person.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet()));
      assertEquals(line.snils(), person.getString("snils"));
      assertEquals("1978-03-14", person.getString("birthDate"));
    }
    assertTrue(people(bad.surname()).isEmpty());

    Api.Reply audit = admin.get("/api/audit?entityType=StaffImport&size=200");
    assertEquals(200, audit.status(), audit.body());
    assertTrue(
        audit.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(e -> e.getString("action").equals("staff.imported") && fileName.equals(e.getString("entityId"))),
        audit.body());
  }

  @Test
  void importingTheSameFileTwiceFindsThePeopleAlreadyRegistered() {
    Line line = Line.valid(school());
    byte[] content = file(StandardCharsets.UTF_8, line);
    assertEquals(200, upload("valid", "once.csv", CSV, content).status());

    Api.Reply again = upload("preview", "once.csv", CSV, content);

    assertEquals(200, again.status(), again.body());
    assertEquals(0, again.json().getInt("valid"));
    assertEquals("email", rows(again).get(0).getJsonArray("problems").getJsonObject(0).getString("column"));
    assertProblem(422, upload("valid", "once.csv", CSV, content));
    assertEquals(1, people(line.email()).size());
  }

  @Test
  void windows1251FilePreviewsWithTheSameCyrillicNames() {
    Line first = Line.valid(school());
    Line second = Line.valid(school());

    Api.Reply utf8 = upload("preview", "utf8.csv", CSV, file(StandardCharsets.UTF_8, first, second));
    Api.Reply cp1251 = upload("preview", "cp1251.csv", CSV, file(Charset.forName("windows-1251"), first, second));

    assertEquals(200, cp1251.status(), cp1251.body());
    assertEquals(2, cp1251.json().getInt("valid"), cp1251.body());
    assertEquals(rows(utf8).get(0).getJsonObject("values"), rows(cp1251).get(0).getJsonObject("values"));
    assertEquals(first.surname(), rows(cp1251).get(0).getJsonObject("values").getString("surname"));
    assertEquals("Алёна", rows(cp1251).get(1).getJsonObject("values").getString("name"));
    assertEquals(school(), rows(cp1251).get(1).getJsonObject("values").getString("organisation"));
  }

  @Test
  void xlsxWorkbookImports() {
    Line line = Line.valid(school());
    byte[] workbook = xlsx(line);

    Api.Reply reply = upload("valid", "staff-" + Fixtures.token() + ".xlsx", XLSX, workbook);

    assertEquals(200, reply.status(), reply.body());
    assertEquals(1, reply.json().getInt("imported"), reply.body());
    List<JsonObject> found = people(line.email());
    assertEquals(1, found.size());
    assertEquals(line.surname(), found.get(0).getString("surname"));
    assertEquals("1978-03-14", found.get(0).getString("birthDate"));
  }

  @Test
  void pngRenamedToXlsxIs422Problem() {
    byte[] png = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000");

    Api.Reply reply = upload("preview", "photo.xlsx", XLSX, png);

    assertProblem(422, reply);
    assertEquals("Это не таблица CSV или XLSX.", reply.detail());
  }

  @Test
  void emptyBodyIs422Problem() {
    assertProblem(422, upload("preview", "empty.csv", CSV, new byte[0]));
  }

  @Test
  void fileWithoutRequiredColumnsIs422NamingThem() {
    byte[] content = "Фамилия;Имя\r\nИванова;Мария".getBytes(StandardCharsets.UTF_8);

    Api.Reply reply = upload("preview", "short.csv", CSV, content);

    assertProblem(422, reply);
    assertTrue(reply.detail().contains("Должность"), reply.detail());
  }

  @Test
  void unknownModeIs400NamingTheParameter() {
    Api.Reply reply = upload("bogus", "staff.csv", CSV, file(StandardCharsets.UTF_8, Line.valid(school())));

    assertProblem(400, reply);
    assertTrue(reply.body().contains("\"field\":\"mode\""), reply.body());
  }

  @Test
  void fileOver5MegabytesIs422Problem() {
    String row = "\r\n" + Line.valid(school()).csv();
    int copies = 5 * 1024 * 1024 / row.getBytes(StandardCharsets.UTF_8).length + 10;
    byte[] content = (HEADER + row.repeat(copies)).getBytes(StandardCharsets.UTF_8);
    assertTrue(content.length > 5 * 1024 * 1024);

    Api.Reply reply = upload("preview", "huge.csv", CSV, content);

    assertProblem(422, reply);
    assertTrue(reply.detail().contains("5"), reply.detail());
  }

  @Test
  void unknownOrganisationIsReportedPerRow() {
    Line line =
        new Line(Fixtures.surname(), "Ольга", "", "библиотекарь", "Школа на Луне", Fixtures.email(), "", "");

    Api.Reply preview = upload("preview", "moon.csv", CSV, file(StandardCharsets.UTF_8, line));

    assertEquals(200, preview.status(), preview.body());
    JsonObject problem = rows(preview).get(0).getJsonArray("problems").getJsonObject(0);
    assertEquals("organisation", problem.getString("column"));
    assertTrue(problem.getString("message").contains("Школа на Луне"), problem.toString());
  }

  @Test
  void departmentAndLearnerMayNotImport() {
    byte[] content = file(StandardCharsets.UTF_8, Line.valid(school()));
    for (String user : List.of("department", "librarian")) {
      Api.Reply reply = Api.as(user).send("POST", "/api/people/import?mode=valid&fileName=x.csv", CSV, content);
      assertProblem(403, reply);
    }
  }

  private static byte[] xlsx(Line... lines) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Сотрудники");
      String[] header = HEADER.split(";");
      Row top = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        top.createCell(c).setCellValue(header[c]);
      }
      for (int r = 0; r < lines.length; r++) {
        Row row = sheet.createRow(r + 1);
        String[] values = lines[r].csv().split(";", -1);
        for (int c = 0; c < values.length; c++) {
          row.createCell(c).setCellValue(values[c]);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
