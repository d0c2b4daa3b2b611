package ru.shibc.academy.people.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.people.importing.StaffFiles.HEADER_RU;
import static ru.shibc.academy.people.importing.StaffFiles.IVANOVA;
import static ru.shibc.academy.people.importing.StaffFiles.SOKOLOV;
import static ru.shibc.academy.people.importing.StaffFiles.cp1251;
import static ru.shibc.academy.people.importing.StaffFiles.png;
import static ru.shibc.academy.people.importing.StaffFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffFileReaderCsvTest {

  @Test
  void readsWindows1251CsvWithSemicolons() throws Exception {
    SheetRows sheet = StaffFileReader.read(cp1251(HEADER_RU, IVANOVA, SOKOLOV), "staff.csv");

    assertEquals(2, sheet.rows().size());
    RawRow ivanova = sheet.rows().get(0);
    assertEquals(2, ivanova.line());
    assertEquals("Иванова", ivanova.values().get(StaffColumn.SURNAME));
    assertEquals("Петровна", ivanova.values().get(StaffColumn.PATRONYMIC));
    assertEquals("МБОУ «Кичкасская СОШ»", ivanova.values().get(StaffColumn.ORGANISATION));
    assertEquals("14.03.1978", ivanova.values().get(StaffColumn.BIRTH_DATE));
    assertEquals("Соколов", sheet.rows().get(1).values().get(StaffColumn.SURNAME));
  }

  @Test
  void readsUtf8CsvWithoutBom() throws Exception {
    SheetRows sheet = StaffFileReader.read(utf8(HEADER_RU, IVANOVA), "staff.csv");

    assertEquals("Мария", sheet.rows().get(0).values().get(StaffColumn.NAME));
  }

  @Test
  void readsUtf8CsvWithBom() throws Exception {
    byte[] body = utf8(HEADER_RU, IVANOVA);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    SheetRows sheet = StaffFileReader.read(withBom, "staff.csv");

    assertEquals("Фамилия", sheet.header().get(0));
    assertEquals("Иванова", sheet.rows().get(0).values().get(StaffColumn.SURNAME));
  }

  @Test
  void readsUtf16TextThatExcelSavesAsUnicodeText() throws Exception {
    String text = (HEADER_RU + "\r\n" + IVANOVA).replace(';', '\t');
    byte[] utf16 = ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);

    SheetRows sheet = StaffFileReader.read(utf16, "staff.txt");

    assertEquals("Иванова", sheet.rows().get(0).values().get(StaffColumn.SURNAME));
  }

  @Test
  void detectsCommaDelimiterWithQuotedOrganisation() throws Exception {
    byte[] csv =
        utf8(
            "Surname,Name,Position,School,Email",
            "Петрова,Анна,педагог-библиотекарь,\"МБОУ «Кичкасская СОШ», филиал\",petrova@mail.ru");

    RawRow row = StaffFileReader.read(csv, "staff.csv").rows().get(0);

    assertEquals("МБОУ «Кичкасская СОШ», филиал", row.values().get(StaffColumn.ORGANISATION));
    assertEquals("petrova@mail.ru", row.values().get(StaffColumn.EMAIL));
  }

  @Test
  void detectsTabDelimiter() throws Exception {
    byte[] csv = utf8(HEADER_RU.replace(';', '\t'), IVANOVA.replace(';', '\t'));

    RawRow row = StaffFileReader.read(csv, "staff.tsv").rows().get(0);

    assertEquals("педагог-библиотекарь", row.values().get(StaffColumn.POSITION));
  }

  @Test
  void honoursExcelSepLine() throws Exception {
    byte[] csv = utf8("sep=,", "Фамилия,Имя,Должность,Школа,Email", "Иванова,Мария,б,с,a@b.ru");

    SheetRows sheet = StaffFileReader.read(csv, "staff.csv");

    assertEquals(3, sheet.rows().get(0).line());
    assertEquals("Мария", sheet.rows().get(0).values().get(StaffColumn.NAME));
  }

  @Test
  void skipsBlankRowsButKeepsFileLineNumbers() throws Exception {
    byte[] csv = cp1251(HEADER_RU, IVANOVA, "", ";;;;;;;", "   ", SOKOLOV);

    List<RawRow> rows = StaffFileReader.read(csv, "staff.csv").rows();

    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).line());
    assertEquals(6, rows.get(1).line());
  }

  @Test
  void findsHeaderBelowATitleLine() throws Exception {
    byte[] csv = cp1251("Список сотрудников библиотек на 01.09.2025;;;;;;;", HEADER_RU, IVANOVA);

    SheetRows sheet = StaffFileReader.read(csv, "staff.csv");

    assertEquals(1, sheet.rows().size());
    assertEquals(3, sheet.rows().get(0).line());
  }

  @Test
  void trimsValuesAndLeavesEmptyCellsAbsent() throws Exception {
    byte[] csv =
        utf8(
            HEADER_RU, "  Иванова \u00a0; Мария ;  ; педагог-библиотекарь ;МБОУ СОШ №1; a@b.ru ;;");

    Map<StaffColumn, String> values = StaffFileReader.read(csv, "staff.csv").rows().get(0).values();

    assertEquals("Иванова", values.get(StaffColumn.SURNAME));
    assertEquals("a@b.ru", values.get(StaffColumn.EMAIL));
    assertFalse(values.containsKey(StaffColumn.PATRONYMIC));
    assertFalse(values.containsKey(StaffColumn.SNILS));
    assertFalse(values.containsKey(StaffColumn.BIRTH_DATE));
  }

  @Test
  void recognisesEnglishAndOddlyWrittenHeaders() throws Exception {
    byte[] csv =
        utf8(
            "LAST NAME*;First name;Middle name;Job title;Organization;Эл. почта;SNILS;Birthdate",
            "Иванова;Мария;Петровна;педагог-библиотекарь;МБОУ СОШ №1;a@b.ru;112-233-445 95;"
                + "1978-03-14");

    Map<StaffColumn, String> values = StaffFileReader.read(csv, "staff.csv").rows().get(0).values();

    assertEquals(StaffColumn.values().length, values.size());
  }

  @Test
  void reportsIgnoredColumns() throws Exception {
    byte[] csv = utf8(HEADER_RU + ";Стаж;Телефон", IVANOVA + ";12;+7 900 000-00-00");

    SheetRows sheet = StaffFileReader.read(csv, "staff.csv");

    assertEquals(List.of("Стаж", "Телефон"), sheet.ignoredColumns());
    assertFalse(sheet.rows().get(0).values().containsValue("12"));
  }

  @Test
  void reportsMissingRequiredColumns() {
    byte[] csv = utf8("Фамилия;Имя;Отчество", "Иванова;Мария;Петровна");

    UnreadableStaffFileException e =
        assertThrows(
            UnreadableStaffFileException.class, () -> StaffFileReader.read(csv, "staff.csv"));

    assertEquals("missing-columns", e.code());
    assertEquals(List.of("POSITION", "ORGANISATION", "EMAIL"), e.details());
  }

  @Test
  void rejectsEmptyFile() {
    assertCode("empty-file", new byte[0], "staff.csv");
    assertCode("empty-file", utf8("", "  ", ""), "staff.csv");
  }

  @Test
  void rejectsHeaderWithoutRows() {
    UnreadableStaffFileException e = assertCode("empty-file", utf8(HEADER_RU, ";;;;"), "a.csv");
    assertEquals(List.of("no-data-rows"), e.details());
  }

  @Test
  void rejectsPngRenamedToCsv() {
    assertCode("not-a-spreadsheet", png(), "staff.csv");
  }

  @Test
  void rejectsTextWithNulBytes() {
    byte[] csv = utf8(HEADER_RU, IVANOVA);
    csv[10] = 0;
    assertCode("not-a-spreadsheet", csv, "staff.csv");
  }

  @Test
  void rejectsPdf() {
    assertCode("not-a-spreadsheet", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.UTF_8), "a.csv");
  }

  @Test
  void rejectsUnterminatedQuote() {
    assertCode("not-a-spreadsheet", utf8(HEADER_RU, "\"Иванова;Мария"), "staff.csv");
  }

  @Test
  void acceptsTenThousandRows() throws Exception {
    assertEquals(10_000, StaffFileReader.read(rows(10_000), "staff.csv").rows().size());
  }

  @Test
  void rejectsMoreThanTenThousandRows() {
    UnreadableStaffFileException e = assertCode("too-many-rows", rows(10_001), "staff.csv");
    assertEquals(List.of("10000"), e.details());
  }

  @Test
  void treatsUnknownExtensionAsCsv() throws Exception {
    assertTrue(StaffFileReader.read(utf8(HEADER_RU, IVANOVA), null).rows().size() == 1);
  }

  private static byte[] rows(int count) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER_RU);
    for (int i = 0; i < count; i++) {
      lines.add(IVANOVA);
    }
    return utf8(lines.toArray(String[]::new));
  }

  static UnreadableStaffFileException assertCode(String code, byte[] content, String fileName) {
    UnreadableStaffFileException e =
        assertThrows(
            UnreadableStaffFileException.class, () -> StaffFileReader.read(content, fileName));
    assertEquals(code, e.code());
    return e;
  }
}
