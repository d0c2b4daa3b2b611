package ru.shibc.academy.webinar.bigbluebutton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One person's attendance, from the analytics callback.
 *
 * @param externalUserId the {@code userID} we gave on join ({@code ext_user_id}), if any
 * @param name the name they had in the meeting
 * @param moderator whether they were a moderator
 * @param presences when they were in the meeting, merged: two browser tabs at once count once, and
 *     leaving and coming back leaves a gap
 */
public record AttendeeAttendance(
    Optional<String> externalUserId, String name, boolean moderator, List<Presence> presences) {

  public AttendeeAttendance {
    presences = List.copyOf(presences);
  }

  /** The time spent in the meeting, gaps excluded. */
  public Duration attended() {
    return presences.stream().map(Presence::length).reduce(Duration.ZERO, Duration::plus);
  }

  /** Whole minutes attended, rounded down: evidence should not round in anyone's favour. */
  public long minutesAttended() {
    return attended().toMinutes();
  }

  /** When they first joined, if they did. */
  public Optional<Instant> firstJoined() {
    return presences.stream().findFirst().map(Presence::joined);
  }

  /** When they last left, if they did. */
  public Optional<Instant> lastLeft() {
    return presences.isEmpty()
        ? Optional.empty()
        : Optional.of(presences.get(presences.size() - 1).left());
  }
}
