package ru.shibc.academy.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import ru.shibc.academy.people.ModelStage;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.OrganisationKind;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.people.api.OrganisationResource.OrganisationForm;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.web.Pages;

/** The district's organisations with staff counts; schools with their ШИБЦ model stage. */
@Named("organisationsPage")
@ViewScoped
public class OrganisationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Organisations organisations;
  @Inject private CurrentUser currentUser;

  private List<Organisation> all;
  private Map<Long, Long> staffCounts;
  private Long editingId;
  private OrganisationForm form = new OrganisationForm();

  @PostConstruct
  void load() {
    all = organisations.list(null);
    staffCounts = organisations.staffCounts();
  }

  public boolean isMayCreate() {
    return currentUser.has(Role.ADMIN);
  }

  public boolean isMayEdit() {
    return currentUser.hasAny(Role.ADMIN, Role.DEPARTMENT);
  }

  /** The department moves schools between stages; names stay the administrator's. */
  public boolean isNamesEditable() {
    return currentUser.has(Role.ADMIN);
  }

  public void startNew() {
    editingId = null;
    form = new OrganisationForm();
    form.setKind(OrganisationKind.SCHOOL);
    form.setModelStage(ModelStage.NONE);
  }

  public void startEdit(long id) {
    Organisation o = organisations.get(id);
    editingId = id;
    form = new OrganisationForm();
    form.setKind(o.getKind());
    form.setName(o.getName());
    form.setShortName(o.getShortName());
    form.setModelStage(o.getModelStage());
    form.setModelStageReachedOn(o.getModelStageReachedOn());
    form.setVersion(o.getVersion());
  }

  public void save() {
    boolean saved =
        Pages.attempt(
            () -> {
              Bodies.valid(form);
              if (editingId == null) {
                organisations.register(form.draft());
              } else {
                organisations.update(editingId, form.getVersion(), form.draft());
              }
            },
            "organisation.saved");
    if (saved) {
      load();
      PrimeFaces.current().executeScript("PF('organisationDialog').hide()");
    }
  }

  public long staffCount(long id) {
    return staffCounts.getOrDefault(id, 0L);
  }

  public List<Organisation> getAll() {
    return all;
  }

  public OrganisationForm getForm() {
    return form;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public OrganisationKind[] getKinds() {
    return OrganisationKind.values();
  }

  public ModelStage[] getStages() {
    return ModelStage.values();
  }
}
