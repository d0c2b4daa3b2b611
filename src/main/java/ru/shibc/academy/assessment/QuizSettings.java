package ru.shibc.academy.assessment;

import java.time.Instant;

/**
 * How a quiz runs.
 *
 * @param timeLimitMinutes null for no limit
 * @param attemptsAllowed null for any number
 * @param passPercent the grade, in percent of the maximum, that passes (and completes the activity)
 */
public record QuizSettings(
    Integer timeLimitMinutes,
    Integer attemptsAllowed,
    GradingMethod gradingMethod,
    int passPercent,
    Instant opensAt,
    Instant closesAt,
    boolean shuffleQuestions,
    boolean shuffleAnswers,
    boolean onePerPage,
    ReviewOption reviewAfterAttempt,
    ReviewOption reviewAfterClose) {}
