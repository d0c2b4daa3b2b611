package ru.shibc.academy.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Set;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.PersonDetails;
import ru.shibc.academy.people.Sex;
import ru.shibc.academy.people.Snils;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.security.Role;

/** Staff of the district. СНИЛС and birth date go only to administrators and methodologists. */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class PersonResource {

  static final String NAME_PATTERN = "^[\\p{IsCyrillic}\\p{IsLatin}][\\p{IsCyrillic}\\p{IsLatin} .'’-]*$";

  public static final class PersonForm implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private @NotBlank @Size(max = 100) @Pattern(regexp = NAME_PATTERN) String surname;
    private @NotBlank @Size(max = 100) @Pattern(regexp = NAME_PATTERN) String name;
    private @Size(max = 100) @Pattern(regexp = NAME_PATTERN) String patronymic;
    private @NotBlank @Size(max = 150) String position;
    private @NotNull Long organisationId;
    private @NotBlank @Email @Size(max = 254) String email;
    private @Size(max = 20) String snils;
    private @Past LocalDate birthDate;
    private Sex sex;
    private Long version;

    /** The checked details; a malformed СНИЛС is a 400 naming the field. */
    public PersonDetails details() {
      Snils parsed;
      try {
        parsed = snils == null || snils.isBlank() ? null : Snils.parse(snils);
      } catch (IllegalArgumentException e) {
        throw new AcademyException(
            AcademyException.Kind.BAD_REQUEST,
            List.of(new AcademyException.FieldError("snils", "validation.snils")),
            "problem.validation");
      }
      return new PersonDetails(surname, name, patronymic, position, email, parsed, birthDate, sex);
    }

    public String getSurname() {
      return surname;
    }

    public void setSurname(String surname) {
      this.surname = surname;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getPatronymic() {
      return patronymic;
    }

    public void setPatronymic(String patronymic) {
      this.patronymic = patronymic;
    }

    public String getPosition() {
      return position;
    }

    public void setPosition(String position) {
      this.position = position;
    }

    public Long getOrganisationId() {
      return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
      this.organisationId = organisationId;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getSnils() {
      return snils;
    }

    public void setSnils(String snils) {
      this.snils = snils;
    }

    public LocalDate getBirthDate() {
      return birthDate;
    }

    public Sex getSex() {
      return sex;
    }

    public void setSex(Sex sex) {
      this.sex = sex;
    }

    public void setBirthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
    }

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }
  }

  /** {@code password} is optional: without it an existing password stays. */
  public static final class AccountForm {
  public @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._@-]+$") String username;
  public @Size(min = 8, max = 200) String password;
  public @NotNull @Size(min = 1) Set<Role> roles;
  public Boolean enabled;
}

  public record AccountView(String username, Set<Role> roles, boolean enabled, boolean locked) {
    static AccountView of(Account a) {
      return new AccountView(a.getUsername(), a.getRoles(), a.isEnabled(), a.getLockedUntil() != null);
    }
  }

  @Inject private Staff staff;
  @Inject private CurrentUser currentUser;

  @GET
  public PersonPage search(
      @QueryParam("q") String q,
      @QueryParam("organisationId") Long organisationId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    QueryParams.paging(page, size);
    QueryParams.text("q", q, 100);
    Staff.Page found = staff.search(q, organisationId, page * size, size);
    Map<Long, Account> accounts = staff.accountsOf(found.people());
    boolean personal = seesPersonalData();
    List<PersonView> items =
        found.people().stream().map(p -> PersonView.of(p, accounts.get(p.getId()), personal)).toList();
    return new PersonPage(items, found.total(), page, size);
  }

  @GET
  @Path("{id}")
  public PersonView get(@PathParam("id") long id) {
    Person person = staff.get(id);
    return PersonView.of(person, staff.accountsOf(List.of(person)).get(id), seesPersonalData());
  }

  @POST
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(PersonForm form) {
    Bodies.valid(form);
    Person created = staff.register(form.details(), form.getOrganisationId());
    return Response.created(URI.create("people/" + created.getId()))
        .entity(PersonView.of(created, null, true))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public PersonView update(@PathParam("id") long id, PersonForm form) {
    Bodies.valid(form);
    Person updated = staff.update(id, form.getVersion(), form.details(), form.getOrganisationId());
    return PersonView.of(updated, staff.accountsOf(List.of(updated)).get(id), true);
  }

  /** Creates or changes the person's account; roles are the administrator's to give. */
  @PUT
  @Path("{id}/account")
  @RolesAllowed(Role.Names.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountView saveAccount(@PathParam("id") long id, AccountForm form) {
    Bodies.valid(form);
    Account account =
        staff.saveAccount(
            id,
            new Staff.AccountDraft(
                form.username, form.password, form.roles, form.enabled == null || form.enabled));
    return AccountView.of(account);
  }

  private boolean seesPersonalData() {
    return currentUser.hasAny(Role.ADMIN, Role.METHODOLOGIST);
  }
}
