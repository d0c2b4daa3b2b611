package ru.shibc.academy.course.kinds;

import jakarta.enterprise.context.ApplicationScoped;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.ActivityType;
import ru.shibc.academy.course.Grading;
import ru.shibc.academy.course.RichText;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * An assignment: the learner submits text or a file, a methodologist grades it pass/fail or in
 * points with feedback; a passing grade completes it, a failing one invites a resubmission.
 */
@ApplicationScoped
public class AssignmentType implements ActivityType {

  public static final String CODE = "ASSIGNMENT";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public ActivityDraft prepare(ActivityDraft draft) {
    String instructions = RichText.clean(draft.body());
    if (RichText.isBlank(instructions)) {
      throw AcademyException.invalid("course.assignment.noInstructions");
    }
    Grading grading = draft.grading() == null ? Grading.PASS_FAIL : draft.grading();
    Integer max = null;
    Integer pass = null;
    if (grading == Grading.POINTS) {
      max = draft.maxPoints();
      pass = draft.passPoints();
      if (max == null || pass == null || max < 1 || max > 1000 || pass < 1 || pass > max) {
        throw AcademyException.invalid("course.assignment.badPoints");
      }
    }
    return new ActivityDraft(draft.title(), draft.required(), instructions, null, grading, max, pass, draft.dueAt());
  }

  @Override
  public boolean completesOnView() {
    return false;
  }
}
