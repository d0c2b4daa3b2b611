package ru.shibc.academy.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.people.Cohort;
import ru.shibc.academy.people.Cohorts;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.security.Role;

/** Cohorts of staff for enrolment and audiences. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class CohortResource {

  public record CohortView(long id, String name, String description, long size) {}

  public record Member(long id, String fullName, String position, String organisation) {
    static Member of(Person p) {
      return new Member(p.getId(), p.fullName(), p.getPosition(), p.getOrganisation().getShortName());
    }
  }

  public record CohortDetails(long id, String name, String description, List<Member> members) {}

  public static final class CohortForm {
    public @NotBlank @Size(max = 150) String name;
    public @Size(max = 1000) String description;
}

  /** People to add, and organisations whose whole staff to add. */
  public static final class MembersForm {
    // Read as decimals so that 1.9 or 2^64+1 are refused, not rounded or wrapped onto a real id.
    public @Size(max = 10_000) List<@NotNull BigDecimal> personIds;
    public @Size(max = 1_000) List<@NotNull BigDecimal> organisationIds;

    static List<Long> ids(String field, List<BigDecimal> values) {
      if (values == null) {
        return List.of();
      }
      return values.stream().map(v -> id(field, v)).toList();
    }

    private static long id(String field, BigDecimal value) {
      try {
        long id = value.longValueExact();
        if (id > 0) {
          return id;
        }
      } catch (ArithmeticException notAWholeLong) {
        // refused below
      }
      throw new AcademyException(
          AcademyException.Kind.BAD_REQUEST,
          List.of(new AcademyException.FieldError(field, "validation.id")),
          "problem.validation");
    }
  }

  public record Added(int added) {}

  @Inject private Cohorts cohorts;

  @GET
  public List<CohortView> list() {
    Map<Long, Long> sizes = cohorts.sizes();
    return cohorts.list().stream()
        .map(c -> new CohortView(c.getId(), c.getName(), c.getDescription(), sizes.getOrDefault(c.getId(), 0L)))
        .toList();
  }

  @GET
  @Path("{id}")
  public CohortDetails get(@PathParam("id") long id) {
    Cohort cohort = cohorts.get(id);
    return new CohortDetails(
        id, cohort.getName(), cohort.getDescription(), cohorts.members(id).stream().map(Member::of).toList());
  }

  @POST
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CohortForm form) {
    Bodies.valid(form);
    Cohort created = cohorts.create(form.name, form.description);
    return Response.created(URI.create("cohorts/" + created.getId()))
        .entity(new CohortView(created.getId(), created.getName(), created.getDescription(), 0))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public CohortView update(@PathParam("id") long id, CohortForm form) {
    Bodies.valid(form);
    Cohort cohort = cohorts.describe(id, form.name, form.description);
    return new CohortView(id, cohort.getName(), cohort.getDescription(), cohort.size());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  public Response delete(@PathParam("id") long id) {
    cohorts.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/members")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public Added addMembers(@PathParam("id") long id, MembersForm form) {
    Bodies.valid(form);
    return new Added(
        cohorts.addMembers(
            id,
            MembersForm.ids("personIds", form.personIds),
            MembersForm.ids("organisationIds", form.organisationIds)));
  }

  @DELETE
  @Path("{id}/members/{personId}")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  public Response removeMember(@PathParam("id") long id, @PathParam("personId") long personId) {
    cohorts.removeMember(id, personId);
    return Response.noContent().build();
  }
}
