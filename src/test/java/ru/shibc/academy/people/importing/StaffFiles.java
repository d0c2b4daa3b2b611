package ru.shibc.academy.people.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds staff list fixtures in memory. */
final class StaffFiles {

  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  static final String HEADER_RU =
      "Фамилия;Имя;Отчество;Должность;Организация;E-mail;СНИЛС;Дата рождения";

  static final String IVANOVA =
      "Иванова;Мария;Петровна;педагог-библиотекарь;МБОУ «Кичкасская СОШ»;"
          + "M.Ivanova@kichkas-school.ru;112-233-445 95;14.03.1978";

  static final String SOKOLOV =
      "Соколов;Алексей;Викторович;заведующий библиотекой;МБОУ «Кичкасская СОШ»;"
          + "sokolov.av@kichkas-school.ru;987-654-321 83;1985-11-02";

  private StaffFiles() {}

  static byte[] utf8(String... lines) {
    return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] cp1251(String... lines) {
    return String.join("\r\n", lines).getBytes(WINDOWS_1251);
  }

  /** The signature and the start of the IHDR chunk of a 1x1 PNG. */
  static byte[] png() {
    return HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000");
  }

  /** A workbook whose first sheet holds the given rows; LocalDate values become date cells. */
  static byte[] xlsx(Object[]... rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
      Sheet sheet = workbook.createSheet("Сотрудники");
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
          } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else {
            cell.setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
