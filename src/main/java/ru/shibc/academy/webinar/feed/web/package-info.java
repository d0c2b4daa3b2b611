/** "Календарь" ({@code /me/calendar}): make, see and revoke one's personal feed URL. */
package ru.shibc.academy.webinar.feed.web;
