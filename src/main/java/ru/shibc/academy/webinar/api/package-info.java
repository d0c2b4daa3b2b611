/**
 * {@code /api/webinars}: scheduling, registration, joining, attendance, recordings, the {@code .ics}
 * file, and BigBlueButton's analytics callback. Thin: the rules live in the feature's services.
 */
package ru.shibc.academy.webinar.api;
