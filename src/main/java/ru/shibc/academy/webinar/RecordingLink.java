package ru.shibc.academy.webinar;

import java.time.Instant;

/** A recording shown to registrants: from BigBlueButton ({@code recordId} set) or added by hand. */
public record RecordingLink(long id, String recordId, String url, Integer minutes, Instant publishedAt) {}
