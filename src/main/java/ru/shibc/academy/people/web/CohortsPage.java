package ru.shibc.academy.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import ru.shibc.academy.people.Cohort;
import ru.shibc.academy.people.Cohorts;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.web.Pages;

/** Cohorts: create, rename, delete; add people or whole organisations; remove members. */
@Named("cohortsPage")
@ViewScoped
public class CohortsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Cohorts cohorts;
  @Inject private Staff staff;
  @Inject private Organisations organisations;
  @Inject private CurrentUser currentUser;

  private List<Cohort> all;
  private Map<Long, Long> sizes;
  private Long selectedId;
  private List<Person> members = List.of();
  private List<Organisation> organisationChoices;

  private Long editingId;
  private String name;
  private String description;

  private List<Long> addPeople = new ArrayList<>();
  private List<Long> addOrganisations = new ArrayList<>();

  @PostConstruct
  void load() {
    all = cohorts.list();
    sizes = cohorts.sizes();
    organisationChoices = organisations.list(null);
    if (selectedId != null && cohorts.find(selectedId).isPresent()) {
      members = cohorts.members(selectedId);
    } else {
      selectedId = null;
      members = List.of();
    }
  }

  public boolean isMayEdit() {
    return currentUser.hasAny(Role.ADMIN, Role.METHODOLOGIST);
  }

  public void select(long id) {
    selectedId = id;
    members = cohorts.members(id);
  }

  public void startNew() {
    editingId = null;
    name = null;
    description = null;
  }

  public void startEdit(long id) {
    Cohort c = cohorts.get(id);
    editingId = id;
    name = c.getName();
    description = c.getDescription();
  }

  public void save() {
    if (name == null || name.isBlank() || name.length() > 150 || (description != null && description.length() > 1000)) {
      Pages.error("cohort.nameRequired");
      return;
    }
    boolean saved =
        Pages.attempt(
            () -> {
              if (editingId == null) {
                selectedId = cohorts.create(name, description).getId();
              } else {
                cohorts.describe(editingId, name, description);
              }
            },
            "cohort.saved");
    if (saved) {
      load();
      PrimeFaces.current().executeScript("PF('cohortDialog').hide()");
    }
  }

  public void delete(long id) {
    if (Pages.attempt(() -> cohorts.delete(id), "cohort.deleted")) {
      load();
    }
  }

  public void addMembers() {
    if (selectedId == null) {
      return;
    }
    try {
      int added = cohorts.addMembers(selectedId, addPeople, addOrganisations);
      Pages.info("cohort.added", added);
      addPeople = new ArrayList<>();
      addOrganisations = new ArrayList<>();
      load();
    } catch (AcademyException e) {
      Pages.refused(e);
    }
  }

  public void removeMember(long personId) {
    if (Pages.attempt(() -> cohorts.removeMember(selectedId, personId), "cohort.removed")) {
      load();
    }
  }

  /** Suggestions for the people picker: "Иванова Мария Петровна (МБОУ «…»)". */
  public List<Long> completePeople(String text) {
    return staff.search(text, null, 0, 15).people().stream().map(Person::getId).toList();
  }

  public String personLabel(Long id) {
    return id == null ? "" : staff.find(id).map(p -> p.fullName() + " (" + p.getOrganisation().getShortName() + ")").orElse("");
  }

  public long size(long id) {
    return sizes.getOrDefault(id, 0L);
  }

  public List<Cohort> getAll() {
    return all;
  }

  public List<Person> getMembers() {
    return members;
  }

  public Cohort getSelected() {
    return selectedId == null ? null : cohorts.find(selectedId).orElse(null);
  }

  public List<Organisation> getOrganisationChoices() {
    return organisationChoices;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<Long> getAddPeople() {
    return addPeople;
  }

  public void setAddPeople(List<Long> addPeople) {
    this.addPeople = addPeople == null ? new ArrayList<>() : new ArrayList<>(addPeople);
  }

  public List<Long> getAddOrganisations() {
    return addOrganisations;
  }

  public void setAddOrganisations(List<Long> addOrganisations) {
    this.addOrganisations = addOrganisations == null ? new ArrayList<>() : new ArrayList<>(addOrganisations);
  }
}
