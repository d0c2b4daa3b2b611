package ru.shibc.academy.webinar.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.webinar.calendar.CalendarEntries;
import ru.shibc.academy.webinar.calendar.CalendarPerson;
import ru.shibc.academy.webinar.calendar.WebinarEvent;
import ru.shibc.academy.webinar.consultation.ConsultationBoard;
import ru.shibc.academy.webinar.consultation.ConsultationCalendar;

/**
 * One person's calendar: the webinars they are registered for (a cancelled webinar stays, with
 * STATUS:CANCELLED, so a subscribed calendar drops it), their consultation bookings, and, for a
 * methodologist, the slots of theirs that were booked. From {@link ConsultationBoard#HISTORY} ago
 * on.
 *
 * <p>Webinar rows are read straight from the tables of V9 ({@code webinars}, {@code
 * webinar_registrations}), so the feed needs nothing of the webinar feature's classes. A webinar's
 * UID is the one {@code WebinarCalendar} gives it for the row's {@code uid}, so the feed and the
 * webinar's own {@code .ics} name the same event.
 */
@ApplicationScoped
public class PersonalCalendar {

  private static final java.util.regex.Pattern PLAIN_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Staff staff;
  @Inject private ConsultationBoard board;
  @Inject private ConsultationCalendar consultations;

  /** The feed's text. */
  public String of(long personId) {
    List<CalendarEntries.Entry> entries = new ArrayList<>(webinars(personId));
    board.ofLibrarian(personId)
        .forEach(l -> entries.add(consultations.entry(l.slot(), l.booking(), l.methodologist(), l.librarian())));
    board.bookedOfMethodologist(personId)
        .forEach(l -> entries.add(consultations.entry(l.slot(), l.booking(), l.methodologist(), l.librarian())));
    return consultations.feed(Messages.text(Messages.RUSSIAN, "feed.calendarName"), entries);
  }

  private List<CalendarEntries.Entry> webinars(long personId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT w.id, w.uid, w.title, w.description, w.starts_at, w.duration_minutes, w.status, w.sequence,"
                    + " w.provider, w.join_url, w.organiser_id"
                    + " FROM webinar_registrations r JOIN webinars w ON w.id = r.webinar_id"
                    + " WHERE r.person_id = ? AND r.status = 'REGISTERED' AND w.starts_at > ?"
                    + " ORDER BY w.starts_at, w.id")
            .setParameter(1, personId)
            .setParameter(2, Timestamp.from(clock.instant().minus(ConsultationBoard.HISTORY)))
            .setMaxResults(500)
            .getResultList();
    Set<Long> organisers = new HashSet<>();
    rows.forEach(r -> organisers.add(((Number) r[10]).longValue()));
    Map<Long, Person> people = new HashMap<>();
    if (!organisers.isEmpty()) {
      staff.byIds(organisers).forEach(p -> people.put(p.getId(), p));
    }
    List<CalendarEntries.Entry> entries = new ArrayList<>();
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      int minutes = ((Number) r[5]).intValue();
      WebinarEvent event =
          new WebinarEvent(
              "webinar", (String) r[2], (String) r[3], instant(r[4]), Duration.ofMinutes(Math.max(1, minutes)),
              joinUrl((String) r[8], (String) r[9]), ((Number) r[7]).intValue(), "CANCELLED".equals(r[6]),
              organizer(people.get(((Number) r[10]).longValue())));
      entries.add(new CalendarEntries.Entry(uid(id, (String) r[1]), event));
    }
    return entries;
  }

  /**
   * The webinar's UID: {@code webinar-<uid>@host} as {@code WebinarCalendar.uid} makes it from the
   * row's {@code uid}; a row whose {@code uid} is already a full UID keeps it.
   */
  String uid(long id, String rowUid) {
    if (rowUid != null && PLAIN_ID.matcher(rowUid).matches()) {
      return "webinar-" + rowUid + "@" + consultations.uidHost();
    }
    if (rowUid != null && rowUid.matches("[A-Za-z0-9._@-]{3,200}") && rowUid.contains("@")) {
      return rowUid;
    }
    return "webinar-" + id + "@" + consultations.uidHost();
  }

  /** An external room's link; never a BigBlueButton join URL, which is signed per person. */
  private static URI joinUrl(String provider, String url) {
    if (!"LINK".equals(provider) || url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      return uri.isAbsolute() ? uri : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static CalendarPerson organizer(Person p) {
    if (p == null) {
      return null;
    }
    try {
      return new CalendarPerson(p.fullName(), p.getEmail());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value);
  }
}
