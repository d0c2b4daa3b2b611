package ru.shibc.academy.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.assessment.Attempt;
import ru.shibc.academy.assessment.AttemptState;
import ru.shibc.academy.assessment.Attempts;
import ru.shibc.academy.assessment.Quiz;
import ru.shibc.academy.assessment.QuizSettings;
import ru.shibc.academy.assessment.Quizzes;
import ru.shibc.academy.assessment.api.AttemptView;
import ru.shibc.academy.assessment.api.AttemptViews;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;

/**
 * A quiz on the learner's course page ({@code #{quizOverview.of(id)}}): its key settings, the
 * learner's attempts with what the review option lets them see, and starting or resuming one.
 */
@Named("quizOverview")
@RequestScoped
public class QuizOverview {

  @Inject private Quizzes quizzes;
  @Inject private Attempts attempts;
  @Inject private AttemptViews views;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private final Map<Long, Summary> summaries = new HashMap<>();

  /** The quiz of a QUIZ activity as its learner sees it; null while it has no settings yet. */
  public Summary of(long activityId) {
    return summaries.computeIfAbsent(activityId, this::summary);
  }

  /** Starts an attempt (or finds the one in progress) and goes to it; says why when refused. */
  public String start(long activityId) {
    try {
      Attempt a = attempts.startOrResume(activityId, person());
      return "/courses/attempt?faces-redirect=true&id=" + a.getId();
    } catch (AcademyException e) {
      Pages.refused(e);
    } catch (jakarta.transaction.TransactionalException e) {
      if (e.getCause() instanceof AcademyException academy) {
        Pages.refused(academy);
      } else {
        throw e;
      }
    }
    return null;
  }

  private Summary summary(long activityId) {
    Quiz quiz;
    try {
      quiz = quizzes.byActivity(activityId);
    } catch (AcademyException notSetUp) {
      return null;
    }
    QuizSettings s = quiz.settings();
    Instant now = clock.instant();
    List<Row> rows = new ArrayList<>();
    Long inProgress = null;
    for (Attempt a : attempts.of(activityId, person())) {
      if (a.getState() == AttemptState.IN_PROGRESS) {
        inProgress = a.getId();
      }
      rows.add(row(views.summary(a)));
    }
    String refusal = null;
    if (inProgress == null) {
      if (s.opensAt() != null && now.isBefore(s.opensAt())) {
        refusal = Pages.text("attempt.notOpenYet");
      } else if (quiz.isClosedAt(now)) {
        refusal = Pages.text("attempt.quizClosed");
      } else if (s.attemptsAllowed() != null && rows.size() >= s.attemptsAllowed()) {
        refusal = Pages.text("attempt.noAttemptsLeft", s.attemptsAllowed());
      }
    }
    return new Summary(s, rows, inProgress, refusal);
  }

  private static Row row(AttemptView v) {
    String state =
        "IN_PROGRESS".equals(v.state())
            ? Pages.text("quizInfo.state.inProgress")
            : "TIMED_OUT".equals(v.finishedHow())
                ? Pages.text("quizInfo.state.timedOut")
                : Pages.text("quizInfo.state.finished");
    String result = null;
    if (v.percent() != null) {
      result = v.percent().setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
      if (v.needsGrading()) {
        result += " · " + Pages.text("quizInfo.needsGrading");
      } else if (v.passed() != null) {
        result += " · " + Pages.text(v.passed() ? "quizInfo.passed" : "quizInfo.notPassed");
      }
    }
    return new Row(v.number(), state, Clocks.dateTime(v.startedAt()), Clocks.dateTime(v.finishedAt()), result,
        v.passed());
  }

  private long person() {
    return currentUser.personId().orElseThrow(() -> new AcademyException(AcademyException.Kind.FORBIDDEN, "course.noPerson"));
  }

  /** One attempt on the course page. Getters, not record accessors: EL 5 does not know those. */
  public static final class Row {
    private final int number;
    private final String state;
    private final String startedAt;
    private final String finishedAt;
    private final String result;
    private final Boolean passed;

    Row(int number, String state, String startedAt, String finishedAt, String result, Boolean passed) {
      this.number = number;
      this.state = state;
      this.startedAt = startedAt;
      this.finishedAt = finishedAt;
      this.result = result;
      this.passed = passed;
    }

    public int getNumber() {
      return number;
    }

    public String getState() {
      return state;
    }

    public String getStartedAt() {
      return startedAt;
    }

    public String getFinishedAt() {
      return finishedAt;
    }

    /** "85 % · пройдено", or null when the review option hides the score. */
    public String getResult() {
      return result;
    }

    public Boolean getPassed() {
      return passed;
    }
  }

  /** The quiz's settings that matter to a learner, and their attempts. */
  public static final class Summary {
    private final QuizSettings settings;
    private final List<Row> attempts;
    private final Long inProgressId;
    private final String refusal;

    Summary(QuizSettings settings, List<Row> attempts, Long inProgressId, String refusal) {
      this.settings = settings;
      this.attempts = attempts;
      this.inProgressId = inProgressId;
      this.refusal = refusal;
    }

    public Integer getTimeLimitMinutes() {
      return settings.timeLimitMinutes();
    }

    public Integer getAttemptsAllowed() {
      return settings.attemptsAllowed();
    }

    public int getAttemptsUsed() {
      return attempts.size();
    }

    public int getPassPercent() {
      return settings.passPercent();
    }

    /** In the district's time zone; empty when the quiz has no such time. */
    public String getOpensAt() {
      return Clocks.dateTime(settings.opensAt());
    }

    public String getClosesAt() {
      return Clocks.dateTime(settings.closesAt());
    }

    public List<Row> getAttempts() {
      return attempts;
    }

    public Long getInProgressId() {
      return inProgressId;
    }

    /** Whether a new attempt may be started now. */
    public boolean isStartable() {
      return inProgressId == null && refusal == null;
    }

    /** Why no attempt can be started now, or null. */
    public String getRefusal() {
      return refusal;
    }
  }
}
