package ru.shibc.academy.assessment.question;

/**
 * The learner's verdict on the statement.
 *
 * @param value true or false; null when the learner gave none
 */
public record TrueFalseResponse(Boolean value) implements Response {}
