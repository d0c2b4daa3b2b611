package ru.shibc.academy.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.security.CurrentUser;

/**
 * The menu bar of every page, as a model rather than thirty tags: the tags were built into every
 * page's component tree and saved with its state, although the menu changes only with the
 * language and the caller. With the model the tree holds one menu component, and
 * {@link CachedMarkup} renders it once per {@link #getKey() key}.
 */
@Named("mainMenu")
@RequestScoped
public class MainMenu {

  @Inject private CallerRoles roles;
  @Inject private CurrentUser currentUser;
  @Inject private Language language;

  /** Everything the menu's markup depends on: the language, the caller, what they may see. */
  public String getKey() {
    return language.getCode() + ' ' + currentUser.username() + ' ' + isPerson() + roles.isAuthor()
        + roles.isStaffOfficer() + roles.isAdmin() + roles.isDashboardReader();
  }

  /** Only asked when the markup is not remembered yet. */
  public MenuModel getModel() {
    Locale locale = language.getLocale();
    Items items = new Items(locale);
    DefaultMenuModel model = new DefaultMenuModel();
    model.getElements().add(items.item("menu.home", "/index", "pi pi-home"));
    model.getElements().add(items.item("menu.catalogue", "/courses/catalogue", "pi pi-book"));
    if (isPerson()) {
      model.getElements().add(items.item("menu.myCertificates", "/me/certificates", "pi pi-verified"));
    }
    DefaultSubMenu webinars = items.group("menu.webinarsGroup", "pi pi-video");
    webinars.getElements().add(items.item("menu.webinars", "/webinars/index", "pi pi-video"));
    if (isPerson()) {
      webinars.getElements().add(items.item("menu.consultations", "/me/consultations", "pi pi-comments"));
    }
    if (roles.isAuthor()) {
      webinars.getElements().add(items.item("menu.myConsultations", "/teaching/consultations", "pi pi-calendar-plus"));
    }
    if (isPerson()) {
      webinars.getElements().add(items.item("menu.calendarFeed", "/me/calendar", "pi pi-calendar"));
    }
    model.getElements().add(webinars);
    if (roles.isAuthor()) {
      model.getElements().add(items.item("menu.grading", "/teaching/grading", "pi pi-check-square"));
      model.getElements().add(items.item("menu.questionBank", "/teaching/question-bank", "pi pi-database"));
    }
    if (roles.isDashboardReader()) {
      model.getElements().add(items.item("menu.dashboard", "/department/dashboard", "pi pi-chart-bar"));
    }
    if (roles.isStaffOfficer()) {
      DefaultSubMenu people = items.group("menu.people", "pi pi-users");
      people.getElements().add(items.item("menu.staff", "/people/staff", "pi pi-id-card"));
      people.getElements().add(items.item("menu.organisations", "/people/organisations", "pi pi-building"));
      people.getElements().add(items.item("menu.cohorts", "/people/cohorts", "pi pi-sitemap"));
      if (roles.isAuthor()) {
        people.getElements().add(items.item("menu.import", "/people/import", "pi pi-upload"));
      }
      model.getElements().add(people);
      DefaultSubMenu certificates = items.group("menu.certificates", "pi pi-book");
      certificates.getElements().add(items.item("menu.register", "/certificates/register", "pi pi-list"));
      certificates.getElements().add(items.item("menu.cycle", "/certificates/cycle", "pi pi-calendar"));
      model.getElements().add(certificates);
      DefaultSubMenu roadmap = items.group("menu.roadmapGroup", "pi pi-map");
      roadmap.getElements().add(items.item("menu.roadmap", "/roadmap/index", "pi pi-map"));
      roadmap.getElements().add(items.item("menu.indicators", "/roadmap/indicators", "pi pi-chart-bar"));
      roadmap.getElements().add(items.item("menu.monitoringReports", "/roadmap/reports", "pi pi-file-pdf"));
      model.getElements().add(roadmap);
    }
    if (roles.isAdmin()) {
      DefaultSubMenu admin = items.group("menu.admin", "pi pi-cog");
      admin.getElements().add(items.item("menu.audit", "/admin/audit", "pi pi-history"));
      model.getElements().add(admin);
    }
    model.generateUniqueIds(); // PrimeFaces tells the top level's submenus (arrow down) by these
    return model;
  }

  /** A person of the district: they have certificates, consultations and a calendar. */
  private boolean isPerson() {
    return currentUser.personId().isPresent();
  }

  /** Menu entries with labels in one language. */
  private record Items(Locale locale) {

    DefaultMenuItem item(String label, String outcome, String icon) {
      return DefaultMenuItem.builder().value(Messages.text(locale, label)).outcome(outcome).icon(icon).build();
    }

    DefaultSubMenu group(String label, String icon) {
      return DefaultSubMenu.builder().label(Messages.text(locale, label)).icon(icon).build();
    }
  }
}
