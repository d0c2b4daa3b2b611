/**
 * The personal iCalendar feed: a secret URL ({@code /api/public/calendar/{token}.ics}) that a
 * person subscribes to in Яндекс Календарь, Google or Outlook, listing their registered webinars
 * and consultation bookings (and, for a methodologist, their booked slots). Only the SHA-256 of
 * the token is stored ({@code calendar_feeds}); a revoked or unknown token gets 404.
 *
 * <p>Reads the webinar tables of V9 with SQL, not through the webinar feature's classes, and
 * consultations through {@code webinar.consultation.ConsultationBoard}.
 */
package ru.shibc.academy.webinar.feed;
