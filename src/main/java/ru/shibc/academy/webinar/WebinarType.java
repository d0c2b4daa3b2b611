package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.ActivityType;
import ru.shibc.academy.course.RichText;

/**
 * A webinar as a course activity: its text introduces the webinar; which webinar and how many
 * minutes complete it are kept in {@code webinar_activities} ({@link WebinarActivities}).
 * Attending long enough completes it; opening it does not.
 */
@ApplicationScoped
public class WebinarType implements ActivityType {

  public static final String CODE = "WEBINAR";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public ActivityDraft prepare(ActivityDraft draft) {
    return new ActivityDraft(draft.title(), draft.required(), RichText.clean(draft.body()), null, null, null, null,
        draft.dueAt());
  }

  @Override
  public boolean completesOnView() {
    return false;
  }
}
