package ru.shibc.academy.assessment.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.shibc.academy.assessment.Attempt;
import ru.shibc.academy.assessment.AttemptAnswers;
import ru.shibc.academy.assessment.AttemptLayout;
import ru.shibc.academy.assessment.AttemptState;
import ru.shibc.academy.assessment.QuestionCache;
import ru.shibc.academy.assessment.QuestionView;
import ru.shibc.academy.assessment.Quiz;
import ru.shibc.academy.assessment.Quizzes;
import ru.shibc.academy.assessment.ReviewOption;
import ru.shibc.academy.assessment.question.Grade;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionJson;

/** Builds attempt views with what the quiz's review options let the learner see. */
@ApplicationScoped
public class AttemptViews {

  @Inject private Quizzes quizzes;
  @Inject private AttemptAnswers answers;
  @Inject private QuestionCache questions;
  @Inject private Clock clock;

  /** The attempt with its questions; {@code grader} sees everything. */
  public AttemptView of(Attempt a, boolean grader) {
    Quiz quiz = quizzes.byActivity(a.getQuizId());
    Instant now = clock.instant();
    ReviewOption review = review(a, quiz, now, grader);
    AttemptLayout layout = a.layout();
    Map<Integer, AttemptAnswers.Stored> stored =
        answers.of(a.getId()).stream().collect(Collectors.toMap(AttemptAnswers.Stored::slot, Function.identity()));
    List<QuestionView> views =
        layout.entries().stream()
            .map(
                e -> {
                  Question q = questions.get(e.questionId());
                  AttemptAnswers.Stored s = stored.get(e.slot());
                  Grade g = review.shows(ReviewOption.FEEDBACK) ? grade(q, s) : null;
                  return QuestionView.of(q, e, s, review, g);
                })
            .toList();
    return view(a, quiz, review, now, views);
  }

  /** The attempt without its questions, for lists. */
  public AttemptView summary(Attempt a) {
    Quiz quiz = quizzes.byActivity(a.getQuizId());
    Instant now = clock.instant();
    return view(a, quiz, review(a, quiz, now, false), now, List.of());
  }

  private static AttemptView view(Attempt a, Quiz quiz, ReviewOption review, Instant now, List<QuestionView> qs) {
    boolean score = review.shows(ReviewOption.SCORE);
    return new AttemptView(
        a.getId(), a.getQuizId(), a.getCourseId(), a.getPersonId(), a.getNumber(), a.getState().name(),
        a.getStartedAt(), a.getDeadlineAt(), a.getFinishedAt(),
        a.getFinishedHow() == null ? null : a.getFinishedHow().name(), now, quiz.settings().onePerPage(),
        score ? a.getScore() : null, a.getMaxScore(), score && a.getScore() != null ? a.percent() : null,
        score ? a.getPassed() : null, a.isNeedsGrading(), qs);
  }

  private static ReviewOption review(Attempt a, Quiz quiz, Instant now, boolean grader) {
    if (a.getState() == AttemptState.IN_PROGRESS) {
      return ReviewOption.NOTHING;
    }
    if (grader) {
      return ReviewOption.FEEDBACK;
    }
    return quiz.isClosedAt(now) ? quiz.settings().reviewAfterClose() : quiz.settings().reviewAfterAttempt();
  }

  private static Grade grade(Question q, AttemptAnswers.Stored s) {
    if (s == null || s.response() == null) {
      return null;
    }
    try {
      return q.grade(QuestionJson.readResponse(s.response()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
