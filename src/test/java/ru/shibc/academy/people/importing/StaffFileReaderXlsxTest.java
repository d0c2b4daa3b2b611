package ru.shibc.academy.people.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.shibc.academy.people.importing.StaffFileReaderCsvTest.assertCode;
import static ru.shibc.academy.people.importing.StaffFiles.png;
import static ru.shibc.academy.people.importing.StaffFiles.xlsx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class StaffFileReaderXlsxTest {

  private static final Object[] HEADER = {
    "Фамилия", "Имя", "Отчество", "Должность", "Организация", "Email", "СНИЛС", "Дата рождения"
  };

  @Test
  void readsFirstSheetOfXlsx() throws Exception {
    byte[] file =
        xlsx(
            HEADER,
            new Object[] {
              "Иванова",
              "Мария",
              "Петровна",
              "педагог-библиотекарь",
              "МБОУ «Кичкасская СОШ»",
              "ivanova@kichkas-school.ru",
              "112-233-445 95",
              LocalDate.of(1978, 3, 14)
            });

    SheetRows sheet = StaffFileReader.read(file, "staff.xlsx");

    assertEquals(Arrays.stream(HEADER).map(Object::toString).toList(), sheet.header());
    RawRow row = sheet.rows().get(0);
    assertEquals(2, row.line());
    assertEquals("Иванова", row.values().get(StaffColumn.SURNAME));
    assertEquals("МБОУ «Кичкасская СОШ»", row.values().get(StaffColumn.ORGANISATION));
  }

  @Test
  void readsDateCellsAsIsoDates() throws Exception {
    byte[] file = xlsx(HEADER, row(LocalDate.of(1990, 12, 31)));

    RawRow row = StaffFileReader.read(file, "staff.xlsx").rows().get(0);

    assertEquals("1990-12-31", row.values().get(StaffColumn.BIRTH_DATE));
  }

  @Test
  void restoresLeadingZerosOfSnilsTypedAsNumber() throws Exception {
    Object[] row = row(null);
    row[6] = 1_002_003_044L;

    RawRow read = StaffFileReader.read(xlsx(HEADER, row), "staff.xlsx").rows().get(0);

    assertEquals("01002003044", read.values().get(StaffColumn.SNILS));
  }

  @Test
  void readsNumbersInTextColumnsAsDisplayed() throws Exception {
    Object[] row = row(null);
    row[4] = 17;

    RawRow read = StaffFileReader.read(xlsx(HEADER, row), "staff.xlsx").rows().get(0);

    assertEquals("17", read.values().get(StaffColumn.ORGANISATION));
  }

  @Test
  void usesExcelRowNumbersAndSkipsBlankRows() throws Exception {
    Object[] blankCells = {null, "", "  "};
    byte[] file = xlsx(HEADER, row(null), null, blankCells, row(null));

    List<RawRow> rows = StaffFileReader.read(file, "staff.xlsx").rows();

    assertEquals(List.of(2, 5), rows.stream().map(RawRow::line).toList());
  }

  @Test
  void findsHeaderBelowATitleRow() throws Exception {
    byte[] file = xlsx(new Object[] {"Список сотрудников библиотек"}, null, HEADER, row(null));

    SheetRows sheet = StaffFileReader.read(file, "список.xlsx");

    assertEquals(4, sheet.rows().get(0).line());
  }

  @Test
  void detectsXlsxByContentWhateverTheName() throws Exception {
    Map<StaffColumn, String> values =
        StaffFileReader.read(xlsx(HEADER, row(null)), "staff.csv").rows().get(0).values();

    assertEquals("Мария", values.get(StaffColumn.NAME));
  }

  @Test
  void reportsMissingColumnsInXlsx() {
    UnreadableStaffFileException e =
        assertCode(
            "missing-columns",
            xlsx(new Object[] {"Фамилия", "Имя", "Должность", "Школа"}, new Object[] {"Иванова"}),
            "staff.xlsx");

    assertEquals(List.of("EMAIL"), e.details());
  }

  @Test
  void rejectsPngRenamedToXlsx() {
    assertCode("not-a-spreadsheet", png(), "staff.xlsx");
  }

  @Test
  void rejectsCsvRenamedToXlsx() {
    assertCode(
        "not-a-spreadsheet",
        "Фамилия;Имя\nИванова;Мария".getBytes(StandardCharsets.UTF_8),
        "STAFF.XLS");
  }

  @Test
  void rejectsZipThatIsNotAWorkbook() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("не таблица".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertCode("not-a-spreadsheet", bytes.toByteArray(), "staff.xlsx");
  }

  @Test
  void rejectsTruncatedXlsx() {
    byte[] file = xlsx(HEADER, row(null));

    assertCode("not-a-spreadsheet", Arrays.copyOf(file, file.length / 2), "staff.xlsx");
  }

  @Test
  void rejectsHeaderOnlyWorkbook() {
    assertCode("empty-file", xlsx(HEADER), "staff.xlsx");
  }

  @Test
  void rejectsWorkbookWithEmptySheet() {
    assertCode("empty-file", xlsx(), "staff.xlsx");
  }

  private static Object[] row(LocalDate birthDate) {
    return new Object[] {
      "Иванова",
      "Мария",
      "Петровна",
      "педагог-библиотекарь",
      "МБОУ «Кичкасская СОШ»",
      "ivanova@kichkas-school.ru",
      "112-233-445 95",
      birthDate
    };
  }
}
