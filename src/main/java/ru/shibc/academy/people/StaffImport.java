package ru.shibc.academy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.people.importing.ExistingStaff;
import ru.shibc.academy.people.importing.PreviewRow;
import ru.shibc.academy.people.importing.StaffCandidate;
import ru.shibc.academy.people.importing.StaffFileReader;
import ru.shibc.academy.people.importing.StaffImportPreview;
import ru.shibc.academy.people.importing.StaffRowValidator;
import ru.shibc.academy.people.importing.UnreadableStaffFileException;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.Accounts;
import ru.shibc.academy.platform.security.Role;

/**
 * Staff lists from CSV or XLSX: a dry-run preview with each row's problems, then an import of
 * the whole file (only when every row is valid) or of its valid rows. The file is read and
 * checked again at import time, inside the transaction, since the data may have changed since
 * the preview. Each imported person gets a learner account named by their e-mail, without a
 * password until an administrator sets one.
 */
@ApplicationScoped
public class StaffImport {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** Import the file only if every row is valid, or import its valid rows and skip the rest. */
  public enum Mode {
    ALL,
    VALID_ONLY
  }

  /** What an import did: the preview it acted on and the number of people created. */
  public record Outcome(StaffImportPreview preview, int imported) {}

  @Inject private Organisations organisations;
  @Inject private Staff staff;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public StaffImportPreview preview(byte[] content, String fileName) {
    return validator().validate(read(content, fileName));
  }

  @Transactional
  public Outcome commit(byte[] content, String fileName, Mode mode) {
    StaffImportPreview preview = preview(content, fileName);
    if (mode == Mode.ALL && !preview.isAllValid()) {
      throw AcademyException.invalid("import.notAllValid", preview.invalidRows().size());
    }
    List<PreviewRow> rows = preview.validRows();
    if (rows.isEmpty()) {
      throw AcademyException.invalid("import.nothingToImport");
    }
    for (PreviewRow row : rows) {
      StaffCandidate c = row.candidate();
      Person person =
          staff.register(
              new PersonDetails(c.surname(), c.name(), c.patronymic(), c.position(), c.email(), c.snils(), c.birthDate(), null),
              c.organisationId());
      if (!accounts.usernameTaken(c.email())) {
        accounts.create(c.email(), person.getId(), EnumSet.of(Role.LEARNER), null);
      }
    }
    audit.record(
        "staff.imported",
        "StaffImport",
        fileName,
        null,
        Map.of("imported", rows.size(), "skipped", preview.invalidRows().size()));
    return new Outcome(preview, rows.size());
  }

  /**
   * Column names said in the reader's words when the message is formatted: "Должность, E-mail".
   * Details that are not column names (such as a row limit) stay as they are.
   */
  record ColumnList(java.util.List<String> names) implements ru.shibc.academy.platform.i18n.Localizable {
    @Override
    public String in(java.util.Locale locale) {
      return String.join(
          ", ",
          names.stream()
              .map(n -> isColumn(n) ? ru.shibc.academy.platform.i18n.Messages.text(locale, "import.column." + n) : n)
              .toList());
    }

    private static boolean isColumn(String name) {
      return java.util.Arrays.stream(ru.shibc.academy.people.importing.StaffColumn.values())
          .anyMatch(c -> c.name().equals(name));
    }
  }

  private StaffRowValidator validator() {
    ExistingStaff existing =
        new ExistingStaff() {
          @Override
          public boolean emailTaken(String email) {
            return staff.emailTaken(email) || accounts.usernameTaken(email);
          }

          @Override
          public boolean snilsTaken(String digits) {
            return staff.snilsTaken(digits);
          }
        };
    return new StaffRowValidator(organisations::findIdByName, existing, clock);
  }

  private static ru.shibc.academy.people.importing.SheetRows read(byte[] content, String fileName) {
    if (content == null || content.length == 0) {
      throw AcademyException.invalid("import.file.empty-file");
    }
    if (content.length > MAX_BYTES) {
      throw AcademyException.invalid("import.file.too-large", MAX_BYTES / (1024 * 1024));
    }
    try {
      return StaffFileReader.read(content, fileName == null ? "" : fileName);
    } catch (UnreadableStaffFileException e) {
      throw AcademyException.invalid("import.file." + e.code(), new ColumnList(e.details()));
    }
  }
}
