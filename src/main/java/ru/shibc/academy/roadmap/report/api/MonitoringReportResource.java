package ru.shibc.academy.roadmap.report.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.files.TableFiles;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.roadmap.report.MonitoringReports;
import ru.shibc.academy.roadmap.report.QuarterlyReportJob;
import ru.shibc.academy.roadmap.report.StoredReport;

/**
 * Quarterly monitoring reports: generate a new version, list them, download the stored PDF, XLSX
 * and snapshot. A stored report is never changed or deleted (409).
 */
@Path("monitoring-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring reports", description = "Quarterly monitoring reports of a roadmap (item 8.1)")
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class MonitoringReportResource {

  /** Generate the report of a quarter. */
  public static class GenerateForm {
    public @NotNull Long roadmapId;
    public @NotNull Integer year;
    public @NotNull Integer quarter;
  }

  /** What a quarter-end run stored. */
  public record Run(int created) {}

  @Inject private MonitoringReports reports;
  @Inject private QuarterlyReportJob job;
  @Inject private CurrentUser currentUser;

  @GET
  @Operation(summary = "Stored reports, newest first; of one roadmap when roadmapId is given")
  public List<StoredReport> list(@QueryParam("roadmapId") Long roadmapId) {
    return reports.list(roadmapId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Generate the next version of a quarter's report")
  public Response generate(GenerateForm form) {
    Bodies.valid(form);
    if (form.year < 1900 || form.year > 2999) {
      throw AcademyException.invalid("indicator.period.year");
    }
    StoredReport made = reports.generate(form.roadmapId, form.year, form.quarter, currentUser.username());
    return Response.created(URI.create("monitoring-reports/" + made.id())).entity(made).build();
  }

  @POST
  @Path("quarter-end")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Run the quarter-end job now as if today were the given day (catching up a missed run)")
  public Run quarterEnd(@QueryParam("today") String today) {
    java.time.LocalDate day = QueryParams.date("today", today);
    if (day == null) {
      throw AcademyException.invalid("report.todayRequired");
    }
    return new Run(job.runFor(day));
  }

  @GET
  @Path("{id}")
  public StoredReport get(@PathParam("id") long id) {
    return reports.get(id);
  }

  @GET
  @Path("{id}/snapshot")
  @Operation(summary = "The data the report was made of, as stored")
  public Response snapshot(@PathParam("id") long id) {
    return Response.ok(reports.snapshotJson(id), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  @GET
  @Path("{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("id") long id) {
    StoredReport r = reports.get(id);
    return Downloads.of(fileName(r) + ".pdf", "application/pdf", reports.pdf(id));
  }

  @GET
  @Path("{id}/xlsx")
  @Produces({TableFiles.XLSX, MediaType.APPLICATION_JSON})
  public Response xlsx(@PathParam("id") long id) {
    StoredReport r = reports.get(id);
    return Downloads.of(fileName(r) + ".xlsx", TableFiles.XLSX, reports.xlsx(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Refused: a published report is never edited; generate a new version")
  public Response edit(@PathParam("id") long id) {
    throw immutable(id);
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  public Response patch(@PathParam("id") long id) {
    throw immutable(id);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Refused: a published report is kept for good")
  public Response delete(@PathParam("id") long id) {
    throw immutable(id);
  }

  private AcademyException immutable(long id) {
    reports.get(id);
    return AcademyException.conflict("report.immutable");
  }

  private static String fileName(StoredReport r) {
    return "Мониторинг " + r.year() + "-Q" + r.quarter() + " v" + r.version();
  }
}
