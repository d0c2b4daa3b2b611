package ru.shibc.academy.people.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the cells of a file, row by row, into {@link SheetRows}. Shared by the CSV and the XLSX
 * reader so that both find the header, skip blank rows and count rows the same way.
 */
final class RowCollector {

  static final int MAX_DATA_ROWS = 10_000;

  /**
   * Lists exported from other systems often start with a title such as "Список сотрудников", so the
   * header is the first row naming at least two known columns among the first few rows.
   */
  private static final int HEADER_SEARCH_ROWS = 10;

  private static final int MIN_KNOWN_HEADER_CELLS = 2;

  private final List<Pending> beforeHeader = new ArrayList<>();
  private List<String> header;
  private HeaderMapping mapping;
  private final List<RawRow> rows = new ArrayList<>();

  private record Pending(int line, List<String> cells) {}

  /** Takes the next row of the file; line numbers must be the ones the user sees. */
  void accept(int line, List<String> rawCells) throws UnreadableStaffFileException {
    List<String> cells = rawCells.stream().map(RowCollector::clean).toList();
    if (cells.stream().allMatch(String::isEmpty)) {
      return;
    }
    if (header != null) {
      addDataRow(line, cells);
      return;
    }
    if (looksLikeHeader(cells)) {
      useHeader(cells);
      return;
    }
    beforeHeader.add(new Pending(line, cells));
    if (beforeHeader.size() >= HEADER_SEARCH_ROWS) {
      fallBackToFirstRowAsHeader();
    }
  }

  SheetRows finish() throws UnreadableStaffFileException {
    if (header == null) {
      if (beforeHeader.isEmpty()) {
        throw new UnreadableStaffFileException(UnreadableStaffFileException.EMPTY_FILE);
      }
      fallBackToFirstRowAsHeader();
    }
    if (rows.isEmpty()) {
      throw new UnreadableStaffFileException(
          UnreadableStaffFileException.EMPTY_FILE, List.of("no-data-rows"));
    }
    return new SheetRows(header, rows);
  }

  /** Trims, also the no-break and zero-width spaces that Excel and web pages leave behind. */
  static String clean(String cell) {
    if (cell == null) {
      return "";
    }
    int start = 0;
    int end = cell.length();
    while (start < end && isBlankChar(cell.charAt(start))) {
      start++;
    }
    while (end > start && isBlankChar(cell.charAt(end - 1))) {
      end--;
    }
    return cell.substring(start, end);
  }

  private static boolean isBlankChar(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  private static boolean looksLikeHeader(List<String> cells) {
    return HeaderMapping.of(cells).indexes().size() >= MIN_KNOWN_HEADER_CELLS;
  }

  private void fallBackToFirstRowAsHeader() throws UnreadableStaffFileException {
    List<Pending> pending = new ArrayList<>(beforeHeader);
    beforeHeader.clear();
    useHeader(pending.get(0).cells());
    for (Pending row : pending.subList(1, pending.size())) {
      addDataRow(row.line(), row.cells());
    }
  }

  private void useHeader(List<String> cells) throws UnreadableStaffFileException {
    HeaderMapping candidate = HeaderMapping.of(cells);
    List<StaffColumn> missing = candidate.missingRequired();
    if (!missing.isEmpty()) {
      throw new UnreadableStaffFileException(
          UnreadableStaffFileException.MISSING_COLUMNS,
          missing.stream().map(StaffColumn::name).toList());
    }
    header = cells;
    mapping = candidate;
    // Rows above a header that was found later are a title, not data.
    beforeHeader.clear();
  }

  private void addDataRow(int line, List<String> cells) throws UnreadableStaffFileException {
    if (rows.size() >= MAX_DATA_ROWS) {
      throw new UnreadableStaffFileException(
          UnreadableStaffFileException.TOO_MANY_ROWS, List.of(String.valueOf(MAX_DATA_ROWS)));
    }
    Map<StaffColumn, String> values = new EnumMap<>(StaffColumn.class);
    mapping
        .indexes()
        .forEach(
            (column, index) -> {
              if (index < cells.size() && !cells.get(index).isEmpty()) {
                values.put(column, cells.get(index));
              }
            });
    rows.add(new RawRow(line, values));
  }
}
