/**
 * The roadmap's live indicators: each tied to a roadmap item, counted for a period from what the
 * features record (certificates, attempts, webinars, courses, schools), each feature's count made
 * in SQL by its own {@code *Indicators} query class; and the manual values the department enters
 * for the items the platform cannot count. Formulas: docs/INDICATORS.md. Reads the roadmap as plain
 * rows ({@link ru.shibc.academy.roadmap.indicator.RoadmapRows}) so that it does not lean on the
 * roadmap's entities.
 */
package ru.shibc.academy.roadmap.indicator;
