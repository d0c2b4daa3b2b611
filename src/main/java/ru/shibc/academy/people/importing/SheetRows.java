package ru.shibc.academy.people.importing;

import java.util.List;

/**
 * The content of a staff list: its header as written and its non-blank data rows.
 *
 * @param header header cells as they appear in the file, trimmed
 * @param rows data rows in file order
 */
public record SheetRows(List<String> header, List<RawRow> rows) {

  public SheetRows {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * Header cells the import does not understand, and repeats of a column already seen, so the
   * preview can tell the administrator their data there is not imported.
   */
  public List<String> ignoredColumns() {
    return HeaderMapping.of(header).ignored();
  }
}
