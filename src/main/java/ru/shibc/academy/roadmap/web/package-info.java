/**
 * Faces backing beans of the pages under {@code /roadmap}: the list of roadmaps with the copy
 * dialog, one roadmap's items with filters and progress counts, and one item at work (fields,
 * status, responsible person, evidence, comments, history).
 */
package ru.shibc.academy.roadmap.web;
