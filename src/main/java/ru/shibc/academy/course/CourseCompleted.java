package ru.shibc.academy.course;

import java.time.Instant;

/**
 * A learner has completed a course: every required activity is done. Fired once per
 * enrolment, inside the transaction that completed it; certificates observe it.
 */
public record CourseCompleted(
    long courseId, long personId, long enrolmentId, Instant completedAt, boolean grantsCertificate) {}
