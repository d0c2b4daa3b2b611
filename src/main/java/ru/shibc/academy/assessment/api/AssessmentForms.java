package ru.shibc.academy.assessment.api;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import ru.shibc.academy.assessment.GradingMethod;
import ru.shibc.academy.assessment.QuizSettings;
import ru.shibc.academy.assessment.ReviewOption;

/**
 * Request bodies. Classes with public fields rather than records: Payara 6's OpenAPI generator
 * fails on constraint annotations on record components (payara/Payara#7649).
 */
public final class AssessmentForms {

  private AssessmentForms() {}

  public static class StartForm {
    public @NotNull Long activityId;
  }

  /** One answer: the response in its type's JSON (see QuestionJson) and the revision it replaces. */
  public static class AnswerForm {
    public @NotNull JsonObject response;
    public @NotNull @Min(0) Integer baseRevision;
  }

  public static class GradeForm {
    public @NotNull BigDecimal points;
    public @Size(max = 4000) String comment;
  }

  public static class CategoryForm {
    public @NotBlank @Size(max = 200) String name;
    public Long parentId;
    public Long courseId;
  }

  /** A question: its category and its content in its type's JSON. */
  public static class QuestionForm {
    public @NotNull Long categoryId;
    public @NotNull JsonObject question;
    public Long version;
  }

  /** A question and a response to grade without storing anything: the editor's preview. */
  public static class PreviewForm {
    public @NotNull JsonObject question;
    public JsonObject response;
  }

  public static class SettingsForm {
    public @Min(1) @Max(1440) Integer timeLimitMinutes;
    public @Min(1) @Max(100) Integer attemptsAllowed;
    public @NotNull GradingMethod gradingMethod;
    public @NotNull @Min(0) @Max(100) Integer passPercent;
    public Instant opensAt;
    public Instant closesAt;
    public boolean shuffleQuestions = true;
    public boolean shuffleAnswers = true;
    public boolean onePerPage = true;
    public @NotNull ReviewOption reviewAfterAttempt;
    public @NotNull ReviewOption reviewAfterClose;
    public Long version;

    QuizSettings settings() {
      return new QuizSettings(
          timeLimitMinutes, attemptsAllowed, gradingMethod, passPercent, opensAt, closesAt, shuffleQuestions,
          shuffleAnswers, onePerPage, reviewAfterAttempt, reviewAfterClose);
    }
  }

  public static class SlotForm {
    public Long questionId;
    public Long categoryId;
    public @Min(1) @Max(200) Integer randomCount;
    public BigDecimal mark;
  }

  public static class SlotsForm {
    public @NotNull @Size(max = 500) List<SlotForm> slots;
  }
}
