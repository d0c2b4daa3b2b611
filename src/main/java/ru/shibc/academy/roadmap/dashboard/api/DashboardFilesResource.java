package ru.shibc.academy.roadmap.dashboard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import ru.shibc.academy.certificate.CertificateStatistics.By;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.files.TableFiles;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.roadmap.dashboard.Dashboard;
import ru.shibc.academy.roadmap.dashboard.DashboardTables;
import ru.shibc.academy.roadmap.dashboard.DashboardTables.Table;
import ru.shibc.academy.roadmap.dashboard.Period;

/**
 * Every dashboard table as XLSX or CSV, in Russian (the files go to higher authorities):
 * {@code /api/dashboard/files/{certificates|compliance|webinars|roadmaps|schools|school}} with the
 * same parameters as the JSON, {@code format=xlsx|csv}; {@code school} needs {@code organisationId}.
 * A period with no data gives a file with the header only, as the JSON gives an empty list.
 */
@Path("dashboard/files")
@RequestScoped
@RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class DashboardFilesResource {

  @Inject private Dashboard dashboard;

  @GET
  @Path("{table}")
  public Response file(
      @PathParam("table") String table, @QueryParam("format") @DefaultValue("xlsx") String format,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("step") String step,
      @QueryParam("by") String by, @QueryParam("organisationId") Long organisationId) {
    boolean xlsx = "xlsx".equals(QueryParams.oneOf("format", format, "xlsx", "csv"));
    QueryParams.oneOf("table", table, "certificates", "compliance", "webinars", "roadmaps", "schools", "school");
    DashboardTables tables = new DashboardTables(Messages.RUSSIAN);
    Period period = Period.of(from, to, step, dashboard.today());
    Table t =
        switch (table) {
          case "certificates" -> {
            By group = QueryParams.option("by", by, By.class);
            yield tables.certificates(dashboard.certificates(period, group == null ? By.NONE : group, organisationId));
          }
          case "compliance" -> tables.compliance(dashboard.compliance());
          case "webinars" -> tables.webinars(dashboard.webinars(period));
          case "roadmaps" -> tables.roadmaps(dashboard.roadmaps());
          case "schools" -> tables.schools(dashboard.schools(period));
          default -> {
            if (organisationId == null) {
              throw AcademyException.invalid("dashboard.organisationRequired");
            }
            yield tables.school(dashboard.school(organisationId, period));
          }
        };
    return xlsx
        ? Downloads.of(t.fileName() + ".xlsx", TableFiles.XLSX, TableFiles.xlsx(t.sheet(), t.header(), t.rows()))
        : Downloads.of(t.fileName() + ".csv", TableFiles.CSV, TableFiles.csv(t.header(), t.rows()));
  }
}
