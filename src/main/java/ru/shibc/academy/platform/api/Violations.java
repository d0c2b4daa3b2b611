package ru.shibc.academy.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Map;
import ru.shibc.academy.platform.i18n.Messages;

/**
 * Says a Bean Validation failure in the reader's language, from our bundles
 * ({@code validation.<Constraint>}), for the API and the pages alike.
 */
public final class Violations {

  private Violations() {}

  public static String message(Locale locale, ConstraintViolation<?> violation) {
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

  /** "Фамилия: Поле обязательно." with the field's label from {@code field.<name>}. */
  public static String labelled(Locale locale, ConstraintViolation<?> violation) {
    String field = ValidationExceptionMapper.field(violation.getPropertyPath());
    return Messages.text(locale, "field." + field) + ": " + message(locale, violation);
  }
}
