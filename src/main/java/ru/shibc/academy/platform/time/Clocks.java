package ru.shibc.academy.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock every service reads, so that time can be pinned where a test needs it. */
@ApplicationScoped
public class Clocks {

  /** The district's default time zone (the roadmap's district lives on Yekaterinburg time). */
  public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Yekaterinburg");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
