/**
 * The question bank's questions as values: the question types of the attestation (single and
 * multiple choice, true/false, short answer, numerical, matching, essay, description), a learner's
 * response to each, automatic grading, category paths and the JSON form in which questions and
 * responses are stored.
 *
 * <p>Plain Java: may depend on the JDK and the Jakarta JSON Processing API only, never on CDI, JPA
 * or Faces, so that grading is tested without a container and can run wherever an attempt is
 * graded. Persistence, shuffling and quizzes live elsewhere and use these values.
 */
package ru.shibc.academy.assessment.question;
