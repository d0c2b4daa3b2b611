package ru.shibc.academy.people.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one row of the file would be imported.
 *
 * @param candidate what would be saved; null when the row has problems
 * @param problems empty when the row is valid
 * @param raw the row's values as in the file, to show next to the problems
 */
public record PreviewRow(
    int line,
    StaffCandidate candidate,
    List<ImportProblem> problems,
    Map<StaffColumn, String> raw) {

  public PreviewRow {
    problems = List.copyOf(problems);
    EnumMap<StaffColumn, String> copy = new EnumMap<>(StaffColumn.class);
    copy.putAll(raw);
    raw = Collections.unmodifiableMap(copy);
    if (problems.isEmpty() == (candidate == null)) {
      throw new IllegalArgumentException("a row has a candidate exactly when it has no problems");
    }
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
