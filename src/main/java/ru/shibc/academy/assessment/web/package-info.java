/**
 * Faces backing beans of the attestation pages: the quiz on the learner's course page and the
 * attempt page (whose script works through {@code /api/attempts}); for methodologists, the
 * question bank (editor, preview, GIFT and Moodle XML import), a quiz's settings and questions,
 * and its results with essays graded by hand. Thin: they call the
 * assessment services and reuse the API's views; they depend on assessment, course and platform.
 */
package ru.shibc.academy.assessment.web;
