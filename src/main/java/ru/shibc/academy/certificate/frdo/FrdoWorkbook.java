package ru.shibc.academy.certificate.frdo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes records as the ФИС ФРДО upload file: one sheet, the template's single header row, one row
 * per document.
 *
 * <p>Dates are written as text {@code dd.MM.yyyy}, not as date cells. The template's instructions
 * and its checks ask for that text; a text cell reads the same in every spreadsheet and locale, and
 * survives a methodologist opening and re-saving the file, where a date cell would be shown and
 * re-saved in the local date format. For the same reason every text column is formatted as text
 * ({@code @}), so a СНИЛС stays {@code 112-233-445 95} and a citizenship code keeps its leading
 * zero when someone edits a cell. Years and hours are whole numbers and written as numbers.
 *
 * <p>The sheet is streamed ({@link SXSSFWorkbook}): only a window of rows stays in memory, so a
 * district's whole history of documents costs no more heap than a page of it.
 */
public final class FrdoWorkbook {

  /** The template's sheet name, which the register's loader looks for. */
  public static final String SHEET_NAME = "Шаблон";

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final int ROWS_IN_MEMORY = 200;

  private static final Set<FrdoColumn> NUMBER_COLUMNS =
      EnumSet.of(FrdoColumn.START_YEAR, FrdoColumn.END_YEAR, FrdoColumn.HOURS);

  private static final Set<FrdoColumn> WIDE_COLUMNS =
      EnumSet.of(FrdoColumn.DOCUMENT_TYPE, FrdoColumn.PROGRAMME_NAME, FrdoColumn.FUNDING_SOURCE);

  private FrdoWorkbook() {}

  /** The file as bytes, for a download. */
  public static byte[] bytes(Iterable<FrdoRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(records, out);
    return out.toByteArray();
  }

  /**
   * Writes the file to the stream, leaving the stream open. Records are written as they are; check
   * them with {@link FrdoValidator} first.
   */
  public static void write(Iterable<FrdoRecord> records, OutputStream out) {
    SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
    book.setCompressTempFiles(true);
    try {
      Styles styles = new Styles(book);
      SXSSFSheet sheet = book.createSheet(SHEET_NAME);
      writeHeader(sheet, styles);
      int rowIndex = 1;
      for (FrdoRecord record : records) {
        writeRecord(sheet.createRow(rowIndex++), record, styles);
      }
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // The streamed rows wait in temporary files holding personal data; remove them at once.
      book.dispose();
      try {
        book.close();
      } catch (IOException e) {
        // Nothing was opened from a file, so there is nothing left to release.
      }
    }
  }

  private static void writeHeader(SXSSFSheet sheet, Styles styles) {
    Row header = sheet.createRow(0);
    for (FrdoColumn column : FrdoColumn.values()) {
      int c = column.ordinal();
      Cell cell = header.createCell(c);
      cell.setCellValue(column.header());
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(c, (WIDE_COLUMNS.contains(column) ? 45 : 20) * 256);
      sheet.setDefaultColumnStyle(c, NUMBER_COLUMNS.contains(column) ? styles.number : styles.text);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void writeRecord(Row row, FrdoRecord record, Styles styles) {
    for (FrdoColumn column : FrdoColumn.values()) {
      Object value = FrdoCells.value(record, column);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(column.ordinal());
      if (value instanceof Integer number) {
        cell.setCellValue(number);
        cell.setCellStyle(styles.number);
      } else {
        cell.setCellValue((String) value);
        cell.setCellStyle(styles.text);
      }
    }
  }

  /** The three cell styles, created once: a workbook holds at most 64,000 of them. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;

    Styles(SXSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      header = book.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      number = book.createCellStyle();
      number.setDataFormat(book.createDataFormat().getFormat("0"));
    }
  }
}
