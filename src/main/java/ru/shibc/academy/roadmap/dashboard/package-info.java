/**
 * The department's dashboard (issue 7, deliverable 5): certificates issued by period, school,
 * course and position; three-year compliance per school; webinar participation; roadmap progress;
 * the drill-down from the district to a school and a person; every table as XLSX and CSV. It
 * only reads: each figure is an SQL aggregate from the features' {@code *Statistics} query
 * classes (certificate, webinar, course, people) or, for roadmap items, from its own
 * {@link ru.shibc.academy.roadmap.dashboard.RoadmapProgress}. An answer's independent aggregates
 * are read two at a time ({@code platform.concurrent}), each answer in a transaction. Depends on
 * those features and platform; nothing depends on it.
 */
package ru.shibc.academy.roadmap.dashboard;
