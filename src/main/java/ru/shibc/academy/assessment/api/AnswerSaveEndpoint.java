package ru.shibc.academy.assessment.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.platform.security.BearerOnlyEndpoint;

/**
 * Which requests {@link AnswerSaveFilter} serves: {@code PUT /api/attempts/{id}/answers/{slot}},
 * unless {@code shibc.attempts.lean-save} is false (then JAX-RS serves it, as every other request
 * of {@link AttemptResource}). The same decision tells the authentication mechanism to leave the
 * bearer token's check to the filter.
 */
@ApplicationScoped
public class AnswerSaveEndpoint implements BearerOnlyEndpoint {

  private static final Pattern PATH = Pattern.compile("/api/attempts/(\\d{1,18})/answers/(\\d{1,9})");

  @Inject
  @ConfigProperty(name = "shibc.attempts.lean-save", defaultValue = "true")
  boolean enabled;

  /** The attempt's id and the slot when this is a save the filter serves; null otherwise. */
  long[] target(HttpServletRequest request) {
    if (!enabled || !"PUT".equals(request.getMethod())) {
      return null;
    }
    String uri = request.getRequestURI();
    int context = request.getContextPath().length();
    Matcher m = PATH.matcher(uri);
    if (!m.region(context, uri.length()).matches()) {
      return null;
    }
    return new long[] {Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))};
  }

  @Override
  public boolean handles(HttpServletRequest request) {
    return target(request) != null;
  }
}
