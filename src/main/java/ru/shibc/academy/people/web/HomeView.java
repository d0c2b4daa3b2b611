package ru.shibc.academy.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.web.Pages;

/** The home page: who I am, and the way to each part of the platform my roles open. */
@Named("home")
@RequestScoped
public class HomeView {

  @Inject private CurrentUser currentUser;
  @Inject private Staff staff;
  @Inject private Organisations organisations;

  private Optional<Person> person;

  public Person getPerson() {
    if (person == null) {
      person = currentUser.personId().flatMap(staff::find);
    }
    return person.orElse(null);
  }

  public String getGreeting() {
    Person p = getPerson();
    String name = p == null ? currentUser.username() : p.getName() + (p.getPatronymic() == null ? "" : " " + p.getPatronymic());
    return Pages.text("home.greeting", name);
  }

  public List<String> getRoleNames() {
    return currentUser.account().map(Account::getRoles).orElse(java.util.Set.of()).stream()
        .map(r -> Pages.text("role." + r.name()))
        .toList();
  }

  /** "District: 23 organisations, 20 schools, 51 staff", for those who look after the district. */
  public String getDistrictSummary() {
    if (!currentUser.hasAny(Role.ADMIN, Role.METHODOLOGIST, Role.DEPARTMENT)) {
      return null;
    }
    Organisations.DistrictCounts counts = organisations.districtCounts();
    return Pages.text("home.district", counts.organisations(), counts.schools(), counts.staff());
  }
}
