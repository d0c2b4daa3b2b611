package ru.shibc.academy.roadmap.report;

import java.time.Instant;

/** A stored monitoring report without its files: what the list shows. */
public record StoredReport(
    long id, long roadmapId, int year, int quarter, int version, Instant generatedAt, String generatedBy, long pdfBytes,
    long xlsxBytes) {}
