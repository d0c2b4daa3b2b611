package ru.shibc.academy.roadmap.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.roadmap.ItemStatus;
import ru.shibc.academy.roadmap.RoadmapItem;

/** How the roadmap pages write dates, periods, rates and statuses ({@code #{roadmapTexts…}}). */
@Named("roadmapTexts")
@ApplicationScoped
public class RoadmapTexts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  public String date(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  public String when(Instant at) {
    return at == null ? "" : Clocks.dateTime(at);
  }

  public String period(LocalDate start, LocalDate end) {
    return date(start) + " – " + date(end);
  }

  /** «01.01.2019 – 31.12.2021, не реже 2 раз в год». */
  public String periodAndRate(RoadmapItem item) {
    String period = period(item.getPeriodStart(), item.getPeriodEnd());
    return item.getRecurrencePer() == null ? period : period + ", " + rate(item);
  }

  /** «не реже 2 раз в год», or empty without a rate. */
  public String rate(RoadmapItem item) {
    if (item.getRecurrencePer() == null) {
      return "";
    }
    return Pages.text("roadmap.times", item.getRecurrenceTimes(), Pages.text("roadmap.per." + item.getRecurrencePer()));
  }

  public String status(ItemStatus status) {
    return Pages.text("roadmap.status." + status.name());
  }

  public String severity(ItemStatus status) {
    return switch (status) {
      case DONE -> "success";
      case IN_PROGRESS -> "info";
      case PLANNED -> "secondary";
    };
  }

  /** A history line's field in words: «Статус», «Ответственный»… */
  public String field(String field) {
    return Pages.text("roadmap.field." + field);
  }

  /** A history value: statuses in words, the rest as stored. */
  public String value(String field, String value) {
    if (value == null || value.isEmpty()) {
      return "—";
    }
    if (field.equals("status")) {
      try {
        return status(ItemStatus.valueOf(value));
      } catch (IllegalArgumentException e) {
        return value;
      }
    }
    if (field.equals("recurrencePer")) {
      return Pages.text("roadmap.per." + value);
    }
    return value;
  }
}
