package ru.shibc.academy.roadmap.dashboard;

/** Shares as the dashboard shows them: percent with one decimal, 0 of nothing is 0. */
public final class Shares {

  private Shares() {}

  public static double percent(long part, long whole) {
    return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
  }
}
