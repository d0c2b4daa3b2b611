/**
 * The district's roadmap («дорожная карта») at work: roadmaps with their sections and items, each
 * item's status, responsible person, evidence documents, comments and the history of its changes;
 * the seed 2019–2021 roadmap loaded once from its text; a new roadmap started by copying one.
 *
 * <p>The overdue rule lives in one place, {@link ru.shibc.academy.roadmap.RoadmapItem#overdue}:
 * indicators, monitoring reports and the dashboard call it (or its SQL twin {@link
 * ru.shibc.academy.roadmap.RoadmapItem#overdueSql}) instead of deciding again.
 */
package ru.shibc.academy.roadmap;
