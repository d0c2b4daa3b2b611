/**
 * Courses (programmes of additional professional education): authoring of sections and
 * activities, enrolment, learning, assignments, completion and the {@code CourseCompleted} event.
 * Depends on platform and on the people feature's services (Staff, Cohorts, Organisations).
 */
package ru.shibc.academy.course;
