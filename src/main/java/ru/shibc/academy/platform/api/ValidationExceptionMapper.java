package ru.shibc.academy.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import ru.shibc.academy.platform.i18n.Messages;

/**
 * Bean Validation failures of a request: 400 with one entry per field. Messages come from our
 * bundles ({@code validation.<Constraint>}), so they follow Accept-Language.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    Locale locale = Requests.locale(headers);
    Problem problem = Problem.of(locale, 400, "problem.validation");
    e.getConstraintViolations().stream()
        .sorted(Comparator.comparing(v -> field(v.getPropertyPath())))
        .forEach(v -> problem.error(field(v.getPropertyPath()), message(locale, v)));
    return problem.toResponse();
  }

  private static String message(Locale locale, ConstraintViolation<?> violation) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
    Map<String, Object> attributes = descriptor.getAttributes();
    String key = "validation." + constraint;
    String text =
        Messages.text(
            locale,
            key,
            attributes.getOrDefault("min", attributes.getOrDefault("value", "")),
            attributes.getOrDefault("max", ""));
    return text.equals(key) ? Messages.text(locale, "validation.invalid") : text;
  }

  /** The JSON field: the last node of a path such as {@code create.body.surname}. */
  static String field(Path path) {
    String name = "";
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        name = node.getName();
      }
    }
    return name;
  }
}
