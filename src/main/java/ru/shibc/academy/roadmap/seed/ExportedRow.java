package ru.shibc.academy.roadmap.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the exported table: either a section heading («3. Методическое сопровождение…», one
 * cell spanning the table) or an item (its number, then measure, timeframe, executors, document
 * type and expected result).
 */
final class ExportedRow {

  static final int ITEM_CELLS = 6;

  private static final Pattern ITEM_NUMBER = Pattern.compile("(\\d+)\\.(\\d+)\\.?");
  private static final Pattern HEADING = Pattern.compile("(\\d+)\\. (\\S.*)");

  private final boolean heading;
  private final List<ExportedCell> cells = new ArrayList<>();

  private ExportedRow(boolean heading, ExportedCell first) {
    this.heading = heading;
    cells.add(first);
  }

  /** Opens a row with its first cell, which must be an item number or a section heading. */
  static ExportedRow open(String firstCell, int line) {
    String text = ExportedCell.squeeze(firstCell);
    if (!isItemNumber(text) && !isHeading(text)) {
      throw new IllegalArgumentException(
          "Line " + line + ": expected an item number or a section heading, found «" + text + "»");
    }
    return new ExportedRow(isHeading(text), new ExportedCell(line, firstCell));
  }

  /**
   * Whether a cell-opening line starts the next row rather than the next cell of this one: always
   * after a heading or a full item, and at an item number (no cell is a bare number). A heading
   * ends an item early only once it has five cells, its document type then being the empty one.
   */
  boolean endsBefore(String cell) {
    if (heading || cells.size() >= ITEM_CELLS) {
      return true;
    }
    String text = ExportedCell.squeeze(cell);
    return isItemNumber(text) || (cells.size() == ITEM_CELLS - 1 && isHeading(text));
  }

  void addCell(String firstLine, int line) {
    cells.add(new ExportedCell(line, firstLine));
  }

  void continueCell(String rawLine) {
    cells.get(cells.size() - 1).continueWith(rawLine);
  }

  boolean isHeading() {
    return heading;
  }

  int line() {
    return cells.get(0).line();
  }

  List<ExportedCell> cells() {
    return List.copyOf(cells);
  }

  /** The section number of a heading row, or the first part of an item row's number. */
  int sectionNumber() {
    Matcher m = (heading ? HEADING : ITEM_NUMBER).matcher(cells.get(0).text());
    m.matches();
    return Integer.parseInt(m.group(1));
  }

  /** A heading row's title without its number. */
  String headingTitle() {
    Matcher m = HEADING.matcher(cells.get(0).text());
    m.matches();
    return m.group(2);
  }

  /** An item row's number without a trailing dot: «2.2.» → «2.2». */
  String itemNumber() {
    Matcher m = ITEM_NUMBER.matcher(cells.get(0).text());
    m.matches();
    return m.group(1) + "." + m.group(2);
  }

  private static boolean isItemNumber(String text) {
    return ITEM_NUMBER.matcher(text).matches();
  }

  private static boolean isHeading(String text) {
    return HEADING.matcher(text).matches();
  }
}
