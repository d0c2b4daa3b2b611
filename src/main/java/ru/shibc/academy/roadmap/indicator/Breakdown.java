package ru.shibc.academy.roadmap.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator taken apart: by school for most, by year for meetings, by course for courses.
 *
 * @param code the indicator's code
 * @param by what the rows are: SCHOOL, YEAR, COURSE
 * @param rows one per school (every school, also those with 0), year or course
 */
public record Breakdown(String code, String by, List<Row> rows) {

  /**
   * @param label the school's short name, the year, the course's title
   * @param value the indicator's value for it
   * @param base what the share is of (the school's staff), or for a course its enrolments; may be null
   * @param share value of base in percent, or null
   */
  public record Row(String label, long value, Long base, BigDecimal share) {}
}
