package ru.shibc.academy.course.kinds;

import jakarta.enterprise.context.ApplicationScoped;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.ActivityType;
import ru.shibc.academy.course.RichText;
import ru.shibc.academy.platform.api.AcademyException;

/** A page of rich text; reading it completes it. */
@ApplicationScoped
public class PageType implements ActivityType {

  public static final String CODE = "PAGE";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public ActivityDraft prepare(ActivityDraft draft) {
    String html = RichText.clean(draft.body());
    if (RichText.isBlank(html)) {
      throw AcademyException.invalid("course.page.empty");
    }
    return new ActivityDraft(draft.title(), draft.required(), html, null, null, null, null, null);
  }

  @Override
  public boolean completesOnView() {
    return true;
  }
}
