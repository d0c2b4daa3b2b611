package ru.shibc.academy.roadmap.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import ru.shibc.academy.roadmap.ItemFields;
import ru.shibc.academy.roadmap.RoadmapItem;
import ru.shibc.academy.roadmap.seed.Recurrence;

/** An item's fields as the add and edit forms hold them; executors as one text, one per line. */
public class ItemForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Integer section;
  private String number;
  private String measure;
  private String timeframe;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private Integer recurrenceTimes;
  private Recurrence.Per recurrencePer;
  private String executors;
  private String documentType;
  private String expectedResult;

  void clear() {
    section = null;
    number = measure = timeframe = executors = documentType = expectedResult = null;
    periodStart = periodEnd = null;
    recurrenceTimes = null;
    recurrencePer = null;
  }

  void fill(RoadmapItem item, int sectionNumber) {
    section = sectionNumber;
    number = item.getNumber();
    measure = item.getMeasure();
    timeframe = item.getTimeframe();
    periodStart = item.getPeriodStart();
    periodEnd = item.getPeriodEnd();
    recurrenceTimes = item.getRecurrenceTimes();
    recurrencePer = item.getRecurrencePer();
    executors = String.join("\n", item.getExecutors());
    documentType = item.getDocumentType();
    expectedResult = item.getExpectedResult();
  }

  ItemFields fields() {
    return new ItemFields(
        section == null ? 0 : section, number, measure, timeframe, periodStart, periodEnd, recurrenceTimes,
        recurrencePer, executors == null ? java.util.List.of() : Arrays.asList(executors.split("\\R")), documentType,
        expectedResult);
  }

  public Recurrence.Per[] getPers() {
    return Recurrence.Per.values();
  }

  public Integer getSection() {
    return section;
  }

  public void setSection(Integer section) {
    this.section = section;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public String getTimeframe() {
    return timeframe;
  }

  public void setTimeframe(String timeframe) {
    this.timeframe = timeframe;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public Integer getRecurrenceTimes() {
    return recurrenceTimes;
  }

  public void setRecurrenceTimes(Integer recurrenceTimes) {
    this.recurrenceTimes = recurrenceTimes;
  }

  public Recurrence.Per getRecurrencePer() {
    return recurrencePer;
  }

  public void setRecurrencePer(Recurrence.Per recurrencePer) {
    this.recurrencePer = recurrencePer;
  }

  public String getExecutors() {
    return executors;
  }

  public void setExecutors(String executors) {
    this.executors = executors;
  }

  public String getDocumentType() {
    return documentType;
  }

  public void setDocumentType(String documentType) {
    this.documentType = documentType;
  }

  public String getExpectedResult() {
    return expectedResult;
  }

  public void setExpectedResult(String expectedResult) {
    this.expectedResult = expectedResult;
  }
}
