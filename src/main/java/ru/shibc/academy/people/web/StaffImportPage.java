package ru.shibc.academy.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import ru.shibc.academy.people.ImportProblems;
import ru.shibc.academy.people.StaffImport;
import ru.shibc.academy.people.importing.PreviewRow;
import ru.shibc.academy.people.importing.StaffColumn;
import ru.shibc.academy.people.importing.StaffImportPreview;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.web.Pages;

/**
 * Staff import: upload a file, see every row with its problems, then import the whole file or
 * only its valid rows. The file is kept in the view and checked again at import.
 */
@Named("staffImportPage")
@ViewScoped
public class StaffImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A row as the preview table shows it. */
  public record Row(int line, boolean valid, String fullName, String organisation, String email, String problems)
      implements Serializable {}

  @Inject private StaffImport imports;

  private byte[] content;
  private String fileName;
  private List<Row> rows = List.of();
  private int validCount;
  private int invalidCount;
  private boolean imported;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    content = file.getContent();
    fileName = file.getFileName();
    imported = false;
    try {
      show(imports.preview(content, fileName));
    } catch (AcademyException e) {
      rows = List.of();
      content = null;
      Pages.refused(e);
    }
  }

  public void importAll() {
    commit(StaffImport.Mode.ALL);
  }

  public void importValid() {
    commit(StaffImport.Mode.VALID_ONLY);
  }

  private void commit(StaffImport.Mode mode) {
    if (content == null) {
      return;
    }
    try {
      StaffImport.Outcome outcome = imports.commit(content, fileName, mode);
      show(outcome.preview());
      imported = true;
      content = null;
      Pages.info("import.done", outcome.imported());
    } catch (AcademyException e) {
      Pages.refused(e);
    }
  }

  private void show(StaffImportPreview preview) {
    rows = preview.rows().stream().map(StaffImportPage::row).toList();
    validCount = preview.validRows().size();
    invalidCount = preview.invalidRows().size();
  }

  private static Row row(PreviewRow r) {
    String name =
        String.join(
                " ",
                r.raw().getOrDefault(StaffColumn.SURNAME, ""),
                r.raw().getOrDefault(StaffColumn.NAME, ""),
                r.raw().getOrDefault(StaffColumn.PATRONYMIC, ""))
            .strip();
    String problems =
        String.join("; ", r.problems().stream().map(p -> ImportProblems.message(Pages.locale(), p)).toList());
    return new Row(
        r.line(),
        r.isValid(),
        name,
        r.raw().getOrDefault(StaffColumn.ORGANISATION, ""),
        r.raw().getOrDefault(StaffColumn.EMAIL, ""),
        problems);
  }

  public List<Row> getRows() {
    return rows;
  }

  public int getValidCount() {
    return validCount;
  }

  public int getInvalidCount() {
    return invalidCount;
  }

  public boolean isReady() {
    return content != null && !rows.isEmpty();
  }

  public boolean isImported() {
    return imported;
  }

  public String getFileName() {
    return fileName;
  }

  public long getMaxBytes() {
    return StaffImport.MAX_BYTES;
  }
}
