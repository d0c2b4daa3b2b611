/**
 * {@code /api/consultations}: publishing and cancelling slots, booking and cancelling, the lists of
 * each side and a booking's {@code .ics}. Thin: the rules live in {@code webinar.consultation}.
 * Times go out as offsets in the zone asked for ({@code ?zone=}, the district's by default).
 */
package ru.shibc.academy.webinar.consultation.api;
