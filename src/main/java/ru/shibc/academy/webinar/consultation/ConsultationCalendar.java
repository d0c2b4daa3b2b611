package ru.shibc.academy.webinar.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.webinar.calendar.CalendarEntries;
import ru.shibc.academy.webinar.calendar.CalendarPerson;
import ru.shibc.academy.webinar.calendar.WebinarEvent;

/**
 * A booked consultation as a calendar entry. The UID comes from the slot's own {@code uid}, so
 * every version of the entry (booked, cancelled, booked again) replaces the previous one in a
 * calendar; SEQUENCE is the slot's. Times are written in the district's zone.
 */
@ApplicationScoped
public class ConsultationCalendar {

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "shibc.public-base-url")
  private String publicBaseUrl;

  private CalendarEntries entries;

  /** The host part of every UID: the platform's public host, so that UIDs are ours alone. */
  public String uidHost() {
    String host = URI.create(publicBaseUrl.strip()).getHost();
    return host == null || !host.matches("[A-Za-z0-9.-]+") ? "shibc-academy.local" : host.toLowerCase(Locale.ROOT);
  }

  public String uid(ConsultationSlot slot) {
    return "consultation-" + slot.getUid() + "@" + uidHost();
  }

  public CalendarEntries entries() {
    if (entries == null) {
      entries = new CalendarEntries(Clocks.DISTRICT_ZONE, clock);
    }
    return entries;
  }

  /**
   * The entry of a booking; cancelled when the booking or the slot is.
   *
   * @param booking the booking, or {@code null} for the methodologist's view of a slot with none
   *     live (then the entry is cancelled)
   */
  public CalendarEntries.Entry entry(ConsultationSlot slot, ConsultationBooking booking, Person methodologist,
      Person librarian) {
    boolean cancelled = slot.getStatus() == SlotStatus.CANCELLED || booking == null || !booking.isLive();
    String topic = slot.getTopic() == null ? Messages.text(Messages.RUSSIAN, "consultation.noTopic") : slot.getTopic();
    String title = Messages.text(Messages.RUSSIAN, "consultation.ics.summary", topic);
    StringBuilder description = new StringBuilder();
    description.append(Messages.text(Messages.RUSSIAN, "consultation.ics.methodologist", methodologist.fullName()));
    if (librarian != null) {
      description.append('\n').append(Messages.text(Messages.RUSSIAN, "consultation.ics.librarian", librarian.fullName()));
    }
    if (booking != null && booking.getQuestion() != null) {
      description.append('\n').append(Messages.text(Messages.RUSSIAN, "consultation.ics.question", booking.getQuestion()));
    }
    URI join = slot.getJoinUrl() == null ? null : URI.create(slot.getJoinUrl());
    WebinarEvent event =
        new WebinarEvent(
            "consultation", title, description.toString(), slot.getStartsAt(),
            Duration.between(slot.getStartsAt(), slot.getEndsAt()), join, slot.getSequence(), cancelled,
            organizer(methodologist));
    return new CalendarEntries.Entry(uid(slot), event);
  }

  /** The {@code .ics} file of one booking. */
  public String file(ConsultationSlot slot, ConsultationBooking booking, Person methodologist, Person librarian) {
    return entries().file(entry(slot, booking, methodologist, librarian));
  }

  public String feed(String name, List<CalendarEntries.Entry> list) {
    return entries().feed(name, list);
  }

  private static CalendarPerson organizer(Person person) {
    try {
      return new CalendarPerson(person.fullName(), person.getEmail());
    } catch (IllegalArgumentException e) {
      return null; // an address a calendar cannot use: no ORGANIZER rather than no entry
    }
  }
}
