package ru.shibc.academy.people.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One non-blank data row as it was in the file.
 *
 * @param line the line (CSV) or row number (XLSX) a person sees when opening the file; the header
 *     is usually line 1
 * @param values trimmed cell values; empty cells are absent
 */
public record RawRow(int line, Map<StaffColumn, String> values) {

  public RawRow {
    EnumMap<StaffColumn, String> copy = new EnumMap<>(StaffColumn.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  /** The cell value of a column, absent when the cell was empty or the column is missing. */
  public Optional<String> value(StaffColumn column) {
    return Optional.ofNullable(values.get(column));
  }
}
