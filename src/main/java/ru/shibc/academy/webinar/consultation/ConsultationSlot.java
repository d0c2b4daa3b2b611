package ru.shibc.academy.webinar.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A time a methodologist offers for a consultation. Its {@code uid} names its calendar entry for
 * good; {@code sequence} is the entry's SEQUENCE, raised on every change a calendar must see
 * (booked, booking cancelled, slot cancelled).
 */
@Entity
@Table(name = "consultation_slots")
public class ConsultationSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100, updatable = false)
  private String uid;

  @Column(name = "methodologist_id", nullable = false, updatable = false)
  private long methodologistId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(length = 250)
  private String topic;

  @Column(name = "join_url", length = 2000)
  private String joinUrl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SlotStatus status;

  @Column(nullable = false)
  private int sequence;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected ConsultationSlot() {}

  ConsultationSlot(String uid, long methodologistId, TimeSpan span, String topic, String joinUrl, Instant createdAt) {
    this.uid = uid;
    this.methodologistId = methodologistId;
    this.startsAt = span.start();
    this.endsAt = span.end();
    this.topic = topic;
    this.joinUrl = joinUrl;
    this.status = SlotStatus.OPEN;
    this.createdAt = createdAt;
  }

  void cancel() {
    status = SlotStatus.CANCELLED;
    sequence++;
  }

  /** A change that a calendar entry of this slot must show. */
  void changed() {
    sequence++;
  }

  public TimeSpan span() {
    return new TimeSpan(startsAt, endsAt);
  }

  public Long getId() {
    return id;
  }

  public String getUid() {
    return uid;
  }

  public long getMethodologistId() {
    return methodologistId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getTopic() {
    return topic;
  }

  public String getJoinUrl() {
    return joinUrl;
  }

  public SlotStatus getStatus() {
    return status;
  }

  public int getSequence() {
    return sequence;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
