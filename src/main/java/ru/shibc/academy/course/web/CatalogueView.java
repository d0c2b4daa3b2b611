package ru.shibc.academy.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.CourseStatus;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Enrolment;
import ru.shibc.academy.course.EnrolmentStatus;
import ru.shibc.academy.course.Enrolments;
import ru.shibc.academy.course.ProgrammeType;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.web.Pages;

/** The course catalogue: search and filters; self-enrolment; for authors also drafts. */
@Named("catalogue")
@ViewScoped
public class CatalogueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Courses courses;
  @Inject private Enrolments enrolments;
  @Inject private CurrentUser currentUser;

  private String text;
  private String category;
  private ProgrammeType programmeType;
  private CourseStatus status;
  private List<Course> found;
  private Map<Long, EnrolmentStatus> mine = Map.of();

  @PostConstruct
  void init() {
    search();
  }

  public void search() {
    CourseStatus shown = isAuthor() || currentUser.has(Role.DEPARTMENT) ? status : CourseStatus.PUBLISHED;
    found = courses.search(new Courses.Filter(text, category, programmeType, shown));
    mine =
        currentUser.personId()
            .map(p -> enrolments.mine(p).stream().collect(Collectors.toMap(Enrolment::getCourseId, Enrolment::getStatus)))
            .orElse(Map.of());
  }

  public String enrol(long courseId) {
    Long personId = currentUser.personId().orElse(null);
    if (personId == null) {
      Pages.error("course.noPerson");
      return null;
    }
    if (Pages.attempt(() -> enrolments.enrolSelf(courseId, personId), "course.enrolled")) {
      return "/courses/course?faces-redirect=true&id=" + courseId;
    }
    return null;
  }

  public boolean isEnrolled(long courseId) {
    return mine.containsKey(courseId);
  }

  public boolean isCompleted(long courseId) {
    return mine.get(courseId) == EnrolmentStatus.COMPLETED;
  }

  public boolean isAuthor() {
    return currentUser.hasAny(Role.METHODOLOGIST, Role.ADMIN);
  }

  public List<Course> getFound() {
    return found;
  }

  public List<String> getCategories() {
    return courses.categories();
  }

  public ProgrammeType[] getProgrammeTypes() {
    return ProgrammeType.values();
  }

  public CourseStatus[] getStatuses() {
    return CourseStatus.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public ProgrammeType getProgrammeType() {
    return programmeType;
  }

  public void setProgrammeType(ProgrammeType programmeType) {
    this.programmeType = programmeType;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public void setStatus(CourseStatus status) {
    this.status = status;
  }
}
