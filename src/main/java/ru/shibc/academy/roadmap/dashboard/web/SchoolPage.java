package ru.shibc.academy.roadmap.dashboard.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ru.shibc.academy.certificate.CycleState;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.roadmap.dashboard.Dashboard;
import ru.shibc.academy.roadmap.dashboard.DashboardViews;
import ru.shibc.academy.roadmap.dashboard.Period;

/**
 * The drill-down: a school's figures for the period and its staff, each with the latest
 * certificate, the three-year cycle and the courses in progress; a person's card below when one
 * is chosen ({@code ?id=…&person=…}).
 */
@Named("schoolPage")
@ViewScoped
public class SchoolPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Dashboard dashboard;

  private Long id;
  private Long person;
  private String from;
  private String to;
  private transient DashboardViews.School school;
  private transient DashboardViews.Person card;

  /** The view action: read the school (and the person) or say why not. */
  public void load() {
    if (id == null) {
      Pages.error("dashboard.organisationRequired");
      return;
    }
    try {
      Period period = Period.of(from, to, null, dashboard.today());
      school = dashboard.school(id, period);
      card = person == null ? null : dashboard.person(person);
    } catch (AcademyException e) {
      Pages.refused(e);
    }
  }

  /** The API's file of this school's staff table. */
  public String file(String format) {
    return "/api/dashboard/files/school?format=" + format + "&organisationId=" + id + "&from=" + school.from() + "&to=" + school.to();
  }

  private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

  public String date(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  public String when(Instant at) {
    return Clocks.date(at);
  }

  /** The tag colours of the cycle page: green, amber, red, none. */
  public String severity(CycleState s) {
    return s == null ? null : switch (s) {
      case CURRENT -> "success";
      case DUE_SOON -> "warning";
      case OVERDUE -> "danger";
      case NEVER -> null;
    };
  }

  public DashboardViews.School getSchool() {
    if (school == null && id != null) {
      load();
    }
    return school;
  }

  public DashboardViews.Person getCard() {
    return card;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getPerson() {
    return person;
  }

  public void setPerson(Long person) {
    this.person = person;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
