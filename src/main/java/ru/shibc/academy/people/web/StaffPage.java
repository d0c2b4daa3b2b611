package ru.shibc.academy.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.people.api.PersonResource.AccountForm;
import ru.shibc.academy.people.api.PersonResource.PersonForm;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.web.Pages;

/** The staff page: search the district's staff, edit a record, give an account and roles. */
@Named("staffPage")
@ViewScoped
public class StaffPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of the table, with the account beside the person. */
  public record Row(Person person, Account account) implements Serializable {
    public String getRoles() {
      return account == null ? "" : String.join(", ", account.getRoles().stream().map(r -> Pages.text("role." + r.name())).toList());
    }
  }

  @Inject private Staff staff;
  @Inject private Organisations organisations;
  @Inject private CurrentUser currentUser;

  private String query;
  private Long organisationId;
  private List<Organisation> organisationChoices;
  private LazyDataModel<Row> rows;

  private Long editingId;
  private PersonForm form = new PersonForm();

  private Long accountPersonId;
  private String username;
  private String password;
  private Set<Role> roles = EnumSet.of(Role.LEARNER);
  private boolean enabled = true;
  private boolean hasAccount;

  @PostConstruct
  void init() {
    organisationChoices = organisations.list(null);
    rows =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filters) {
            return (int) staff.search(query, organisationId, 0, 1).total();
          }

          @Override
          public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Staff.Page page = staff.search(query, organisationId, first, pageSize);
            Map<Long, Account> accounts = staff.accountsOf(page.people());
            setRowCount((int) page.total());
            return page.people().stream().map(p -> new Row(p, accounts.get(p.getId()))).toList();
          }

          @Override
          public String getRowKey(Row row) {
            return String.valueOf(row.person().getId());
          }
        };
  }

  public boolean isMaySeePersonalData() {
    return currentUser.hasAny(Role.ADMIN, Role.METHODOLOGIST);
  }

  public boolean isMayEdit() {
    return currentUser.hasAny(Role.ADMIN, Role.METHODOLOGIST);
  }

  public boolean isMayManageAccounts() {
    return currentUser.has(Role.ADMIN);
  }

  public void startNew() {
    editingId = null;
    form = new PersonForm();
  }

  public void startEdit(long id) {
    Person p = staff.get(id);
    editingId = id;
    form = new PersonForm();
    form.setSurname(p.getSurname());
    form.setName(p.getName());
    form.setPatronymic(p.getPatronymic());
    form.setPosition(p.getPosition());
    form.setOrganisationId(p.getOrganisation().getId());
    form.setEmail(p.getEmail());
    form.setSnils(p.getSnils() == null ? null : p.getSnils().formatted());
    form.setBirthDate(p.getBirthDate());
    form.setSex(p.getSex());
    form.setVersion(p.getVersion());
  }

  public void save() {
    boolean saved =
        Pages.attempt(
            () -> {
              Bodies.valid(form);
              if (editingId == null) {
                staff.register(form.details(), form.getOrganisationId());
              } else {
                staff.update(editingId, form.getVersion(), form.details(), form.getOrganisationId());
              }
            },
            "staff.saved");
    if (saved) {
      org.primefaces.PrimeFaces.current().executeScript("PF('personDialog').hide()");
    } else {
      org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
    }
  }

  public void startAccount(long personId) {
    Person p = staff.get(personId);
    accountPersonId = personId;
    Account account = staff.accountsOf(List.of(p)).get(personId);
    hasAccount = account != null;
    username = account == null ? p.getEmail() : account.getUsername();
    roles = account == null ? EnumSet.of(Role.LEARNER) : account.getRoles();
    enabled = account == null || account.isEnabled();
    password = null;
  }

  public void saveAccount() {
    AccountForm check = new AccountForm();
    check.username = username;
    check.password = blankToNull(password);
    check.roles = roles;
    boolean saved =
        Pages.attempt(
            () -> {
              Bodies.valid(check);
              staff.saveAccount(accountPersonId, new Staff.AccountDraft(username, blankToNull(password), roles, enabled));
            },
            "staff.accountSaved");
    if (saved) {
      org.primefaces.PrimeFaces.current().executeScript("PF('accountDialog').hide()");
    }
  }

  public void search() {
    // the lazy model reads the filters on its next load
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  public List<Role> getAllRoles() {
    return List.of(Role.values());
  }

  public LazyDataModel<Row> getRows() {
    return rows;
  }

  public List<Organisation> getOrganisationChoices() {
    return organisationChoices;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public PersonForm getForm() {
    return form;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isHasAccount() {
    return hasAccount;
  }
}
