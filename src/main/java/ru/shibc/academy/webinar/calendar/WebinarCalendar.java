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
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Webinars as iCalendar (RFC 5545) text: an {@code .ics} file per webinar, a personal feed of
 * several, and an e-mail invitation.
 *
 * <p>Times are written in the district's zone ({@code DTSTART;TZID=Asia/Yekaterinburg:...}) with
 * the matching VTIMEZONE from ical4j's bundled tz database, so calendars show local time correctly
 * even if the rules change. The text has CRLF line endings and is folded at 75 octets.
 *
 * <p>METHOD: a file or a feed carries {@code METHOD:PUBLISH} when every event in it has an
 * ORGANIZER, which iTIP (RFC 5546 §3.2.1) requires for PUBLISH; otherwise it carries no METHOD,
 * which RFC 5545 allows for a plain calendar. An invitation is {@code METHOD:REQUEST}, or {@code
 * METHOD:CANCEL} for a cancelled webinar, and needs the organiser and the invitee.
 *
 * <p>DTSTAMP is the moment the text is made, as RFC 5545 prescribes when a METHOD is present and
 * harmless when not. Thread-safe.
 */
public final class WebinarCalendar {

  /** The district's default zone. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Yekaterinburg");

  static final String PRODUCT_ID = "-//ShIBC Academy//RU";

  private static final TimeZoneRegistry TIME_ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private final String uidHost;
  private final ZoneId zone;
  private final Clock clock;
  private final VTimeZone timeZone;

  /**
   * @param uidHost the domain in every UID ({@code webinar-42@academy.example.ru}); keep it fixed,
   *     changing it makes calendars see every webinar as a new one
   * @param zone the zone times are written in
   * @param clock the clock for DTSTAMP
   */
  public WebinarCalendar(String uidHost, ZoneId zone, Clock clock) {
    if (uidHost == null || !uidHost.matches("[A-Za-z0-9.-]+")) {
      throw new IllegalArgumentException("not a host name: " + uidHost);
    }
    this.uidHost = uidHost.toLowerCase(java.util.Locale.ROOT);
    this.zone = Objects.requireNonNull(zone, "zone");
    this.clock = Objects.requireNonNull(clock, "clock");
    TimeZone definition = TIME_ZONES.getTimeZone(zone.getId());
    if (definition == null) {
      throw new IllegalArgumentException("ical4j has no VTIMEZONE for " + zone);
    }
    this.timeZone = definition.getVTimeZone();
  }

  public WebinarCalendar(String uidHost, Clock clock) {
    this(uidHost, DEFAULT_ZONE, clock);
  }

  /** The UID of a webinar's entry: the same for every version of it. */
  public String uid(String webinarId) {
    return "webinar-" + webinarId + "@" + uidHost;
  }

  /** The {@code .ics} file for one webinar. */
  public String file(WebinarEvent webinar) {
    return feed(null, List.of(webinar));
  }

  /**
   * A feed of several webinars, e.g. a person's registrations.
   *
   * @param name the name calendars show for the subscription ({@code X-WR-CALNAME}), or {@code
   *     null}
   */
  public String feed(String name, List<WebinarEvent> webinars) {
    boolean publish = webinars.stream().allMatch(w -> w.organizer() != null);
    Calendar calendar = calendar(publish ? Method.VALUE_PUBLISH : null);
    if (name != null && !name.isBlank()) {
      calendar.add(new XProperty("X-WR-CALNAME", name.strip()));
    }
    EventBuilder events = new EventBuilder(this::uid, zone, clock.instant());
    webinars.forEach(webinar -> calendar.add(events.build(webinar)));
    return OctetFolding.fold(calendar.toString());
  }

  /**
   * An invitation to attach to an e-mail: {@code METHOD:REQUEST}, or {@code METHOD:CANCEL} if the
   * webinar is cancelled. Calendars match it to an earlier one by UID and keep the one with the
   * higher SEQUENCE.
   *
   * @throws IllegalArgumentException if the webinar has no organizer
   */
  public String invitation(WebinarEvent webinar, CalendarPerson invitee) {
    if (webinar.organizer() == null) {
      throw new IllegalArgumentException("an invitation needs an organizer");
    }
    Objects.requireNonNull(invitee, "invitee");
    Calendar calendar = calendar(webinar.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST);
    VEvent event = new EventBuilder(this::uid, zone, clock.instant()).build(webinar);
    ParameterList parameters =
        new ParameterList(
            List.of(
                new Cn(invitee.name()), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.FALSE));
    event.add(new Attendee(parameters, invitee.mailto()));
    calendar.add(event);
    return OctetFolding.fold(calendar.toString());
  }

  private Calendar calendar(String method) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
    if (method != null) {
      calendar.add(new Method(method));
    }
    calendar.add(timeZone.copy());
    return calendar;
  }
}
