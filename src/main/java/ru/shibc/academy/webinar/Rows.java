package ru.shibc.academy.webinar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Reading native query rows: the driver hands back Timestamps, numbers of several widths. */
final class Rows {

  static final String WEBINAR_COLUMNS =
      "w.id, w.uid, w.kind, w.title, w.description, w.speakers, w.starts_at, w.duration_minutes, w.time_zone,"
          + " w.capacity, w.audience, w.course_id, w.roadmap_items, w.status, w.provider, w.join_url,"
          + " w.meeting_id, w.join_opens_minutes, w.sequence, w.ended_at, w.organiser_id, w.created_at, w.updated_at";

  private Rows() {}

  static Webinar webinar(Object[] r) {
    return new Webinar(
        lng(r[0]), (String) r[1], WebinarKind.valueOf((String) r[2]), (String) r[3], (String) r[4],
        (String) r[5], instant(r[6]), integer(r[7]), (String) r[8], r[9] == null ? null : integer(r[9]),
        Audience.valueOf((String) r[10]), r[11] == null ? null : lng(r[11]), items((String) r[12]),
        WebinarStatus.valueOf((String) r[13]), ProviderKind.valueOf((String) r[14]), (String) r[15],
        (String) r[16], integer(r[17]), integer(r[18]), instant(r[19]), lng(r[20]), instant(r[21]),
        instant(r[22]));
  }

  static List<String> items(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static long lng(Object o) {
    return ((Number) o).longValue();
  }

  static int integer(Object o) {
    return ((Number) o).intValue();
  }

  static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalArgumentException("not a time: " + o.getClass());
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
