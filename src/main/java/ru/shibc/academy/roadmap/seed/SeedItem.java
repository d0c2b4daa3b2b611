package ru.shibc.academy.roadmap.seed;

import java.util.List;
import java.util.Objects;

/**
 * One measure (мероприятие) of the roadmap, one row of its table.
 *
 * <p>Texts are as written in the seed with whitespace normalised: runs of spaces collapsed, a cell
 * broken over lines joined with one space (without one after a line-final hyphen).
 *
 * @param number the item's number, "2.2" also when written "2.2."
 * @param measure what is to be done (мероприятие)
 * @param timeframe the timeframe as written (сроки реализации), e.g. «2019-2021 годы, не реже 2 раз
 *     в год»
 * @param period the timeframe parsed
 * @param executors who carries it out (исполнители), one per line of the cell
 * @param documentType the document that records it (вид документа); empty when the cell is
 * @param expectedResult what it should achieve (ожидаемые результаты)
 */
public record SeedItem(
    String number,
    String measure,
    String timeframe,
    Timeframe period,
    List<String> executors,
    String documentType,
    String expectedResult) {

  public SeedItem {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(timeframe, "timeframe");
    Objects.requireNonNull(period, "period");
    executors = List.copyOf(executors);
    Objects.requireNonNull(documentType, "documentType");
    Objects.requireNonNull(expectedResult, "expectedResult");
  }
}
