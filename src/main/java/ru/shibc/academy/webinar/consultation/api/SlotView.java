package ru.shibc.academy.webinar.consultation.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.webinar.consultation.ConsultationBoard;
import ru.shibc.academy.webinar.consultation.ConsultationBooking;
import ru.shibc.academy.webinar.consultation.ConsultationSlot;

/**
 * A slot as the API shows it, times in the asked zone; {@code booking} only for its methodologist.
 */
public record SlotView(
    long id, OffsetDateTime startsAt, OffsetDateTime endsAt, String zone, String topic, String joinUrl,
    String status, int sequence, long methodologistId, String methodologist, BookingSummary booking) {

  /** Who booked a slot, for its methodologist. */
  public record BookingSummary(
      long id, long personId, String librarian, String organisation, String email, String question,
      OffsetDateTime bookedAt) {}

  static SlotView of(ConsultationBoard.SlotLine line, ZoneId zone) {
    return of(line.slot(), line.methodologist(), line.booking(), line.librarian(), zone);
  }

  static SlotView of(ConsultationSlot s, Person methodologist, ConsultationBooking b, Person librarian, ZoneId zone) {
    BookingSummary booking =
        b == null || librarian == null
            ? null
            : new BookingSummary(
                b.getId(), b.getPersonId(), librarian.fullName(),
                librarian.getOrganisation() == null ? null : librarian.getOrganisation().getShortName(),
                librarian.getEmail(), b.getQuestion(), at(b.getBookedAt(), zone));
    return new SlotView(
        s.getId(), at(s.getStartsAt(), zone), at(s.getEndsAt(), zone), zone.getId(), s.getTopic(), s.getJoinUrl(),
        s.getStatus().name(), s.getSequence(), s.getMethodologistId(),
        methodologist == null ? null : methodologist.fullName(), booking);
  }

  static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
