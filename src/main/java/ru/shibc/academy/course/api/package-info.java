/** The REST API of courses: catalogue and authoring, the learner's side, participants, grading. */
package ru.shibc.academy.course.api;
