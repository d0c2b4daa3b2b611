package ru.shibc.academy.webinar.web;

import java.time.Instant;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.webinar.Webinar;

/** Dates and labels the webinar pages share, in the district's zone. */
final class WebinarTexts {

  private WebinarTexts() {}

  static String when(Webinar w) {
    return Clocks.dateTime(w.startsAt()) + "–" + Clocks.time(w.endsAt());
  }

  static String dateTime(Instant instant) {
    return Clocks.dateTime(instant);
  }

  static String severity(Webinar w) {
    return switch (w.status()) {
      case SCHEDULED -> "info";
      case ENDED -> "secondary";
      case CANCELLED -> "danger";
    };
  }
}
