package ru.shibc.academy.webinar.consultation.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import ru.shibc.academy.platform.time.Clocks;

/**
 * The zone a page shows and takes times in: the district's unless the viewer picks another of
 * Russia's zones (a methodologist may consult a school far away, or be travelling).
 */
public final class ViewerZone implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Russia's zones, west to east. */
  public static final List<String> CHOICES =
      List.of(
          "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
          "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, dd.MM.yyyy", java.util.Locale.forLanguageTag("ru"));
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private String id = Clocks.DISTRICT_ZONE.getId();

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id != null && CHOICES.contains(id) ? id : Clocks.DISTRICT_ZONE.getId();
  }

  public ZoneId zone() {
    return ZoneId.of(id);
  }

  /** "Asia/Yekaterinburg (UTC+05:00)", for the choice list. */
  public static String label(String zoneId) {
    ZoneId zone = ZoneId.of(zoneId);
    return zone.getDisplayName(TextStyle.FULL, java.util.Locale.forLanguageTag("ru")) + " ("
        + zone.getRules().getOffset(Instant.now()).getId().replace("Z", "+00:00") + ")";
  }

  /** "вт, 01.12.2026 15:00–15:30" in this zone. */
  public String span(Instant start, Instant end) {
    ZoneId zone = zone();
    return DAY.format(start.atZone(zone)) + " " + TIME.format(start.atZone(zone)) + "–" + TIME.format(end.atZone(zone));
  }
}
