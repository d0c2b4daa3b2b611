package ru.shibc.academy.roadmap.seed;

import java.util.Objects;

/**
 * How often a measure is to happen within its period: at least {@code times} per {@code per}. «не
 * реже 2 раз в год» is {@code 2 per YEAR}, «1 раз в квартал» and «ежеквартально» are {@code 1 per
 * QUARTER}. A plain count is read as a minimum too: the roadmap sets targets, not caps.
 */
public record Recurrence(int times, Per per) {

  /** The calendar unit a recurrence counts in. */
  public enum Per {
    YEAR,
    QUARTER,
    MONTH
  }

  public Recurrence {
    if (times < 1) {
      throw new IllegalArgumentException("A recurrence needs at least 1 time, got " + times);
    }
    Objects.requireNonNull(per, "per");
  }
}
