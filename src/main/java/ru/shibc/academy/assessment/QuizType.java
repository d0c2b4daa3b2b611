package ru.shibc.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.ActivityType;
import ru.shibc.academy.course.RichText;

/**
 * The quiz as a course activity: its text is the instructions; its settings and questions are
 * kept by {@link Quizzes}. Passing it completes it.
 */
@ApplicationScoped
public class QuizType implements ActivityType {

  public static final String CODE = "QUIZ";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public ActivityDraft prepare(ActivityDraft draft) {
    return new ActivityDraft(
        draft.title(), draft.required(), RichText.clean(draft.body()), null, null, null, null, draft.dueAt());
  }

  @Override
  public boolean completesOnView() {
    return false;
  }
}
