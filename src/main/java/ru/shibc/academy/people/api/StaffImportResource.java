package ru.shibc.academy.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ru.shibc.academy.people.StaffImport;
import ru.shibc.academy.people.importing.ImportProblem;
import ru.shibc.academy.people.importing.PreviewRow;
import ru.shibc.academy.people.importing.StaffColumn;
import ru.shibc.academy.people.importing.StaffImportPreview;
import ru.shibc.academy.people.ImportProblems;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.api.Requests;
import ru.shibc.academy.platform.security.Role;

/**
 * Staff import: the file is the request body (CSV or XLSX). {@code mode=preview} (the default)
 * writes nothing; {@code all} imports only a file whose every row is valid; {@code valid}
 * imports the valid rows and skips the others.
 */
@Path("people/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
public class StaffImportResource {

  public record Problem(String column, String code, String message) {}

  public record Row(int line, boolean valid, Map<String, String> values, List<Problem> problems) {}

  public record Report(String mode, int rows, int valid, int invalid, int imported, List<Row> items) {}

  @Inject private StaffImport imports;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Report upload(
      @QueryParam("mode") @DefaultValue("preview") String mode,
      @QueryParam("fileName") String fileName,
      InputStream body) {
    QueryParams.oneOf("mode", mode, "preview", "all", "valid");
    QueryParams.text("fileName", fileName, 255);
    byte[] content = UploadedFiles.readBody(body, StaffImport.MAX_BYTES);
    Locale locale = Requests.locale(headers);
    if ("preview".equals(mode)) {
      return report(mode, imports.preview(content, fileName), 0, locale);
    }
    StaffImport.Outcome outcome =
        imports.commit(content, fileName, "all".equals(mode) ? StaffImport.Mode.ALL : StaffImport.Mode.VALID_ONLY);
    return report(mode, outcome.preview(), outcome.imported(), locale);
  }

  private static Report report(String mode, StaffImportPreview preview, int imported, Locale locale) {
    List<Row> rows = preview.rows().stream().map(r -> row(r, locale)).toList();
    return new Report(
        mode, rows.size(), preview.validRows().size(), preview.invalidRows().size(), imported, rows);
  }

  private static Row row(PreviewRow row, Locale locale) {
    Map<String, String> values =
        row.raw().entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().name().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    List<Problem> problems =
        row.problems().stream()
            .map(p -> new Problem(column(p), p.code(), ImportProblems.message(locale, p)))
            .toList();
    return new Row(row.line(), row.isValid(), values, problems);
  }

  private static String column(ImportProblem p) {
    StaffColumn column = p.column();
    return column == null ? null : column.name().toLowerCase(Locale.ROOT);
  }
}
