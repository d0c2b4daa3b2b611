/**
 * {@code /api/me/calendar-feed} (make, look at, revoke one's feed URL) and the public feed itself,
 * {@code /api/public/calendar/{token}.ics}, which needs no login: the token is the key.
 */
package ru.shibc.academy.webinar.feed.api;
