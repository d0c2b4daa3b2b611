package ru.shibc.academy.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table (a header and rows of text) as the XLSX and CSV files every export offers. Cells that
 * hold whole numbers are written as numbers in XLSX, so that Excel can sum them.
 */
public final class TableFiles {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv; charset=UTF-8";

  private TableFiles() {}

  public static byte[] xlsx(String sheetName, String[] header, List<String[]> rows) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(sheetName);
      write(sheet.createRow(0), header, false);
      for (int i = 0; i < rows.size(); i++) {
        write(sheet.createRow(i + 1), rows.get(i), true);
      }
      for (int c = 0; c < header.length; c++) {
        sheet.setColumnWidth(c, Math.min(60, Math.max(12, header[c].length() + 4)) * 256);
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CSV as Excel opens it in Russia: UTF-8 with a BOM, ";" between cells. */
  public static byte[] csv(String[] header, List<String[]> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter printer =
        new CSVPrinter(
            new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
      printer.printRecord((Object[]) header);
      for (String[] row : rows) {
        printer.printRecord((Object[]) Arrays.stream(row).map(TableFiles::inert).toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A cell that Excel would read as a formula is written as text (CSV injection). */
  public static String inert(String cell) {
    return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static void write(Row row, String[] values, boolean numbers) {
    for (int c = 0; c < values.length; c++) {
      String v = values[c] == null ? "" : values[c];
      if (numbers && v.matches("\\d{1,9}")) {
        row.createCell(c).setCellValue(Integer.parseInt(v));
      } else {
        row.createCell(c).setCellValue(v);
      }
    }
  }
}
