package ru.shibc.academy.people;

/** How far a school's library has come on the roadmap's ШИБЦ model (items 3.4–3.6). */
public enum ModelStage {
  NONE(null),
  /** Item 3.4: pilot base site (15% of schools). */
  PILOT("3.4"),
  /** Item 3.5: first rollout (45% of schools). */
  ROLLOUT_FIRST("3.5"),
  /** Item 3.6: second rollout (40% of schools). */
  ROLLOUT_SECOND("3.6");

  private final String roadmapItem;

  ModelStage(String roadmapItem) {
    this.roadmapItem = roadmapItem;
  }

  /** The roadmap item that brings a school to this stage, or null for {@link #NONE}. */
  public String roadmapItem() {
    return roadmapItem;
  }
}
