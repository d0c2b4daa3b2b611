package ru.shibc.academy.roadmap;

import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.roadmap.seed.Recurrence;

/**
 * An item's own fields as the department edits them (not its status or responsible person).
 *
 * @param sectionNumber the section it belongs to, e.g. 2
 * @param number e.g. "2.2"; starts with the section's number
 * @param timeframe as written, e.g. «2019-2021 годы, 1 раз в квартал»
 * @param periodStart the first day, inclusive; with {@code periodEnd} null both are parsed from
 *     the timeframe text (and so is the recurrence)
 * @param executors one per line
 */
public record ItemFields(
    int sectionNumber,
    String number,
    String measure,
    String timeframe,
    LocalDate periodStart,
    LocalDate periodEnd,
    Integer recurrenceTimes,
    Recurrence.Per recurrencePer,
    List<String> executors,
    String documentType,
    String expectedResult) {

  public ItemFields {
    executors = executors == null ? List.of() : List.copyOf(executors);
  }
}
