package ru.shibc.academy.people.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which header cell holds which column; the first of two cells with the same meaning wins. */
final class HeaderMapping {

  private final Map<StaffColumn, Integer> indexes = new EnumMap<>(StaffColumn.class);
  private final List<String> ignored = new ArrayList<>();

  private HeaderMapping(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      String cell = header.get(i);
      if (cell == null || cell.isBlank()) {
        continue;
      }
      var column = StaffColumn.fromHeader(cell);
      if (column.isPresent() && !indexes.containsKey(column.get())) {
        indexes.put(column.get(), i);
      } else {
        ignored.add(cell);
      }
    }
  }

  static HeaderMapping of(List<String> header) {
    return new HeaderMapping(header);
  }

  Map<StaffColumn, Integer> indexes() {
    return Collections.unmodifiableMap(indexes);
  }

  List<String> ignored() {
    return List.copyOf(ignored);
  }

  List<StaffColumn> missingRequired() {
    List<StaffColumn> missing = new ArrayList<>();
    for (StaffColumn column : StaffColumn.values()) {
      if (column.required() && !indexes.containsKey(column)) {
        missing.add(column);
      }
    }
    return missing;
  }
}
