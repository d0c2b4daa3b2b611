package ru.shibc.academy.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.Assignments;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Grading;
import ru.shibc.academy.course.Submission;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;

/** The grading queue: latest submissions waiting for a grade, oldest first; grade with feedback. */
@Named("grading")
@ViewScoped
public class GradingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A row of the queue with the names a grader needs. */
  public record Row(Assignments.Summary submission, String learner, String organisation, String course, String activity)
      implements Serializable {}

  @Inject private Assignments assignments;
  @Inject private Courses courses;
  @Inject private Staff staff;

  private Long courseId;
  private transient List<Row> rows;
  private Long submissionId;
  private transient Submission open;
  private Boolean passed;
  private Integer points;
  private String feedback;

  public List<Row> getRows() {
    if (rows == null) {
      List<Assignments.Summary> queue = assignments.queue(courseId);
      Map<Long, Person> people =
          staff.byIds(queue.stream().map(Assignments.Summary::personId).distinct().toList()).stream()
              .collect(Collectors.toMap(Person::getId, Function.identity()));
      Map<Long, Course> courseById =
          queue.stream().map(Assignments.Summary::courseId).distinct().map(courses::get)
              .collect(Collectors.toMap(Course::getId, Function.identity()));
      rows =
          queue.stream()
              .map(
                  s ->
                      new Row(
                          s, people.get(s.personId()).fullName(), people.get(s.personId()).getOrganisation().getShortName(),
                          courseById.get(s.courseId()).getShortName(), courses.activity(s.courseId(), s.activityId()).getTitle()))
              .toList();
    }
    return rows;
  }

  public void start(long id) {
    submissionId = id;
    open = assignments.find(id).orElse(null);
    passed = null;
    points = null;
    feedback = null;
  }

  public Submission getOpen() {
    if (open == null && submissionId != null) {
      open = assignments.find(submissionId).orElse(null);
    }
    return open;
  }

  public Activity getOpenActivity() {
    Submission s = getOpen();
    return s == null ? null : courses.activity(s.getCourseId(), s.getActivityId());
  }

  public boolean isPoints() {
    Activity a = getOpenActivity();
    return a != null && a.getGrading() == Grading.POINTS;
  }

  public void grade() {
    if (Pages.attempt(() -> assignments.grade(submissionId, null, passed, points, feedback), "course.graded")) {
      rows = null;
      PrimeFaces.current().executeScript("PF('gradeDialog').hide()");
    }
  }

  public String when(Instant instant) {
    return Clocks.dateTime(instant);
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public Boolean getPassed() {
    return passed;
  }

  public void setPassed(Boolean passed) {
    this.passed = passed;
  }

  public Integer getPoints() {
    return points;
  }

  public void setPoints(Integer points) {
    this.points = points;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public Long getSubmissionId() {
    return submissionId;
  }
}
