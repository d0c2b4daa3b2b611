package ru.shibc.academy.webinar.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Small request bodies of the webinar API. Classes with public fields, not records: a constraint
 * on a record component lands on its constructor parameter too, which breaks Payara's OpenAPI
 * generator (payara/Payara#7649), as on a resource method's parameter.
 */
public final class Forms {

  private Forms() {}

  /** Marks or corrects one person's attendance; a correction needs a reason. */
  public static final class AttendanceForm {
    public @NotNull Long personId;
    public @NotNull Integer minutes;
    public String joinedAt;
    public String leftAt;
    public @Size(max = 1000) String reason;
  }

  public static final class RecordingForm {
    public @NotNull @Size(max = 2000) String url;
    public Integer minutes;
  }

  public static final class ActivityForm {
    public @NotNull Long activityId;
    public @NotNull Integer completionMinutes;
  }
}
