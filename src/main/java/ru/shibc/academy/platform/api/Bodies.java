package ru.shibc.academy.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a request body. Resources call this rather than annotate the body parameter with
 * {@code @NotNull @Valid}: Payara 6's OpenAPI generator fails on constraint annotations of a
 * parameter that is not a path parameter (payara/Payara#7649), and /openapi would answer 500.
 */
public final class Bodies {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private Bodies() {}

  /** The body itself when present and valid; otherwise a 400 problem naming each field. */
  public static <T> T valid(T body) {
    if (body == null) {
      throw new AcademyException(AcademyException.Kind.BAD_REQUEST, "problem.bodyRequired");
    }
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return body;
  }
}
