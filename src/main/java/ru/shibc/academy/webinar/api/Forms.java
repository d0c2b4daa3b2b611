package ru.shibc.academy.webinar.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Small request bodies of the webinar API. */
public final class Forms {

  private Forms() {}

  /** Marks or corrects one person's attendance; a correction needs a reason. */
  public record AttendanceForm(
      @NotNull Long personId, @NotNull Integer minutes, String joinedAt, String leftAt,
      @Size(max = 1000) String reason) {}

  public record RecordingForm(@NotNull @Size(max = 2000) String url, Integer minutes) {}

  public record ActivityForm(@NotNull Long activityId, @NotNull Integer completionMinutes) {}
}
