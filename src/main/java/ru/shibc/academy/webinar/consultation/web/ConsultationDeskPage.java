package ru.shibc.academy.webinar.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.webinar.consultation.ConsultationBoard;
import ru.shibc.academy.webinar.consultation.ConsultationBookings;
import ru.shibc.academy.webinar.consultation.ConsultationSlots;
import ru.shibc.academy.webinar.consultation.SlotStatus;

/** "Мои консультации": a methodologist publishes slots or a weekly series and sees who booked. */
@Named("consultationDesk")
@ViewScoped
public class ConsultationDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsultationSlots slots;
  @Inject private ConsultationBookings bookings;
  @Inject private ConsultationBoard board;
  @Inject private CurrentUser currentUser;

  private final ViewerZone zone = new ViewerZone();
  private LocalDate date;
  private String from = "15:00";
  private String to = "15:30";
  private int weeks = 1;
  private String topic;
  private String joinUrl;
  private transient List<ConsultationBoard.SlotLine> lines;

  public boolean isAvailable() {
    return currentUser.has(ru.shibc.academy.platform.security.Role.METHODOLOGIST) && currentUser.personId().isPresent();
  }

  public void publish() {
    LocalTime start = time(from);
    LocalTime end = time(to);
    if (date == null || start == null || end == null) {
      Pages.error("consultation.page.whenRequired");
      return;
    }
    ConsultationSlots.Draft draft = new ConsultationSlots.Draft(date, start, end, zone.zone(), weeks, topic, joinUrl);
    Pages.attempt(() -> slots.publish(currentUser.personId().orElseThrow(), draft))
        .ifPresent(
            published -> {
              Pages.info("consultation.page.published", published.size());
              lines = null;
              date = null;
              weeks = 1;
            });
  }

  public void cancelSlot(long slotId) {
    if (Pages.attempt(() -> slots.cancel(slotId, currentUser.personId().orElse(null)), "consultation.page.slotCancelled")) {
      lines = null;
    }
  }

  public void cancelBooking(long bookingId) {
    if (Pages.attempt(() -> bookings.cancel(bookingId, currentUser.personId().orElse(null)), "consultation.page.bookingCancelled")) {
      lines = null;
    }
  }

  public void zoneChanged() {
    lines = null;
  }

  public List<ConsultationBoard.SlotLine> getLines() {
    if (lines == null) {
      lines = currentUser.personId().map(board::ofMethodologist).orElse(List.of());
    }
    return lines;
  }

  public String when(ConsultationBoard.SlotLine line) {
    return zone.span(line.slot().getStartsAt(), line.slot().getEndsAt());
  }

  /** FREE, BOOKED, CANCELLED or PAST: the bundle key's last word. */
  public String state(ConsultationBoard.SlotLine line) {
    if (line.slot().getStatus() == SlotStatus.CANCELLED) {
      return "CANCELLED";
    }
    if (line.isBooked()) {
      return "BOOKED";
    }
    return line.slot().getStartsAt().isAfter(java.time.Instant.now()) ? "FREE" : "PAST";
  }

  public String severity(ConsultationBoard.SlotLine line) {
    return switch (state(line)) {
      case "BOOKED" -> "success";
      case "FREE" -> "info";
      case "CANCELLED" -> "danger";
      default -> "secondary";
    };
  }

  public boolean cancellable(ConsultationBoard.SlotLine line) {
    return line.slot().getStatus() == SlotStatus.OPEN && line.slot().getEndsAt().isAfter(java.time.Instant.now());
  }

  public List<String> getZoneChoices() {
    return ViewerZone.CHOICES;
  }

  public String zoneLabel(String id) {
    return ViewerZone.label(id);
  }

  static LocalTime time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public ViewerZone getZone() {
    return zone;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public int getWeeks() {
    return weeks;
  }

  public void setWeeks(int weeks) {
    this.weeks = weeks;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getJoinUrl() {
    return joinUrl;
  }

  public void setJoinUrl(String joinUrl) {
    this.joinUrl = joinUrl;
  }
}
