/**
 * Moodle's question formats: reading GIFT and Moodle XML files into questions of the bank, and
 * writing questions as Moodle XML that Moodle itself imports.
 *
 * <p>Readers never throw on bad input: they return what they could read together with a list of
 * {@link ru.shibc.academy.assessment.formats.ImportProblem}s, each with the line where the faulty
 * question starts, so that the caller chooses between all-or-nothing and valid-only imports.
 *
 * <p>Depends on the JDK (StAX) and {@code ru.shibc.academy.assessment.question} only; no container
 * API, so the formats are tested as plain Java.
 */
package ru.shibc.academy.assessment.formats;
