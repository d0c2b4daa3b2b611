package ru.shibc.academy.webinar;

import java.time.Instant;

/** One row of attendance evidence; never changed, only superseded by a later row. */
public record AttendanceRecord(
    long id, long webinarId, long personId, String personName, AttendanceSource source, Instant joinedAt,
    Instant leftAt, int minutes, Long supersedesId, String reason, String recordedBy, Instant recordedAt) {}
