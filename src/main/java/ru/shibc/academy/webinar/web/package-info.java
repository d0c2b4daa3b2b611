/**
 * The webinar pages: the list (and the methodologist's calendar), the scheduling form, and a
 * webinar's page with registration, joining, the .ics, recordings, one's attendance, and for the
 * methodologist the registrants, the waitlist, attendance marking and ending the meeting.
 */
package ru.shibc.academy.webinar.web;
