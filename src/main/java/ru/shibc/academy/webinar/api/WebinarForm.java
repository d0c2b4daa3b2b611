package ru.shibc.academy.webinar.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.webinar.Audience;
import ru.shibc.academy.webinar.ProviderKind;
import ru.shibc.academy.webinar.WebinarDraft;
import ru.shibc.academy.webinar.WebinarKind;

/**
 * A webinar as the API receives it. {@code startsAt} is ISO-8601 with an offset ({@code
 * 2026-12-03T15:00:00+05:00}) or without one, then read in the district's zone.
 */
public class WebinarForm {
  // Public fields, not a record: see Forms.
  public WebinarKind kind;
  public @NotBlank @Size(max = 250) String title;
  public @Size(max = 20000) String description;
  public @Size(max = 500) String speakers;
  public @NotBlank String startsAt;
  public @NotNull Integer durationMinutes;
  public Integer capacity;
  public Audience audience;
  public List<Long> organisationIds;
  public List<Long> cohortIds;
  public Long courseId;
  public List<String> roadmapItems;
  public @NotNull ProviderKind provider;
  public @Size(max = 2000) String joinUrl;
  public Integer joinOpensMinutes;

  public WebinarDraft draft() {
    return new WebinarDraft(
        kind == null ? WebinarKind.WEBINAR : kind, title, description, speakers, instant(startsAt),
        durationMinutes, capacity, audience == null ? Audience.ALL : audience, organisationIds, cohortIds, courseId,
        roadmapItems, provider, joinUrl, joinOpensMinutes);
  }

  static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text.strip()).atZone(Clocks.DISTRICT_ZONE).toInstant();
      } catch (DateTimeParseException e) {
        throw AcademyException.invalid("webinar.field.startsAt");
      }
    }
  }
}
