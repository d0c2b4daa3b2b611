package ru.shibc.academy.certificate.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.shibc.academy.certificate.CertificatePdfs;
import ru.shibc.academy.certificate.CertificateRegister;
import ru.shibc.academy.certificate.CertificateRegister.Filter;
import ru.shibc.academy.certificate.RegisterTables;
import ru.shibc.academy.certificate.frdo.FrdoExport;
import ru.shibc.academy.certificate.frdo.FrdoProblem;
import ru.shibc.academy.certificate.frdo.FrdoRecord;
import ru.shibc.academy.certificate.frdo.FrdoWorkbook;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.files.TableFiles;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.security.Role;

/**
 * The register as files: XLSX and CSV tables, and the ФИС ФРДО upload, which is checked first.
 * Every file takes the register's filter; a filter that matches nothing is a 422, not an empty
 * file that might be uploaded by mistake.
 */
@Path("certificates/files")
@RequestScoped
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class RegisterFilesResource {

  /** One thing to fix before the ФИС ФРДО upload. */
  public record FrdoIssue(String holder, String registrationNumber, String column, String problem) {}

  @Inject private RegisterTables tables;
  @Inject private FrdoExport frdo;
  @Inject private CertificatePdfs pdfs;
  @Inject private CertificateRegister register;

  @GET
  @Path("register")
  public Response register(
      @QueryParam("format") @DefaultValue("xlsx") String format,
      @BeanParam RegisterQuery query) {
    boolean xlsx = "xlsx".equals(ru.shibc.academy.platform.api.QueryParams.oneOf("format", format, "xlsx", "csv"));
    List<String[]> rows =
        tables.rows(query.filter());
    if (rows.isEmpty()) {
      throw AcademyException.invalid("certificate.export.empty");
    }
    return xlsx
        ? Downloads.of("Реестр удостоверений.xlsx", TableFiles.XLSX, tables.xlsx(rows))
        : Downloads.of("Реестр удостоверений.csv", TableFiles.CSV, tables.csv(rows));
  }

  /**
   * The filter's PDFs as one ZIP, streamed as they are rendered, so the
   * browser shows the download's progress from the first document on.
   */
  @GET
  @Path("pdfs")
  @Produces("application/zip")
  public Response pdfs(
      @BeanParam RegisterQuery query) {
    Filter filter = query.filter();
    if (register.count(filter) == 0) {
      throw AcademyException.invalid("certificate.export.empty");
    }
    StreamingOutput body = out -> pdfs.zip(filter, out);
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", Downloads.disposition("Удостоверения.zip"))
        .build();
  }

  /** What must be fixed (СНИЛС, birth date, sex…) before the filter's documents can go to ФИС ФРДО. */
  @GET
  @Path("frdo/problems")
  @Produces(MediaType.APPLICATION_JSON)
  public List<FrdoIssue> frdoProblems(
      @BeanParam RegisterQuery query) {
    return issues(frdo.of(frdoFilter(query)).problems());
  }

  /**
   * The ФИС ФРДО upload for the filter's valid documents. With problems it is refused (422, listing
   * them), unless {@code validOnly=true} leaves out the documents that have any.
   */
  @GET
  @Path("frdo")
  public Response frdo(
      @BeanParam RegisterQuery query,
      @QueryParam("validOnly") @DefaultValue("false") boolean validOnly) {
    FrdoExport.Export export = frdo.of(frdoFilter(query));
    if (export.records().isEmpty()) {
      throw AcademyException.invalid("certificate.export.empty");
    }
    List<FrdoRecord> records = export.records();
    if (!export.problems().isEmpty()) {
      if (!validOnly) {
        throw new AcademyException(
            AcademyException.Kind.UNPROCESSABLE,
            export.problems().stream()
                .map(p -> new AcademyException.FieldError(p.column().name(), p.messageKey()))
                .toList(),
            "certificate.frdo.problems", export.problems().size());
      }
      Set<Integer> bad = export.problems().stream().map(FrdoProblem::recordIndex).collect(Collectors.toSet());
      records =
          java.util.stream.IntStream.range(0, records.size()).filter(i -> !bad.contains(i)).mapToObj(records::get).toList();
      if (records.isEmpty()) {
        throw AcademyException.invalid("certificate.frdo.noneValid");
      }
    }
    return Downloads.of("ФИС ФРДО ДПО.xlsx", TableFiles.XLSX, FrdoWorkbook.bytes(records));
  }

  private static Filter frdoFilter(RegisterQuery query) {
    Filter f = query.filter();
    // revoked documents are not uploaded; replaced ones were uploaded before their duplicates
    return new Filter(f.text(), f.organisationId(), f.personId(), f.courseId(), f.issuedFrom(), f.issuedTo(),
        ru.shibc.academy.certificate.CertificateStatus.VALID);
  }

  private static List<FrdoIssue> issues(List<FrdoProblem> problems) {
    return problems.stream()
        .map(
            p ->
                new FrdoIssue(
                    p.holderName(), p.registrationNumber(), p.column().header(),
                    Messages.text(Messages.RUSSIAN, p.messageKey())))
        .toList();
  }
}
