/**
 * Attestation (item 4.2 of the roadmap): the question bank, the QUIZ course activity, attempts
 * that never lose an acknowledged answer, grading, and the attestation protocol. Plugs into the
 * course feature through its {@code ActivityType} extension point and completes the activity
 * through {@code Completions}; depends on platform, course and people.
 */
package ru.shibc.academy.assessment;
