package ru.shibc.academy.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ResourceBundle;
import ru.shibc.academy.assessment.Attempt;
import ru.shibc.academy.assessment.Attempts;
import ru.shibc.academy.assessment.api.AttemptView;
import ru.shibc.academy.assessment.api.AttemptViews;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.web.PageToken;
import ru.shibc.academy.platform.web.Pages;

/**
 * The attempt page: checks that the attempt is the caller's and hands the script
 * ({@code resources/js/attempt.js}) what it starts from: the attempt as the API shows it, a
 * bearer token for saving, and its texts from the bundle. Everything after that goes through
 * {@code /api/attempts}.
 */
@Named("attemptPage")
@RequestScoped
public class AttemptPage {

  /** The bundle keys the script uses start with this; it sees them without it. */
  static final String SCRIPT_KEYS = "attemptJs.";

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject private Attempts attempts;
  @Inject private AttemptViews views;
  @Inject private Courses courses;
  @Inject private CurrentUser currentUser;
  @Inject private PageToken pageToken;

  private Long id;
  private AttemptView view;
  private String quizTitle;
  private String courseTitle;

  /** Reads the attempt; another person's attempt is "not found", as in the API. */
  public void load() {
    try {
      if (id == null) {
        throw AcademyException.notFound("attempt");
      }
      Attempt a = attempts.get(id);
      long me = currentUser.personId().orElseThrow(() -> AcademyException.notFound("attempt"));
      if (a.getPersonId() != me) {
        throw AcademyException.notFound("attempt");
      }
      view = views.of(a, false);
      quizTitle = courses.activity(a.getCourseId(), a.getQuizId()).getTitle();
      courseTitle = courses.get(a.getCourseId()).getTitle();
    } catch (AcademyException e) {
      view = null;
      Pages.refused(e);
    }
  }

  public boolean isReady() {
    return view != null;
  }

  /** The attempt as {@code GET /api/attempts/{id}} answers it. */
  public String getViewJson() {
    return view == null ? "" : JSONB.toJson(view);
  }

  /** The script's texts in the reader's language, as a JSON object. */
  public String getTextsJson() {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            Messages.BUNDLE, Pages.locale(), Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    JsonObjectBuilder texts = Json.createObjectBuilder();
    for (String key : bundle.keySet()) {
      if (key.startsWith(SCRIPT_KEYS)) {
        texts.add(key.substring(SCRIPT_KEYS.length()), bundle.getString(key));
      }
    }
    return texts.build().toString();
  }

  public String getToken() {
    return pageToken.getValue();
  }

  public String getLanguage() {
    return Pages.locale().getLanguage();
  }

  public String getQuizTitle() {
    return quizTitle;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public Long getCourseId() {
    return view == null ? null : view.courseId();
  }

  public Long getActivityId() {
    return view == null ? null : view.activityId();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
