package ru.shibc.academy.webinar.bigbluebutton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A recording from getRecordings.
 *
 * @param recordId the recording's ID (the internal meeting ID of the session recorded)
 * @param meetingId our meeting ID
 * @param name the meeting's title
 * @param published whether it can be watched
 * @param state {@code processing}, {@code processed}, {@code published}, {@code unpublished} or
 *     {@code deleted}
 * @param startTime when the recorded session started
 * @param endTime when it ended, if known
 * @param participants how many took part
 * @param playbacks the formats it can be watched in
 */
public record Recording(
    String recordId,
    String meetingId,
    String name,
    boolean published,
    String state,
    Instant startTime,
    Optional<Instant> endTime,
    int participants,
    List<Playback> playbacks) {

  public Recording {
    playbacks = List.copyOf(playbacks);
  }

  /** The {@code presentation} playback, the usual one to link, or else the first one. */
  public Optional<Playback> mainPlayback() {
    return playbacks.stream()
        .filter(p -> "presentation".equals(p.type()))
        .findFirst()
        .or(() -> playbacks.stream().findFirst());
  }
}
