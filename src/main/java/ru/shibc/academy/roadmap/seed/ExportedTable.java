package ru.shibc.academy.roadmap.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The roadmap's Word table as exported to plain text: the lines above the table, then the rows.
 *
 * <p>In the export a line starting with a tab opens a cell; a line without one continues the cell
 * above (a line break inside the cell, or a blank paragraph). Only the leading tab counts: a tab
 * further along is whitespace inside the text.
 */
final class ExportedTable {

  private static final List<String> COLUMNS =
      List.of(
          "№",
          "мероприятия",
          "сроки реализации",
          "исполнители",
          "вид документа",
          "ожидаемые результаты");

  private final List<String> preamble;
  private final List<ExportedRow> rows;

  private ExportedTable(List<String> preamble, List<ExportedRow> rows) {
    this.preamble = preamble;
    this.rows = rows;
  }

  static ExportedTable read(String text) {
    String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
    int header = headerLine(lines);
    List<String> preamble = new ArrayList<>();
    for (int i = 0; i < header; i++) {
      String line = ExportedCell.squeeze(lines[i]);
      if (!line.isEmpty()) {
        preamble.add(line);
      }
    }
    int first = afterHeader(lines, header);
    return new ExportedTable(List.copyOf(preamble), rows(lines, first));
  }

  /** The non-blank lines above the table, whitespace normalised. */
  List<String> preamble() {
    return preamble;
  }

  List<ExportedRow> rows() {
    return rows;
  }

  private static int headerLine(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("\t") && ExportedCell.squeeze(lines[i]).equals("№")) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "No roadmap table: found no header row starting with a «№» cell");
  }

  /** Checks the header's six cells and returns the index of the line that opens the first row. */
  private static int afterHeader(String[] lines, int header) {
    List<ExportedCell> cells = new ArrayList<>();
    int i = header;
    for (; i < lines.length; i++) {
      if (lines[i].startsWith("\t")) {
        if (cells.size() == COLUMNS.size()) {
          break;
        }
        cells.add(new ExportedCell(i + 1, lines[i].substring(1)));
      } else {
        cells.get(cells.size() - 1).continueWith(lines[i]);
      }
    }
    for (int column = 0; column < COLUMNS.size(); column++) {
      if (column == cells.size()) {
        throw new IllegalArgumentException(
            "The table header ends before its column «" + COLUMNS.get(column) + "»");
      }
      ExportedCell cell = cells.get(column);
      if (!cell.text().toLowerCase(Locale.ROOT).equals(COLUMNS.get(column))) {
        throw new IllegalArgumentException(
            "Line "
                + cell.line()
                + ": expected the header column «"
                + COLUMNS.get(column)
                + "», found «"
                + cell.text()
                + "»");
      }
    }
    return i;
  }

  private static List<ExportedRow> rows(String[] lines, int first) {
    List<ExportedRow> rows = new ArrayList<>();
    ExportedRow current = null;
    for (int i = first; i < lines.length; i++) {
      String line = lines[i];
      int lineNumber = i + 1;
      if (line.startsWith("\t")) {
        String cell = line.substring(1);
        if (current == null || current.endsBefore(cell)) {
          current = ExportedRow.open(cell, lineNumber);
          rows.add(current);
        } else {
          current.addCell(cell, lineNumber);
        }
      } else if (current != null) {
        current.continueCell(line);
      } else if (!line.isBlank()) {
        throw new IllegalArgumentException(
            "Line " + lineNumber + ": text outside any cell: «" + ExportedCell.squeeze(line) + "»");
      }
    }
    return List.copyOf(rows);
  }
}
