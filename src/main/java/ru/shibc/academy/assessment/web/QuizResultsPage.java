package ru.shibc.academy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import ru.shibc.academy.assessment.Attempt;
import ru.shibc.academy.assessment.AttemptAnswers;
import ru.shibc.academy.assessment.AttemptState;
import ru.shibc.academy.assessment.Attempts;
import ru.shibc.academy.assessment.EssayGrading;
import ru.shibc.academy.assessment.QuestionCache;
import ru.shibc.academy.assessment.QuestionView;
import ru.shibc.academy.assessment.Quizzes;
import ru.shibc.academy.assessment.api.AttemptView;
import ru.shibc.academy.assessment.api.AttemptViews;
import ru.shibc.academy.assessment.question.Essay;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;

/**
 * A quiz's attempts for its graders: every attempt with its score, those waiting for an essay's
 * grade on request; an attempt opened answer by answer, essays graded with points and a comment;
 * regrading after a question was fixed, and the attestation protocol.
 */
@Named("quizResults")
@ViewScoped
public class QuizResultsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An attempt as the table shows it. */
  public record Row(
      long id, String learner, String school, int number, String state, BigDecimal score, BigDecimal maxScore,
      BigDecimal percent, Boolean passed, boolean needsGrading, Instant finishedAt)
      implements Serializable {}

  @Inject private Quizzes quizzes;
  @Inject private ru.shibc.academy.course.CourseTeachers teachers;
  @Inject private Attempts attempts;
  @Inject private AttemptViews views;
  @Inject private AttemptAnswers answers;
  @Inject private QuestionCache questions;
  @Inject private EssayGrading grading;
  @Inject private Courses courses;
  @Inject private Staff staff;

  private Long course;
  private Long activity;
  private boolean loaded;
  private String title;
  private String courseTitle;
  private boolean needsGradingOnly;
  private List<Row> rows = List.of();

  private Long openId;
  private Row open;
  private List<AnswerReview> review = List.of();

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (course == null || activity == null) {
      throw AcademyException.notFound("quiz");
    }
    teachers.requireTeacher(course);
    quizzes.of(course, activity);
    courseTitle = courses.get(course).getTitle();
    title = courses.activity(course, activity).getTitle();
    reload();
  }

  public void reload() {
    List<Attempt> all = attempts.all(activity);
    Map<Long, Person> people =
        staff.byIds(all.stream().map(Attempt::getPersonId).distinct().toList()).stream()
            .collect(Collectors.toMap(Person::getId, Function.identity()));
    rows =
        all.stream()
            .filter(a -> !needsGradingOnly || a.isNeedsGrading())
            .map(a -> row(a, people.get(a.getPersonId())))
            .toList();
    if (openId != null) {
      open = rows.stream().filter(r -> r.id() == openId).findFirst().orElse(open);
    }
  }

  private static Row row(Attempt a, Person p) {
    boolean finished = a.getState() == AttemptState.FINISHED;
    return new Row(
        a.getId(), p == null ? "#" + a.getPersonId() : p.fullName(), p == null ? "" : p.getOrganisation().getShortName(),
        a.getNumber(), a.getState().name(), finished && a.getScore() != null ? Decimals.plain(a.getScore()) : null,
        Decimals.plain(a.getMaxScore()), finished && a.getScore() != null ? Decimals.plain(a.percent()) : null, a.getPassed(),
        a.isNeedsGrading(), a.getFinishedAt());
  }

  /** Opens an attempt answer by answer, as a grader sees it. */
  public void openAttempt(long id) {
    Attempt a = attempts.get(id);
    if (a.getQuizId() != activity) {
      throw AcademyException.notFound("attempt");
    }
    openId = id;
    AttemptView view = views.of(a, true);
    Map<Integer, AttemptAnswers.Stored> stored =
        answers.of(id).stream().collect(Collectors.toMap(AttemptAnswers.Stored::slot, Function.identity()));
    Map<Integer, Long> questionOf =
        a.layout().entries().stream().collect(Collectors.toMap(e -> e.slot(), e -> e.questionId()));
    List<AnswerReview> out = new ArrayList<>();
    for (QuestionView q : view.questions()) {
      Long questionId = questionOf.get(q.slot());
      String graderInfo =
          questionId != null && questions.get(questionId) instanceof Essay e ? QuestionText.html(e.graderInfo(), q.format()) : "";
      out.add(AnswerReview.of(q, stored.get(q.slot()), graderInfo, a.getState() == AttemptState.FINISHED));
    }
    review = out;
    reload();
    open = rows.stream().filter(r -> r.id() == id).findFirst().orElse(row(a, staff.find(a.getPersonId()).orElse(null)));
  }

  public void grade(int slot) {
    AnswerReview answer = review.stream().filter(r -> r.getSlot() == slot).findFirst().orElse(null);
    if (answer == null || openId == null) {
      return;
    }
    if (answer.getGivenPoints() == null) {
      Pages.error("attempt.badPoints", answer.getMark());
      return;
    }
    if (Pages.attempt(
        () -> grading.grade(openId, slot, answer.getGivenPoints(), answer.getComment()), "quiz.results.graded", slot)) {
      openAttempt(openId);
    }
  }

  public void regrade() {
    Pages.attempt(() -> grading.regrade(activity))
        .ifPresent(
            count -> {
              Pages.info("quiz.results.regraded", count);
              reload();
              if (openId != null) {
                openAttempt(openId);
              }
            });
  }

  public void filterChanged() {
    reload();
  }

  public String when(Instant at) {
    return Clocks.dateTime(at);
  }

  public String getProtocolUrl() {
    return "/api/courses/" + course + "/quizzes/" + activity + "/protocol";
  }

  public Long getCourse() { return course; }
  public void setCourse(Long course) { this.course = course; }
  public Long getActivity() { return activity; }
  public void setActivity(Long activity) { this.activity = activity; }
  public String getTitle() { return title; }
  public String getCourseTitle() { return courseTitle; }
  public boolean isNeedsGradingOnly() { return needsGradingOnly; }
  public void setNeedsGradingOnly(boolean needsGradingOnly) { this.needsGradingOnly = needsGradingOnly; }
  public List<Row> getRows() { return rows; }
  public Row getOpen() { return open; }
  public List<AnswerReview> getReview() { return review; }
}
