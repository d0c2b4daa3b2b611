package ru.shibc.academy.roadmap;

/**
 * Where an item stands as people record it. "Overdue" is not a status anyone sets: it follows from
 * the status and the period ({@link RoadmapItem#overdue}).
 */
public enum ItemStatus {
  PLANNED,
  IN_PROGRESS,
  DONE
}
