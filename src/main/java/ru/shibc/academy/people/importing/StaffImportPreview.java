package ru.shibc.academy.people.importing;

import java.util.List;

/** What an import would do, row by row, before anything is saved. */
public record StaffImportPreview(List<PreviewRow> rows) {

  public StaffImportPreview {
    rows = List.copyOf(rows);
  }

  public List<PreviewRow> validRows() {
    return rows.stream().filter(PreviewRow::isValid).toList();
  }

  public List<PreviewRow> invalidRows() {
    return rows.stream().filter(row -> !row.isValid()).toList();
  }

  /** The candidates of the valid rows, in file order. */
  public List<StaffCandidate> candidates() {
    return validRows().stream().map(PreviewRow::candidate).toList();
  }

  /** Every problem of every row, in file order. */
  public List<ImportProblem> problems() {
    return rows.stream().flatMap(row -> row.problems().stream()).toList();
  }

  /** True also for a preview without rows; the caller decides whether that is worth saving. */
  public boolean isAllValid() {
    return rows.stream().allMatch(PreviewRow::isValid);
  }
}
