package ru.shibc.academy.platform.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Locale;

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
        .forEach(v -> problem.error(field(v.getPropertyPath()), Violations.message(locale, v)));
    return problem.toResponse();
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
