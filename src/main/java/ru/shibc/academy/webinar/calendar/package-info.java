/**
 * Webinars as iCalendar (RFC 5545): the {@code .ics} file per webinar, the personal feed and the
 * e-mail invitation, made with ical4j by {@link ru.shibc.academy.webinar.calendar.WebinarCalendar}
 * from {@link ru.shibc.academy.webinar.calendar.WebinarEvent} values.
 *
 * <p>Plain Java and ical4j: no CDI, no JPA, nothing else of ours. The webinar feature maps its
 * webinars to {@code WebinarEvent}s (keeping the SEQUENCE it raises on every change) and serves or
 * attaches the text as {@code text/calendar; charset=UTF-8}.
 */
package ru.shibc.academy.webinar.calendar;
