package ru.shibc.academy.course.web;

import java.time.Instant;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.Assignments;
import ru.shibc.academy.course.Grading;
import ru.shibc.academy.course.Learning;
import ru.shibc.academy.course.kinds.LinkType;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Html;
import ru.shibc.academy.platform.web.Pages;

/**
 * What the course page shows of the open page, link, file or assignment, written as HTML in one
 * pass like the outline: these parts only show text, and as Faces components (a dozen with as
 * many EL expressions) they were a large part of the busiest page's cost. The controls that post
 * something (the answer, its buttons, the upload) stay components on the page. Quizzes and
 * webinars keep their own components, which read their features' beans.
 *
 * <p>Bodies are rich text already cleaned by the sanitiser when saved; everything else is escaped.
 */
final class ActivityHtml {

  private final StringBuilder html = new StringBuilder(4096);

  private ActivityHtml() {}

  /** The title and the kind's content; empty for the kinds that render themselves. */
  static String of(Learning.ActivityState open, long courseId) {
    ActivityHtml out = new ActivityHtml();
    Activity activity = open.activity();
    out.html.append("<h2 id=\"activityTitle\">").append(Html.escape(activity.getTitle())).append("</h2>");
    switch (activity.getKind()) {
      case "PAGE" -> out.html.append("<div class=\"rich-text\">").append(body(activity)).append("</div>");
      case "LINK" -> out.link(activity);
      case "FILE" -> out.file(open, courseId);
      case "ASSIGNMENT" -> out.assignment(open);
      default -> { } // the page renders the others' content itself
    }
    return out.html.toString();
  }

  private void link(Activity activity) {
    html.append("<div class=\"rich-text\">").append(body(activity)).append("</div>");
    LinkType.embedUrl(activity.getUrl()).ifPresent(embed -> html
        .append("<div class=\"video\"><iframe src=\"").append(Html.escape(embed))
        .append("\" allowfullscreen=\"allowfullscreen\" title=\"").append(Html.escape(activity.getTitle()))
        .append("\" sandbox=\"allow-scripts allow-same-origin allow-presentation\"></iframe></div>"));
    html.append("<p><a href=\"").append(Html.escape(activity.getUrl()))
        .append("\" target=\"_blank\" rel=\"noopener noreferrer\">").append(text("course.openLink")).append("</a></p>");
  }

  private void file(Learning.ActivityState open, long courseId) {
    html.append("<div class=\"rich-text\">").append(body(open.activity())).append("</div>");
    if (open.file() != null) {
      html.append("<p><a id=\"course:download\" href=\"").append(Pages.contextPath()).append("/api/learning/courses/")
          .append(courseId).append("/activities/").append(open.activity().getId()).append("/file\">")
          .append("<i class=\"pi pi-download\"></i> ").append(Html.escape(open.file().fileName())).append("</a></p>");
    }
  }

  private void assignment(Learning.ActivityState open) {
    Activity activity = open.activity();
    html.append("<div class=\"rich-text\">").append(body(activity)).append("</div><p class=\"academy-muted\">");
    if (activity.getDueAt() != null) {
      html.append(text("course.dueAt")).append(": ").append(when(activity.getDueAt()));
    }
    if (activity.getGrading() == Grading.POINTS) {
      html.append(" · ").append(text("course.passPoints")).append(": ")
          .append(activity.getPassPoints()).append(" / ").append(activity.getMaxPoints());
    }
    html.append("</p>");
    Assignments.Summary latest = open.latest();
    if (latest != null) {
      html.append("<div id=\"course:latest\" class=\"academy-card submission\"><strong>").append(text("course.yourSubmission"))
          .append(" №").append(latest.number()).append("</strong> · ").append(when(latest.submittedAt())).append(" · ");
      if (latest.fileName() != null) {
        html.append("<i class=\"pi pi-paperclip\"></i> ").append(Html.escape(latest.fileName())).append(" · ");
      }
      if (latest.status() == ru.shibc.academy.course.Submission.Status.SUBMITTED) {
        html.append(text("course.awaitingGrade"));
      }
      if (Boolean.TRUE.equals(latest.passed())) {
        html.append("<span class=\"academy-ok\">").append(text("course.passed")).append("</span>");
      } else if (Boolean.FALSE.equals(latest.passed())) {
        html.append("<span class=\"academy-error\">").append(text("course.notPassed")).append("</span>");
      }
      if (latest.points() != null) {
        html.append(" · ").append(latest.points()).append(' ').append(text("course.points"));
      }
      html.append("<p id=\"feedback\">").append(Html.escape(latest.feedback())).append("</p></div>");
    }
  }

  private static String body(Activity activity) {
    return activity.getBody() == null ? "" : activity.getBody();
  }

  private static String text(String key) {
    return Html.escape(Pages.text(key));
  }

  private static String when(Instant instant) {
    return Html.escape(Clocks.dateTime(instant));
  }
}
