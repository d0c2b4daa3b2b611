package ru.shibc.academy.roadmap.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.shibc.academy.roadmap.indicator.Indicator;

/**
 * The quarterly monitoring report as a workbook: the items (overdue rows filled red, with a column
 * that says so, so a filter can pick them) and the indicators, on two sheets.
 */
final class ReportXlsx {

  private ReportXlsx() {}

  static byte[] render(ReportSnapshot s) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      var font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle overdue = book.createCellStyle();
      overdue.setFillForegroundColor(IndexedColors.ROSE.getIndex());
      overdue.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      overdue.setWrapText(true);
      CellStyle wrap = book.createCellStyle();
      wrap.setWrapText(true);

      Sheet items = book.createSheet(ReportTexts.text("report.sheet.items"));
      header(items.createRow(0), bold, "number", "section", "measure", "timeframe", "status", "overdueColumn",
          "responsible", "indicators", "evidence");
      int r = 1;
      for (ReportSnapshot.ItemRow item : s.items()) {
        Row row = items.createRow(r++);
        CellStyle style = item.overdue() ? overdue : wrap;
        String[] values = {
          item.number(), item.section(), item.measure(), item.timeframe(), ReportTexts.text("report.status." + item.status()),
          item.overdue() ? ReportTexts.text("report.overdue") : "", item.responsible() == null ? item.executors() : item.responsible(),
          String.join("\n", item.indicators()), String.join("\n", item.evidence())
        };
        for (int c = 0; c < values.length; c++) {
          var cell = row.createCell(c);
          cell.setCellValue(values[c] == null ? "" : values[c]);
          cell.setCellStyle(style);
        }
      }
      int[] widths = {8, 30, 60, 20, 16, 14, 30, 50, 40};
      for (int c = 0; c < widths.length; c++) {
        items.setColumnWidth(c, widths[c] * 256);
      }
      items.createFreezePane(0, 1);

      Sheet indicators = book.createSheet(ReportTexts.text("report.sheet.indicators"));
      header(indicators.createRow(0), bold, "number", "indicator", "value", "share", "target", "note");
      r = 1;
      for (Indicator i : s.indicators()) {
        Row row = indicators.createRow(r++);
        row.createCell(0).setCellValue(i.item());
        row.createCell(1).setCellValue(i.name());
        if (i.value() != null) {
          row.createCell(2).setCellValue(i.value().doubleValue());
        }
        if (i.share() != null) {
          row.createCell(3).setCellValue(i.share().doubleValue());
        }
        if (i.target() != null) {
          row.createCell(4).setCellValue(i.target().doubleValue());
        }
        row.createCell(5).setCellValue(i.note() == null ? "" : i.note());
      }
      int[] widths2 = {8, 60, 12, 12, 12, 40};
      for (int c = 0; c < widths2.length; c++) {
        indicators.setColumnWidth(c, widths2[c] * 256);
      }
      book.getProperties().getCoreProperties().setTitle(ReportTexts.text("report.pdf.title", s.quarter(), String.valueOf(s.year())));
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Row row, CellStyle bold, String... keys) {
    List<String> list = List.of(keys);
    for (int c = 0; c < list.size(); c++) {
      var cell = row.createCell(c);
      cell.setCellValue(ReportTexts.text("report.column." + list.get(c)));
      cell.setCellStyle(bold);
    }
  }
}
