package ru.shibc.academy.assessment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import ru.shibc.academy.assessment.QuestionView;

/**
 * An attempt as its learner (or a grader) sees it. {@code serverNow} lets the client show the
 * time left by the server's clock; the score appears only when the review option allows.
 */
public record AttemptView(
    long id,
    long activityId,
    long courseId,
    long personId,
    int number,
    String state,
    Instant startedAt,
    Instant deadlineAt,
    Instant finishedAt,
    String finishedHow,
    Instant serverNow,
    boolean onePerPage,
    BigDecimal score,
    BigDecimal maxScore,
    BigDecimal percent,
    Boolean passed,
    boolean needsGrading,
    List<QuestionView> questions) {}
