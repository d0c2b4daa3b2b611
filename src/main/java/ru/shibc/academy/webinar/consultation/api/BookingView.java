package ru.shibc.academy.webinar.consultation.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import ru.shibc.academy.webinar.consultation.ConsultationBoard;
import ru.shibc.academy.webinar.consultation.ConsultationBooking;

/** A booking as its librarian sees it, with the slot and a link to its {@code .ics}. */
public record BookingView(
    long id, String status, String question, OffsetDateTime bookedAt, OffsetDateTime cancelledAt,
    String cancelledBy, String calendarUrl, SlotView slot) {

  static BookingView of(ConsultationBoard.BookingLine line, ZoneId zone) {
    ConsultationBooking b = line.booking();
    return new BookingView(
        b.getId(), b.getStatus().name(), b.getQuestion(), SlotView.at(b.getBookedAt(), zone),
        SlotView.at(b.getCancelledAt(), zone), b.getCancelledBy(), "consultations/bookings/" + b.getId() + ".ics",
        SlotView.of(line.slot(), line.methodologist(), null, null, zone));
  }
}
