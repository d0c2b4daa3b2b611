package ru.shibc.academy.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.people.ModelStage;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.OrganisationKind;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.security.Role;

/** Organisations of the district: every signed-in user may read them; admins change them. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class OrganisationResource {

  public record OrganisationView(
      long id,
      OrganisationKind kind,
      String name,
      String shortName,
      ModelStage modelStage,
      LocalDate modelStageReachedOn,
      long staffCount,
      long version) {
    static OrganisationView of(Organisation o, long staffCount) {
      return new OrganisationView(
          o.getId(), o.getKind(), o.getName(), o.getShortName(), o.getModelStage(),
          o.getModelStageReachedOn(), staffCount, o.getVersion());
    }
  }

  /** {@code version} is optional; when given, a stale one is refused with 409. */
  public static final class OrganisationForm implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

  private @NotNull OrganisationKind kind;
  private @NotBlank @Size(max = 250) String name;
  private @NotBlank @Size(max = 60) String shortName;
  private ModelStage modelStage;
  private LocalDate modelStageReachedOn;
  private Long version;

    public Organisations.Draft draft() {
      return new Organisations.Draft(kind, name, shortName, modelStage, modelStageReachedOn);
    }

    public OrganisationKind getKind() {
      return kind;
    }

    public void setKind(OrganisationKind kind) {
      this.kind = kind;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getShortName() {
      return shortName;
    }

    public void setShortName(String shortName) {
      this.shortName = shortName;
    }

    public ModelStage getModelStage() {
      return modelStage;
    }

    public void setModelStage(ModelStage modelStage) {
      this.modelStage = modelStage;
    }

    public LocalDate getModelStageReachedOn() {
      return modelStageReachedOn;
    }

    public void setModelStageReachedOn(LocalDate modelStageReachedOn) {
      this.modelStageReachedOn = modelStageReachedOn;
    }

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }
  }

  @Inject private Organisations organisations;

  @GET
  public List<OrganisationView> list(@QueryParam("kind") OrganisationKind kind) {
    Map<Long, Long> counts = organisations.staffCounts();
    return organisations.list(kind).stream()
        .map(o -> OrganisationView.of(o, counts.getOrDefault(o.getId(), 0L)))
        .toList();
  }

  @GET
  @Path("{id}")
  public OrganisationView get(@PathParam("id") long id) {
    return OrganisationView.of(organisations.get(id), organisations.staffCounts().getOrDefault(id, 0L));
  }

  @POST
  @RolesAllowed(Role.Names.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(OrganisationForm form) {
    Bodies.valid(form);
    Organisation created = organisations.register(form.draft());
    return Response.created(URI.create("organisations/" + created.getId()))
        .entity(OrganisationView.of(created, 0))
        .build();
  }

  /** Admins change anything; the department moves schools between model stages. */
  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.DEPARTMENT})
  @Consumes(MediaType.APPLICATION_JSON)
  public OrganisationView update(@PathParam("id") long id, OrganisationForm form) {
    Bodies.valid(form);
    Organisation updated = organisations.update(id, form.getVersion(), form.draft());
    return OrganisationView.of(updated, organisations.staffCounts().getOrDefault(id, 0L));
  }
}
