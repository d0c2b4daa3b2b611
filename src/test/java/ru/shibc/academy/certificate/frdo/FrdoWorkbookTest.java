package ru.shibc.academy.certificate.frdo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FrdoWorkbookTest {

  /** The template's header row, spelled out here so that a slip in {@link FrdoColumn} shows. */
  private static final List<String> TEMPLATE_HEADERS =
      List.of(
          "Вид документа",
          "Статус документа",
          "Подтверждение утраты",
          "Подтверждение обмена",
          "Подтверждение уничтожения",
          "Серия документа",
          "Номер документа",
          "Дата выдачи документа",
          "Регистрационный номер",
          "Дополнительная профессиональная программа (повышение квалификации/ профессиональная"
              + " переподготовка)",
          "Наименование дополнительной профессиональной программы",
          "Наименование области профессиональной деятельности",
          "Укрупненные группы специальностей",
          "Наименование квалификации, профессии, специальности",
          "Уровень образования ВО/СПО",
          "Фамилия указанная в дипломе о ВО или СПО",
          "Серия документа о ВО/СПО",
          "Номер документа о ВО/СПО",
          "Год начала обучения (для документа о квалификации)",
          "Год окончания обучения (для документа о квалификации)",
          "Срок обучения, часов (для документа о квалификации)",
          "Фамилия получателя",
          "Имя получателя",
          "Отчество получателя",
          "Дата рождения получателя",
          "Пол получателя",
          "СНИЛС",
          "Форма обучения",
          "Источник финансирования обучения",
          "Форма получения образования на момент прекращения образовательных отношений",
          "Гражданство получателя (код страны по ОКСМ)",
          "Наименование документа об образовании (оригинала)",
          "Серия (оригинала)",
          "Номер (оригинала)",
          "Регистрационный N (оригинала)",
          "Дата выдачи (оригинала)",
          "Фамилия получателя (оригинала)",
          "Имя получателя (оригинала)",
          "Отчество получателя (оригинала)",
          "Номер документа для изменения");

  private static XSSFWorkbook readBack(List<FrdoRecord> records) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(FrdoWorkbook.bytes(records)));
  }

  private static String text(Row row, FrdoColumn column) {
    Cell cell = row.getCell(column.ordinal());
    if (cell == null) {
      return null;
    }
    assertEquals(CellType.STRING, cell.getCellType(), column + " is text");
    return cell.getStringCellValue();
  }

  private static int number(Row row, FrdoColumn column) {
    Cell cell = row.getCell(column.ordinal());
    assertEquals(CellType.NUMERIC, cell.getCellType(), column + " is a number");
    return (int) cell.getNumericCellValue();
  }

  @Test
  void headerRowIsTheTemplatesColumnsInOrder() throws IOException {
    try (XSSFWorkbook book = readBack(List.of())) {
      assertEquals(1, book.getNumberOfSheets());
      Sheet sheet = book.getSheet("Шаблон");
      Row header = sheet.getRow(0);
      List<String> headers = new ArrayList<>();
      header.forEach(cell -> headers.add(cell.getStringCellValue()));
      assertEquals(TEMPLATE_HEADERS, headers);
      assertEquals(40, header.getLastCellNum());
      assertEquals(0, sheet.getLastRowNum());
    }
  }

  @Test
  void writesCyrillicRecordInTemplateFormats() throws IOException {
    try (XSSFWorkbook book = readBack(List.of(RecordBuilder.valid().build()))) {
      Row row = book.getSheet("Шаблон").getRow(1);
      assertEquals("Удостоверение о повышении квалификации", text(row, FrdoColumn.DOCUMENT_TYPE));
      assertEquals("Оригинал", text(row, FrdoColumn.DOCUMENT_STATUS));
      assertEquals("Нет", text(row, FrdoColumn.LOSS_CONFIRMED));
      assertEquals("Нет", text(row, FrdoColumn.EXCHANGE_CONFIRMED));
      assertEquals("Нет", text(row, FrdoColumn.DESTRUCTION_CONFIRMED));
      assertEquals("Нет", text(row, FrdoColumn.SERIES));
      assertEquals("000123", text(row, FrdoColumn.NUMBER));
      assertEquals("30.05.2025", text(row, FrdoColumn.ISSUE_DATE));
      assertEquals("ШИБЦ-2025-0042", text(row, FrdoColumn.REGISTRATION_NUMBER));
      assertEquals("Повышение квалификации", text(row, FrdoColumn.PROGRAMME_TYPE));
      assertEquals(
          "Школьный информационно-библиотечный центр: модель и практика",
          text(row, FrdoColumn.PROGRAMME_NAME));
      assertNull(text(row, FrdoColumn.PROFESSIONAL_FIELD));
      assertNull(text(row, FrdoColumn.PRIOR_EDUCATION_LEVEL));
      assertEquals(2025, number(row, FrdoColumn.START_YEAR));
      assertEquals(2025, number(row, FrdoColumn.END_YEAR));
      assertEquals(36, number(row, FrdoColumn.HOURS));
      assertEquals("Иванова", text(row, FrdoColumn.SURNAME));
      assertEquals("Мария", text(row, FrdoColumn.NAME));
      assertEquals("Петровна", text(row, FrdoColumn.PATRONYMIC));
      assertEquals("12.03.1980", text(row, FrdoColumn.BIRTH_DATE));
      assertEquals("Жен", text(row, FrdoColumn.SEX));
      assertEquals("112-233-445 95", text(row, FrdoColumn.SNILS));
      assertEquals("Очно-заочная", text(row, FrdoColumn.STUDY_FORM));
      assertEquals(RecordBuilder.FUNDING, text(row, FrdoColumn.FUNDING_SOURCE));
      assertEquals("в образовательной организации", text(row, FrdoColumn.EDUCATION_SETTING));
      assertEquals("643", text(row, FrdoColumn.CITIZENSHIP));
      for (int c = FrdoColumn.ORIGINAL_DOCUMENT_NAME.ordinal(); c < 40; c++) {
        assertNull(row.getCell(c), "column " + c + " is empty for an original");
      }
    }
  }

  @Test
  void leavesPatronymicEmptyWhenThereIsNone() throws IOException {
    RecordBuilder builder = RecordBuilder.valid();
    builder.surname = "Ким";
    builder.name = "Алексей";
    builder.patronymic = null;
    builder.sex = FrdoHolder.Sex.MALE;
    builder.series = "ШИ";
    try (XSSFWorkbook book = readBack(List.of(builder.build()))) {
      Row row = book.getSheet("Шаблон").getRow(1);
      assertEquals("Ким", text(row, FrdoColumn.SURNAME));
      assertEquals("Алексей", text(row, FrdoColumn.NAME));
      assertNull(text(row, FrdoColumn.PATRONYMIC));
      assertEquals("Муж", text(row, FrdoColumn.SEX));
      assertEquals("ШИ", text(row, FrdoColumn.SERIES));
    }
  }

  @Test
  void writesTheOriginalOfDuplicate() throws IOException {
    RecordBuilder builder = RecordBuilder.duplicate();
    builder.changedDocumentNumber = "000120";
    try (XSSFWorkbook book = readBack(List.of(builder.build()))) {
      Row row = book.getSheet("Шаблон").getRow(1);
      assertEquals("Дубликат", text(row, FrdoColumn.DOCUMENT_STATUS));
      assertEquals(
          "Удостоверение о повышении квалификации", text(row, FrdoColumn.ORIGINAL_DOCUMENT_NAME));
      assertNull(text(row, FrdoColumn.ORIGINAL_SERIES));
      assertEquals("000045", text(row, FrdoColumn.ORIGINAL_NUMBER));
      assertEquals("ШИБЦ-2023-0007", text(row, FrdoColumn.ORIGINAL_REGISTRATION_NUMBER));
      assertEquals("20.11.2023", text(row, FrdoColumn.ORIGINAL_ISSUE_DATE));
      assertEquals("Смирнова", text(row, FrdoColumn.ORIGINAL_SURNAME));
      assertEquals("Мария", text(row, FrdoColumn.ORIGINAL_NAME));
      assertEquals("Петровна", text(row, FrdoColumn.ORIGINAL_PATRONYMIC));
      assertEquals("000120", text(row, FrdoColumn.CHANGED_DOCUMENT_NUMBER));
      assertEquals("Иванова", text(row, FrdoColumn.SURNAME));
    }
  }

  @Test
  void writesConfirmationsAsYes() throws IOException {
    FrdoRecord valid = RecordBuilder.valid().build();
    FrdoDocument d = valid.document();
    FrdoRecord lost =
        new FrdoRecord(
            new FrdoDocument(
                d.type(),
                d.status(),
                true,
                false,
                true,
                d.series(),
                d.number(),
                d.issueDate(),
                d.registrationNumber()),
            valid.programme(),
            valid.priorEducation(),
            valid.holder(),
            null,
            null);
    try (XSSFWorkbook book = readBack(List.of(lost))) {
      Row row = book.getSheet("Шаблон").getRow(1);
      assertEquals("Да", text(row, FrdoColumn.LOSS_CONFIRMED));
      assertEquals("Нет", text(row, FrdoColumn.EXCHANGE_CONFIRMED));
      assertEquals("Да", text(row, FrdoColumn.DESTRUCTION_CONFIRMED));
    }
  }

  @Test
  void formatsSnilsHoweverItWasTyped() throws IOException {
    RecordBuilder builder = RecordBuilder.valid();
    builder.snils = " 112 233 445 95 ";
    try (XSSFWorkbook book = readBack(List.of(builder.build()))) {
      assertEquals("112-233-445 95", text(book.getSheet("Шаблон").getRow(1), FrdoColumn.SNILS));
    }
  }

  @Test
  void writesTenThousandRows() throws IOException {
    List<FrdoRecord> records = Collections.nCopies(10_000, RecordBuilder.valid().build());
    try (XSSFWorkbook book = readBack(records)) {
      Sheet sheet = book.getSheet("Шаблон");
      assertEquals(10_000, sheet.getLastRowNum());
      assertEquals("Иванова", text(sheet.getRow(10_000), FrdoColumn.SURNAME));
    }
  }
}
