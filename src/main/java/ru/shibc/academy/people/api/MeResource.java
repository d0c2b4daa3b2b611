package ru.shibc.academy.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/** The caller's own account and person: every role may read its own data, personal data too. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class MeResource {

  public record Me(String username, Set<Role> roles, PersonView person) {}

  @Inject private CurrentUser currentUser;
  @Inject private Staff staff;

  @GET
  public Me me() {
    Account account = currentUser.account().orElseThrow();
    Person person = account.getPersonId() == null ? null : staff.get(account.getPersonId());
    return new Me(
        account.getUsername(), account.getRoles(), person == null ? null : PersonView.of(person, account, true));
  }
}
