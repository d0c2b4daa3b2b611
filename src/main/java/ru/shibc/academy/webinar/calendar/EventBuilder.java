package ru.shibc.academy.webinar.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
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

/** Turns a {@link WebinarEvent} into a VEVENT. */
final class EventBuilder {

  private final UnaryOperator<String> uids;
  private final ZoneId zone;
  private final Instant stamp;

  EventBuilder(UnaryOperator<String> uids, ZoneId zone, Instant stamp) {
    this.uids = uids;
    this.zone = zone;
    this.stamp = stamp;
  }

  private ParameterList zoned() {
    return new ParameterList(List.of(new TzId(zone.getId())));
  }

  VEvent build(WebinarEvent webinar) {
    VEvent event = new VEvent(false);
    event.add(new Uid(uids.apply(webinar.webinarId())));
    event.add(new DtStamp(stamp));
    // Local times from java.time with an explicit TZID: handed a ZonedDateTime, ical4j 4.1.1
    // converts it with its own rules, which put Asia/Yekaterinburg an hour off most of the year.
    event.add(new DtStart<>(zoned(), webinar.start().atZone(zone).toLocalDateTime()));
    event.add(new DtEnd<>(zoned(), webinar.end().atZone(zone).toLocalDateTime()));
    event.add(new Sequence(webinar.sequence()));
    event.add(new Status(webinar.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    event.add(new Summary(webinar.title()));
    String description = description(webinar);
    if (!description.isEmpty()) {
      event.add(new Description(description));
    }
    if (webinar.joinUrl() != null) {
      event.add(new Location(webinar.joinUrl().toString()));
      event.add(new Url(webinar.joinUrl()));
    }
    if (webinar.organizer() != null) {
      event.add(
          new Organizer(
              new ParameterList(List.of(new Cn(webinar.organizer().name()))),
              webinar.organizer().mailto()));
    }
    return event;
  }

  /**
   * The description with the join link after it: several calendars show DESCRIPTION but neither URL
   * nor a link in LOCATION. Carriage returns are dropped; ical4j escapes the line feeds.
   */
  private static String description(WebinarEvent webinar) {
    String text =
        webinar.description() == null ? "" : webinar.description().replace("\r", "").strip();
    if (webinar.joinUrl() == null) {
      return text;
    }
    return text.isEmpty() ? webinar.joinUrl().toString() : text + "\n\n" + webinar.joinUrl();
  }
}
