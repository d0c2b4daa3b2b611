package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.AcademyException.FieldError;

/** What a webinar must be made of; every refusal names the field and says why. */
@ApplicationScoped
public class WebinarRules {

  private static final Pattern ROADMAP_ITEM = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){1,2}");

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private BigBlueButtonSettings bigBlueButton;

  /** Refuses with 422 and field errors unless the draft can be scheduled at {@code now}. */
  public void check(WebinarDraft d, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (d.kind() == null) {
      errors.add(new FieldError("kind", "webinar.field.kind"));
    }
    if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 250) {
      errors.add(new FieldError("title", "webinar.field.title"));
    }
    if (d.speakers() != null && d.speakers().length() > 500) {
      errors.add(new FieldError("speakers", "webinar.field.speakers"));
    }
    if (d.startsAt() == null) {
      errors.add(new FieldError("startsAt", "webinar.field.startsAt"));
    } else if (!d.startsAt().isAfter(now)) {
      errors.add(new FieldError("startsAt", "webinar.field.startsAtPast"));
    }
    if (d.durationMinutes() < 5 || d.durationMinutes() > 600) {
      errors.add(new FieldError("durationMinutes", "webinar.field.duration"));
    }
    if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > 10000)) {
      errors.add(new FieldError("capacity", "webinar.field.capacity"));
    }
    if (d.joinOpensMinutes() != null && (d.joinOpensMinutes() < 0 || d.joinOpensMinutes() > 240)) {
      errors.add(new FieldError("joinOpensMinutes", "webinar.field.joinOpens"));
    }
    checkAudience(d, errors);
    for (String item : d.roadmapItems()) {
      if (!ROADMAP_ITEM.matcher(item).matches()) {
        errors.add(new FieldError("roadmapItems", "webinar.field.roadmapItem", item));
      }
    }
    if (d.courseId() != null && count("SELECT COUNT(*) FROM courses WHERE id = ?", d.courseId()) == 0) {
      errors.add(new FieldError("courseId", "webinar.field.course"));
    }
    if (d.provider() == null) {
      errors.add(new FieldError("provider", "webinar.field.provider"));
    } else if (d.provider() == ProviderKind.LINK && !isWebUrl(d.joinUrl())) {
      errors.add(new FieldError("joinUrl", "webinar.field.joinUrl"));
    } else if (d.provider() == ProviderKind.BIGBLUEBUTTON && bigBlueButton.client().isEmpty()) {
      errors.add(new FieldError("provider", "webinar.field.bbbNotConfigured"));
    }
    if (!errors.isEmpty()) {
      throw new AcademyException(AcademyException.Kind.UNPROCESSABLE, errors, "webinar.invalid");
    }
  }

  private void checkAudience(WebinarDraft d, List<FieldError> errors) {
    if (d.audience() == null) {
      errors.add(new FieldError("audience", "webinar.field.audience"));
    } else if (d.audience() == Audience.SCHOOLS) {
      if (d.organisationIds().isEmpty()) {
        errors.add(new FieldError("organisationIds", "webinar.field.schools"));
      }
      for (Long id : d.organisationIds()) {
        if (id == null || count("SELECT COUNT(*) FROM organisations WHERE id = ?", id) == 0) {
          errors.add(new FieldError("organisationIds", "webinar.field.school", id));
        }
      }
    } else if (d.audience() == Audience.COHORTS) {
      if (d.cohortIds().isEmpty()) {
        errors.add(new FieldError("cohortIds", "webinar.field.cohorts"));
      }
      for (Long id : d.cohortIds()) {
        if (id == null || count("SELECT COUNT(*) FROM cohorts WHERE id = ?", id) == 0) {
          errors.add(new FieldError("cohortIds", "webinar.field.cohort", id));
        }
      }
    }
  }

  /** An absolute http or https URL with a host: what a browser can open. */
  public static boolean isWebUrl(String text) {
    if (text == null || text.isBlank() || text.length() > 2000) {
      return false;
    }
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private long count(String sql, Object param) {
    return Rows.lng(em.createNativeQuery(sql).setParameter(1, param).getSingleResult());
  }
}
