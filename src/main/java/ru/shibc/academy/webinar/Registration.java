package ru.shibc.academy.webinar;

import java.time.Instant;

/** One person's place at a webinar (or in its waitlist, or given up). */
public record Registration(
    long id, long webinarId, Participant person, RegistrationStatus status, Instant queuedAt,
    Instant registeredAt, Instant promotedAt, Instant cancelledAt, String cancelledBy, long version) {}
