package ru.shibc.academy.course.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import ru.shibc.academy.course.Enrolments;
import ru.shibc.academy.course.api.CourseForms.AudienceForm;
import ru.shibc.academy.course.export.ParticipantTables;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.security.Role;

/** A course's participants: progress by school, bulk enrolment with a preview, withdrawal, export. */
@Path("courses/{id}/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
public class ParticipantResource {

  public record ParticipantView(
      long enrolmentId, long personId, String fullName, String position, long organisationId, String organisation, String status,
      Instant enrolledAt, Instant completedAt, int progressPercent) {
    static ParticipantView of(Enrolments.Participant p) {
      return new ParticipantView(
          p.enrolment().getId(), p.person().getId(), p.person().fullName(), p.person().getPosition(), p.person().getOrganisation().getId(),
          p.person().getOrganisation().getShortName(), p.enrolment().getStatus().name(), p.enrolment().getEnrolledAt(),
          p.enrolment().getCompletedAt(), p.progressPercent());
    }
  }

  public record CandidateView(long personId, String fullName, String organisation, String outcome) {
    static CandidateView of(Enrolments.Candidate c) {
      return new CandidateView(
          c.person().getId(), c.person().fullName(), c.person().getOrganisation().getShortName(), c.outcome().name());
    }
  }

  public record Enrolled(int enrolled) {}

  @Inject private Enrolments enrolments;
  @Inject private ParticipantTables tables;

  @GET
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN, Role.Names.DEPARTMENT})
  public List<ParticipantView> list(@PathParam("id") long id, @QueryParam("organisationId") Long organisationId) {
    return enrolments.participants(id, organisationId).stream().map(ParticipantView::of).toList();
  }

  /** The participants table as XLSX or CSV (UTF-8 with a BOM, ";" as Russian Excel expects). */
  @GET
  @Path("export")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN, Role.Names.DEPARTMENT})
  public Response export(
      @PathParam("id") long id, @QueryParam("organisationId") Long organisationId, @QueryParam("format") @DefaultValue("xlsx") String format) {
    QueryParams.oneOf("format", format, "xlsx", "csv");
    ParticipantTables.Table table = tables.of(id, organisationId, "xlsx".equals(format));
    return Downloads.of(table.fileName(), table.contentType(), table.data());
  }

  /** Who would be enrolled, changing nothing. */
  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<CandidateView> preview(@PathParam("id") long id, AudienceForm form) {
    Bodies.valid(form);
    return enrolments.preview(id, audience(form)).stream().map(CandidateView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Enrolled enrol(@PathParam("id") long id, AudienceForm form) {
    Bodies.valid(form);
    return new Enrolled(enrolments.enrol(id, audience(form)));
  }

  @DELETE
  @Path("{personId}")
  public Response withdraw(@PathParam("id") long id, @PathParam("personId") long personId) {
    enrolments.withdraw(id, personId);
    return Response.noContent().build();
  }

  private static Enrolments.Audience audience(AudienceForm form) {
    return new Enrolments.Audience(
        form.personIds == null ? List.of() : form.personIds,
        form.cohortIds == null ? List.of() : form.cohortIds,
        form.organisationIds == null ? List.of() : form.organisationIds);
  }
}
