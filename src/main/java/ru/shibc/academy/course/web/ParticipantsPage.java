package ru.shibc.academy.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Enrolments;
import ru.shibc.academy.people.Cohort;
import ru.shibc.academy.people.Cohorts;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;

/** Participants of a course with progress by school; bulk enrolment with a preview; withdrawal. */
@Named("participants")
@ViewScoped
public class ParticipantsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Courses courses;
  @Inject private Enrolments enrolments;
  @Inject private Organisations organisations;
  @Inject private Cohorts cohorts;
  @Inject private Staff staff;

  private Long id;
  private Long organisationId;
  private transient List<Enrolments.Participant> rows;
  private List<Long> addPeople = new ArrayList<>();
  private List<Long> addCohorts = new ArrayList<>();
  private List<Long> addOrganisations = new ArrayList<>();
  private transient List<Enrolments.Candidate> preview;

  public Course getCourse() {
    return courses.get(id);
  }

  public List<Enrolments.Participant> getRows() {
    if (rows == null) {
      rows = enrolments.participants(id, organisationId);
    }
    return rows;
  }

  public void filter() {
    rows = null;
  }

  public void previewEnrolment() {
    try {
      preview = enrolments.preview(id, audience());
    } catch (ru.shibc.academy.platform.api.AcademyException e) {
      Pages.refused(e);
    }
  }

  public void enrol() {
    try {
      Pages.info("course.enrolledCount", enrolments.enrol(id, audience()));
      preview = null;
      addPeople = new ArrayList<>();
      addCohorts = new ArrayList<>();
      addOrganisations = new ArrayList<>();
      rows = null;
    } catch (ru.shibc.academy.platform.api.AcademyException e) {
      Pages.refused(e);
    }
  }

  public void withdraw(long personId) {
    if (Pages.attempt(() -> enrolments.withdraw(id, personId), "course.withdrawn")) {
      rows = null;
    }
  }

  public long getNewCount() {
    return preview == null ? 0 : preview.stream().filter(c -> c.outcome() != Enrolments.Outcome.ALREADY_ENROLLED).count();
  }

  public List<Long> completePeople(String text) {
    return staff.search(text, null, 0, 15).people().stream().map(Person::getId).toList();
  }

  public String personLabel(Long personId) {
    return personId == null ? "" : staff.find(personId).map(p -> p.fullName() + " (" + p.getOrganisation().getShortName() + ")").orElse("");
  }

  public String date(Instant instant) {
    return Clocks.date(instant);
  }

  private Enrolments.Audience audience() {
    return new Enrolments.Audience(addPeople, addCohorts, addOrganisations);
  }

  public List<Organisation> getOrganisations() {
    return organisations.list(null);
  }

  public List<Cohort> getCohorts() {
    return cohorts.list();
  }

  public List<Enrolments.Candidate> getPreview() {
    return preview;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public List<Long> getAddPeople() {
    return addPeople;
  }

  public void setAddPeople(List<Long> v) {
    addPeople = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public List<Long> getAddCohorts() {
    return addCohorts;
  }

  public void setAddCohorts(List<Long> v) {
    addCohorts = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public List<Long> getAddOrganisations() {
    return addOrganisations;
  }

  public void setAddOrganisations(List<Long> v) {
    addOrganisations = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }
}
