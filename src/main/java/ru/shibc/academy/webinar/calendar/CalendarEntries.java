package ru.shibc.academy.webinar.calendar;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Calendar text for entries whose UIDs the caller chooses: a personal feed that mixes webinars and
 * consultations, or the {@code .ics} file of a consultation booking. {@link WebinarCalendar} names
 * every UID {@code webinar-…}; here each {@link Entry} brings its own, so a consultation keeps
 * {@code consultation-…} and a webinar in a feed keeps the UID its own file has.
 *
 * <p>The same rules as {@link WebinarCalendar}: VTIMEZONE of the zone, METHOD:PUBLISH only when
 * every event has an ORGANIZER, CRLF lines folded at 75 octets; local times from the JDK's tz
 * database (see {@link ZonedEvents} for why not ical4j's). Thread-safe.
 */
public final class CalendarEntries {

  /** An event and the full UID it goes by ({@code consultation-ab12@academy.example.ru}). */
  public record Entry(String uid, WebinarEvent event) {
    public Entry {
      if (uid == null || !uid.matches("[A-Za-z0-9._@-]{1,200}")) {
        throw new IllegalArgumentException("unusable UID: " + uid);
      }
      Objects.requireNonNull(event, "event");
    }
  }

  private static final TimeZoneRegistry TIME_ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private final ZoneId zone;
  private final Clock clock;

  public CalendarEntries(ZoneId zone, Clock clock) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (TIME_ZONES.getTimeZone(zone.getId()) == null) {
      throw new IllegalArgumentException("ical4j has no VTIMEZONE for " + zone);
    }
  }

  /** The {@code .ics} file of one entry. */
  public String file(Entry entry) {
    return feed(null, List.of(entry));
  }

  /**
   * Several entries as one calendar.
   *
   * @param name the name calendars show for a subscription ({@code X-WR-CALNAME}), or {@code null}
   */
  public String feed(String name, List<Entry> entries) {
    boolean publish = entries.stream().allMatch(e -> e.event().organizer() != null);
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(WebinarCalendar.PRODUCT_ID));
    calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
    if (publish) {
      calendar.add(new Method(Method.VALUE_PUBLISH));
    }
    if (name != null && !name.isBlank()) {
      calendar.add(new XProperty("X-WR-CALNAME", name.strip()));
    }
    TimeZone definition = TIME_ZONES.getTimeZone(zone.getId());
    calendar.add(definition.getVTimeZone().copy());
    ZonedEvents events = new ZonedEvents(zone, clock.instant());
    entries.forEach(entry -> calendar.add(events.build(entry.uid(), entry.event())));
    return OctetFolding.fold(calendar.toString());
  }
}
