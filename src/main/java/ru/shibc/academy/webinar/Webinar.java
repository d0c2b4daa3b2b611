package ru.shibc.academy.webinar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A webinar as stored; instants are UTC, shown in the viewer's zone by the pages. */
public record Webinar(
    long id,
    String uid,
    WebinarKind kind,
    String title,
    String description,
    String speakers,
    Instant startsAt,
    int durationMinutes,
    String timeZone,
    Integer capacity,
    Audience audience,
    Long courseId,
    List<String> roadmapItems,
    WebinarStatus status,
    ProviderKind provider,
    String joinUrl,
    String meetingId,
    int joinOpensMinutes,
    int sequence,
    Instant endedAt,
    long organiserId,
    Instant createdAt,
    Instant updatedAt) {

  public Instant endsAt() {
    return startsAt.plus(Duration.ofMinutes(durationMinutes));
  }

  public Instant joinOpensAt() {
    return startsAt.minus(Duration.ofMinutes(joinOpensMinutes));
  }

  /** Whether people may join at this instant: from the opening until the planned end. */
  public boolean joinOpen(Instant now) {
    return status == WebinarStatus.SCHEDULED && !now.isBefore(joinOpensAt()) && !now.isAfter(endsAt());
  }

  public boolean isPast(Instant now) {
    return status == WebinarStatus.ENDED || now.isAfter(endsAt());
  }
}
