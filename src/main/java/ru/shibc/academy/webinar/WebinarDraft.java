package ru.shibc.academy.webinar;

import java.time.Instant;
import java.util.List;

/**
 * What a methodologist asks for when scheduling or editing a webinar.
 *
 * @param capacity places, or {@code null} for no limit
 * @param organisationIds the schools when the audience is {@link Audience#SCHOOLS}
 * @param cohortIds the cohorts when the audience is {@link Audience#COHORTS}
 * @param roadmapItems roadmap item codes such as {@code 1.3, 3.1}, or empty
 * @param joinUrl the external room for {@link ProviderKind#LINK}
 * @param joinOpensMinutes how long before the start joining opens; {@code null} for 15
 */
public record WebinarDraft(
    WebinarKind kind,
    String title,
    String description,
    String speakers,
    Instant startsAt,
    int durationMinutes,
    Integer capacity,
    Audience audience,
    List<Long> organisationIds,
    List<Long> cohortIds,
    Long courseId,
    List<String> roadmapItems,
    ProviderKind provider,
    String joinUrl,
    Integer joinOpensMinutes) {

  public WebinarDraft {
    organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
    cohortIds = cohortIds == null ? List.of() : List.copyOf(cohortIds);
    roadmapItems = roadmapItems == null ? List.of() : List.copyOf(roadmapItems);
  }
}
