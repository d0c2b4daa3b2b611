/**
 * Faces backing beans of the attestation pages: the quiz on the learner's course page and the
 * attempt page (whose script works through {@code /api/attempts}). Thin: they call the
 * assessment services and reuse the API's views; they depend on assessment, course and platform.
 */
package ru.shibc.academy.assessment.web;
