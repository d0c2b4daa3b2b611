package ru.shibc.academy.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The one clock every service reads, so that time can be pinned where a test needs it. */
@ApplicationScoped
public class Clocks {

  /** The district's default time zone (the roadmap's district lives on Yekaterinburg time). */
  public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Yekaterinburg");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(DISTRICT_ZONE);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(DISTRICT_ZONE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(DISTRICT_ZONE);

  /** "26.11.2026" in the district's time; empty for null. */
  public static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  /** The district's calendar day of an instant. */
  public static java.time.LocalDate day(Instant instant) {
    return instant.atZone(DISTRICT_ZONE).toLocalDate();
  }

  /** "26.11.2026 14:05" in the district's time; empty for null. */
  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** "14:05" in the district's time. */
  public static String time(Instant instant) {
    return TIME.format(instant);
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
