package ru.shibc.academy.webinar.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A librarian's booking of a slot. The table's generated {@code live_slot_id} (the slot while the
 * booking is not cancelled) carries a unique key, so the database itself allows one live booking
 * per slot; it is not mapped here because only the database writes it. A cancelled booking stays
 * as history, and the slot is free again.
 */
@Entity
@Table(name = "consultation_bookings")
public class ConsultationBooking {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "slot_id", nullable = false, updatable = false)
  private long slotId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(length = 2000)
  private String question;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BookingStatus status;

  @Column(name = "booked_at", nullable = false, updatable = false)
  private Instant bookedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by", length = 100)
  private String cancelledBy;

  protected ConsultationBooking() {}

  ConsultationBooking(long slotId, long personId, String question, Instant bookedAt) {
    this.slotId = slotId;
    this.personId = personId;
    this.question = question;
    this.status = BookingStatus.BOOKED;
    this.bookedAt = bookedAt;
  }

  void cancel(Instant at, String by) {
    status = BookingStatus.CANCELLED;
    cancelledAt = at;
    cancelledBy = by;
  }

  public boolean isLive() {
    return status != BookingStatus.CANCELLED;
  }

  public Long getId() {
    return id;
  }

  public long getSlotId() {
    return slotId;
  }

  public long getPersonId() {
    return personId;
  }

  public String getQuestion() {
    return question;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelledBy() {
    return cancelledBy;
  }
}
