package ru.shibc.academy.webinar.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * A VEVENT whose local times come from java.time, written with an explicit TZID parameter.
 *
 * <p>Why not {@code new DtStart<>(zonedDateTime)} as {@link EventBuilder} does: ical4j 4.1.1 then
 * converts the time with zone rules of its own, built from its bundled VTIMEZONE, and for
 * Asia/Yekaterinburg those rules are wrong for most of the year after 2014 (10:00Z on 1 December
 * 2026 comes out as 16:00 instead of 15:00). The JDK's tz database is right, so the local time is
 * computed here and handed to ical4j as a plain {@code LocalDateTime}.
 */
final class ZonedEvents {

  private final ZoneId zone;
  private final Instant stamp;

  ZonedEvents(ZoneId zone, Instant stamp) {
    this.zone = zone;
    this.stamp = stamp;
  }

  VEvent build(String uid, WebinarEvent e) {
    VEvent event = new VEvent(false);
    event.add(new Uid(uid));
    event.add(new DtStamp(stamp));
    event.add(new DtStart<>(zoned(), e.start().atZone(zone).toLocalDateTime()));
    event.add(new DtEnd<>(zoned(), e.end().atZone(zone).toLocalDateTime()));
    event.add(new Sequence(e.sequence()));
    event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    event.add(new Summary(e.title()));
    String description = description(e);
    if (!description.isEmpty()) {
      event.add(new Description(description));
    }
    if (e.joinUrl() != null) {
      event.add(new Location(e.joinUrl().toString()));
      event.add(new Url(e.joinUrl()));
    }
    if (e.organizer() != null) {
      event.add(new Organizer(new ParameterList(List.of(new Cn(e.organizer().name()))), e.organizer().mailto()));
    }
    return event;
  }

  private ParameterList zoned() {
    return new ParameterList(List.of(new TzId(zone.getId())));
  }

  /** The description with the join link after it, as {@link EventBuilder} writes it. */
  private static String description(WebinarEvent e) {
    String text = e.description() == null ? "" : e.description().replace("\r", "").strip();
    if (e.joinUrl() == null) {
      return text;
    }
    return text.isEmpty() ? e.joinUrl().toString() : text + "\n\n" + e.joinUrl();
  }
}
