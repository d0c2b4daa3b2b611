/**
 * Webinars and methodical meetings: scheduling by a methodologist, registration with capacity and
 * a waitlist, joining through a conferencing provider (an external link or BigBlueButton),
 * attendance kept as append-only evidence, recordings, the {@code .ics} file and e-mail. A webinar
 * can also be a course activity of kind {@code WEBINAR}, completed by attending long enough.
 *
 * <p>Rows are read and written with native SQL: the registration and attendance rules need row
 * locks ({@code SELECT … FOR UPDATE}) and append-only inserts that entities would only hide.
 */
package ru.shibc.academy.webinar;
