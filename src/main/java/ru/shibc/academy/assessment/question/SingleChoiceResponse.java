package ru.shibc.academy.assessment.question;

/**
 * The choice a learner picked.
 *
 * @param choiceId the picked choice's id; null when the learner picked none
 */
public record SingleChoiceResponse(Integer choiceId) implements Response {}
