package ru.shibc.academy.roadmap.dashboard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.shibc.academy.certificate.CertificateStatistics.By;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.roadmap.dashboard.Dashboard;
import ru.shibc.academy.roadmap.dashboard.DashboardViews;
import ru.shibc.academy.roadmap.dashboard.Period;

/**
 * The department's dashboard as JSON. Periods: {@code from} and {@code to} (days, both included;
 * default the last twelve months), {@code step} MONTH, QUARTER or YEAR. A period with no data is an
 * empty answer; an impossible one (ending before it starts) is a 422.
 */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class DashboardResource {

  @Inject private Dashboard dashboard;

  /** Certificates issued per step, optionally by SCHOOL, COURSE or POSITION, optionally of one organisation. */
  @GET
  @Path("certificates")
  public DashboardViews.Certificates certificates(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("step") String step,
      @QueryParam("by") String by, @QueryParam("organisationId") Long organisationId) {
    By group = QueryParams.option("by", by, By.class);
    return dashboard.certificates(period(from, to, step), group == null ? By.NONE : group, organisationId);
  }

  /** The three-year cycle today: each organisation's staff by state, with shares, and the district's. */
  @GET
  @Path("compliance")
  public DashboardViews.Compliance compliance() {
    return dashboard.compliance();
  }

  /** Webinars held, participants and schools taking part, over the period and per month. */
  @GET
  @Path("webinars")
  public DashboardViews.Webinars webinars(@QueryParam("from") String from, @QueryParam("to") String to) {
    return dashboard.webinars(period(from, to, null));
  }

  /** Each roadmap's items by status today, overdue included. */
  @GET
  @Path("roadmaps")
  public DashboardViews.Roadmaps roadmaps() {
    return dashboard.roadmaps();
  }

  /** The district: every organisation with staff, its certificates in the period, cycle and webinars. */
  @GET
  @Path("schools")
  public DashboardViews.Schools schools(@QueryParam("from") String from, @QueryParam("to") String to) {
    return dashboard.schools(period(from, to, null));
  }

  /** A school: its figures and each member of staff with the latest certificate, cycle and courses. */
  @GET
  @Path("schools/{id}")
  public DashboardViews.School school(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return dashboard.school(id, period(from, to, null));
  }

  /** A person: the cycle, every certificate and course, webinars attended. */
  @GET
  @Path("people/{id}")
  public DashboardViews.Person person(@PathParam("id") long id) {
    return dashboard.person(id);
  }

  private Period period(String from, String to, String step) {
    return Period.of(from, to, step, dashboard.today());
  }
}
