/**
 * The roadmap's REST API under {@code /api/roadmaps}: roadmaps with their sections and items
 * (overdue computed), item editing, status and responsible person, evidence files, comments,
 * history, and copying a roadmap into a new period. Thin: the rules are in the feature's services.
 */
package ru.shibc.academy.roadmap.api;
