package ru.shibc.academy.course.kinds;

import jakarta.enterprise.context.ApplicationScoped;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.ActivityType;
import ru.shibc.academy.course.RichText;

/** A file to download (a памятка, a template, a presentation); opening it completes it. */
@ApplicationScoped
public class FileType implements ActivityType {

  public static final String CODE = "FILE";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public ActivityDraft prepare(ActivityDraft draft) {
    return new ActivityDraft(draft.title(), draft.required(), RichText.clean(draft.body()), null, null, null, null, null);
  }

  @Override
  public boolean completesOnView() {
    return true;
  }
}
