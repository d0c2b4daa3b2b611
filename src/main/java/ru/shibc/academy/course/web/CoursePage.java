package ru.shibc.academy.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import ru.shibc.academy.course.Assignments;
import ru.shibc.academy.course.Learning;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Html;
import ru.shibc.academy.platform.web.Pages;

/**
 * The course page of an enrolled learner: sections and activities with their completion, one
 * activity open at a time; assignments are submitted here as text or a file.
 *
 * <p>The page is the one librarians open most, so it keeps nothing between requests: its view is
 * stateless (course.xhtml) and this bean lives for one request. The course and the open activity
 * come from the address ({@code ?id=…&open=…}) and, on a submission, from the form's two hidden
 * fields of the same names.
 */
@Named("coursePage")
@RequestScoped
public class CoursePage {

  @Inject private Learning learning;
  @Inject private Assignments assignments;
  @Inject private CurrentUser currentUser;

  private Long id;
  private Long openId;
  private Learning.CourseView view;
  private Learning.ActivityState opened;
  private java.util.Map<String, String> kindLabels;
  private String answer;
  private boolean refused;

  @PostConstruct
  void fromRequest() {
    Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    id = number(params.get("id"));
    openId = number(params.get("open"));
  }

  /** A number from the address; anything else is no number (the page then says so). */
  static Long number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Loads the page: the activity in the address, else the next step, is shown, and showing a
   * page, a file or a link that is not done yet marks it done. A caller who is not enrolled is
   * told so instead of seeing the course.
   */
  public void load() {
    refused = false;
    try {
      view = learning.courseView(id, person());
      if (openId == null && view.nextStep() != null) {
        openId = view.nextStep().activity().getId();
      }
      Learning.ActivityState shown = getOpened();
      if (shown != null && !shown.completed() && learning.completesOnView(shown.activity())) {
        learning.open(id, openId, person());
        view = learning.courseView(id, person());
        opened = null;
      }
    } catch (AcademyException e) {
      refused = true;
      Pages.refused(e);
    }
  }

  public Learning.CourseView getView() {
    if (view == null && !refused) {
      if (id == null) {
        refused = true;
        Pages.refused(AcademyException.notFound("course"));
      } else {
        load();
      }
    }
    return view;
  }

  /** The activity on show: the one in the address, else the next step. Found once per request. */
  public Learning.ActivityState getOpened() {
    if (opened == null && getView() != null && openId != null) {
      opened =
          view.sections().stream()
              .flatMap(s -> s.activities().stream())
              .filter(a -> a.activity().getId().equals(openId))
              .findFirst()
              .orElse(null);
    }
    return opened;
  }

  public void submitText() {
    if (Pages.attempt(() -> assignments.submit(id, openId, person(), answer, null), "course.submitted")) {
      answer = null;
      view = learning.courseView(id, person());
      opened = null;
    }
  }

  public void submitFile(FileUploadEvent event) {
    boolean sent =
        Pages.attempt(
            () ->
                assignments.submit(
                    id, openId, person(), null,
                    UploadedFiles.check(
                        event.getFile().getFileName(), event.getFile().getContent(), UploadedFiles.DOCUMENTS,
                        ru.shibc.academy.course.api.CourseResource.MAX_FILE_BYTES)),
            "course.submitted");
    if (sent) {
      view = learning.courseView(id, person());
      opened = null;
    }
  }

  /**
   * The course outline (every section and activity with its completion) as HTML. Written here
   * in one pass rather than by nested ui:repeat: with 60 activities the page would otherwise
   * evaluate several hundred EL expressions, the largest part of its cost.
   */
  public String getOutline() {
    if (getView() == null) {
      return "";
    }
    String optional = " · " + Pages.text("course.optional");
    int activities = view.sections().stream().mapToInt(s -> s.activities().size()).sum();
    StringBuilder html = new StringBuilder(512 + 256 * activities); // grown once rather than doubled
    for (Learning.SectionView s : view.sections()) {
      html.append("<h3>").append(Html.escape(s.section().getTitle())).append("</h3><ul>");
      for (Learning.ActivityState a : s.activities()) {
        Long activity = a.activity().getId();
        html.append(activity.equals(openId) ? "<li class=\"opened\">" : "<li>")
            .append(a.completed() ? "<i class=\"pi pi-check-circle academy-ok\"></i>" : "<i class=\"pi pi-circle\"></i>")
            .append(" <a class=\"activity-link\" href=\"?id=").append(id).append("&amp;open=").append(activity).append("\">")
            .append(Html.escape(a.activity().getTitle())).append("</a><span class=\"academy-muted\"> · ")
            .append(Html.escape(kindLabel(a.activity().getKind())))
            .append(a.activity().isRequired() ? "" : Html.escape(optional))
            .append("</span></li>");
      }
      html.append("</ul>");
    }
    return html.toString();
  }

  /** "Повышение квалификации · 36 ак. ч." as HTML. */
  public String getSummaryHtml() {
    if (getView() == null) {
      return "";
    }
    return "<p class=\"academy-muted\">" + Html.escape(Pages.text("programme." + view.course().getProgrammeType()))
        + " · " + view.course().getAcademicHours() + " " + Html.escape(Pages.text("course.hours")) + "</p>";
  }

  /** When the course was completed, or the next step, as HTML. */
  public String getStatusHtml() {
    if (getView() == null) {
      return "";
    }
    StringBuilder html = new StringBuilder(256).append("<p id=\"status\">");
    if (view.enrolment().getCompletedAt() != null) {
      html.append("<span class=\"academy-ok\">").append(Html.escape(Pages.text("course.completedOn"))).append(' ')
          .append(Html.escape(when(view.enrolment().getCompletedAt()))).append("</span>");
    }
    if (view.nextStep() != null) {
      html.append(Html.escape(Pages.text("course.nextStep"))).append(": ")
          .append(Html.escape(view.nextStep().activity().getTitle()));
    }
    return html.append("</p>").toString();
  }

  /** The open activity's title and content as HTML (see {@link ActivityHtml}). */
  public String getActivityHtml() {
    Learning.ActivityState open = getOpened();
    return open == null ? "" : ActivityHtml.of(open, id);
  }

  /** Whether the open assignment takes an answer now: not done and none waiting for a grade. */
  public boolean isAnswerable() {
    Learning.ActivityState open = getOpened();
    return open != null && !open.completed()
        && (open.latest() == null || open.latest().status() != ru.shibc.academy.course.Submission.Status.SUBMITTED);
  }

  /** "Страница", "Задание"… by kind, in the reader's language, looked up once per request. */
  private String kindLabel(String kind) {
    if (kindLabels == null) {
      kindLabels = new java.util.HashMap<>();
    }
    return kindLabels.computeIfAbsent(kind, k -> Pages.text("kind." + k));
  }

  public String when(Instant instant) {
    return Clocks.dateTime(instant);
  }

  private long person() {
    return currentUser.personId().orElseThrow(() -> new AcademyException(AcademyException.Kind.FORBIDDEN, "course.noPerson"));
  }

  public Long getId() {
    return id;
  }

  public Long getOpenId() {
    return openId;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public boolean isRefused() {
    return refused;
  }
}
