package ru.shibc.academy.people.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads the first sheet of an XLSX (or legacy XLS) staff list. */
final class XlsxSheetReader {

  private XlsxSheetReader() {}

  static SheetRows read(byte[] content) throws UnreadableStaffFileException {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new UnreadableStaffFileException(UnreadableStaffFileException.EMPTY_FILE);
      }
      return read(workbook.getSheetAt(0));
    } catch (IOException | RuntimeException e) {
      // POI reports a zip that is not a workbook, an encrypted workbook, a zip bomb or a
      // truncated upload with a zoo of exception types; for the user they are all the same.
      throw new UnreadableStaffFileException(UnreadableStaffFileException.NOT_A_SPREADSHEET);
    }
  }

  private static SheetRows read(Sheet sheet) throws UnreadableStaffFileException {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    // Evaluating formulas could fail on links to other workbooks; Excel saved the results anyway.
    formatter.setUseCachedValuesForFormulaCells(true);
    RowCollector collector = new RowCollector();
    int snilsColumn = -1;
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
        cells.add(text(row.getCell(c), formatter, c == snilsColumn));
      }
      collector.accept(row.getRowNum() + 1, cells);
      if (snilsColumn < 0) {
        snilsColumn = snilsColumnOf(cells);
      }
    }
    return collector.finish();
  }

  private static int snilsColumnOf(List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (StaffColumn.fromHeader(cells.get(c)).orElse(null) == StaffColumn.SNILS) {
        return c;
      }
    }
    return -1;
  }

  private static String text(Cell cell, DataFormatter formatter, boolean snils) {
    if (cell == null) {
      return "";
    }
    if (isNumeric(cell)) {
      if (DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
      }
      double number = cell.getNumericCellValue();
      // A СНИЛС typed into a number cell loses its leading zeros (and may show as 1.12E+10).
      if (snils && number >= 0 && number < 1e11 && number == Math.rint(number)) {
        return String.format(Locale.ROOT, "%011d", (long) number);
      }
    }
    return formatter.formatCellValue(cell);
  }

  private static boolean isNumeric(Cell cell) {
    CellType type = cell.getCellType();
    return type == CellType.NUMERIC
        || (type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC);
  }
}
