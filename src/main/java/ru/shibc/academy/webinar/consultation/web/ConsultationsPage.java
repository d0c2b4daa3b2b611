package ru.shibc.academy.webinar.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.webinar.consultation.BookingStatus;
import ru.shibc.academy.webinar.consultation.ConsultationBoard;
import ru.shibc.academy.webinar.consultation.ConsultationBookings;
import ru.shibc.academy.webinar.consultation.SlotStatus;

/** "Консультации": a librarian books a methodologist's free slot and keeps track of their bookings. */
@Named("consultations")
@ViewScoped
public class ConsultationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsultationBookings bookings;
  @Inject private ConsultationBoard board;
  @Inject private CurrentUser currentUser;

  private final ViewerZone zone = new ViewerZone();
  private Long chosenSlot;
  private String chosenLabel;
  private String question;
  private transient List<ConsultationBoard.SlotLine> free;
  private transient List<ConsultationBoard.BookingLine> mine;

  public boolean isAvailable() {
    return currentUser.personId().isPresent();
  }

  /** A row's "Записаться": remember the slot and open the dialog for the question. */
  public void choose(ConsultationBoard.SlotLine line) {
    chosenSlot = line.slot().getId();
    chosenLabel = when(line) + " · " + line.methodologist().fullName();
    question = null;
  }

  public void book() {
    if (chosenSlot == null) {
      return;
    }
    long slot = chosenSlot;
    boolean done =
        Pages.attempt(() -> bookings.book(slot, currentUser.personId().orElseThrow(), question), "consultation.page.booked");
    PrimeFaces.current().executeScript("PF('bookDialog').hide()");
    if (done) {
      chosenSlot = null;
      question = null;
    }
    free = null;
    mine = null;
  }

  public void cancel(long bookingId) {
    if (Pages.attempt(() -> bookings.cancel(bookingId, currentUser.personId().orElse(null)), "consultation.page.bookingCancelled")) {
      free = null;
      mine = null;
    }
  }

  public void zoneChanged() {
    free = null;
    mine = null;
  }

  public List<ConsultationBoard.SlotLine> getFree() {
    if (free == null) {
      free = board.free().stream().filter(l -> !currentUser.personId().map(id -> id == l.slot().getMethodologistId()).orElse(false)).toList();
    }
    return free;
  }

  public List<ConsultationBoard.BookingLine> getMine() {
    if (mine == null) {
      mine = currentUser.personId().map(board::ofLibrarian).orElse(List.of());
    }
    return mine;
  }

  public String when(ConsultationBoard.SlotLine line) {
    return zone.span(line.slot().getStartsAt(), line.slot().getEndsAt());
  }

  public String whenBooked(ConsultationBoard.BookingLine line) {
    return zone.span(line.slot().getStartsAt(), line.slot().getEndsAt());
  }

  /** BOOKED, CANCELLED or PAST: the bundle key's last word. */
  public String state(ConsultationBoard.BookingLine line) {
    if (line.booking().getStatus() == BookingStatus.CANCELLED || line.slot().getStatus() == SlotStatus.CANCELLED) {
      return "CANCELLED";
    }
    return line.slot().getEndsAt().isAfter(java.time.Instant.now()) ? "BOOKED" : "PAST";
  }

  public String severity(ConsultationBoard.BookingLine line) {
    return switch (state(line)) {
      case "BOOKED" -> "success";
      case "CANCELLED" -> "danger";
      default -> "secondary";
    };
  }

  public boolean cancellable(ConsultationBoard.BookingLine line) {
    return "BOOKED".equals(state(line));
  }

  public List<String> getZoneChoices() {
    return ViewerZone.CHOICES;
  }

  public String zoneLabel(String id) {
    return ViewerZone.label(id);
  }

  public ViewerZone getZone() {
    return zone;
  }

  public String getChosenLabel() {
    return chosenLabel;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}
