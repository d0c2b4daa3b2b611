package ru.shibc.academy.platform.api;

import java.util.List;

/**
 * Checks of query parameters. Done here rather than with constraint annotations on the
 * parameters, which break Payara 6's OpenAPI generator (payara/Payara#7649).
 */
public final class QueryParams {

  public static final int MAX_PAGE_SIZE = 500;

  private QueryParams() {}

  /** A page number and size within bounds, else a 400 naming the parameter. */
  public static void paging(int page, int size) {
    if (page < 0 || page > 1_000_000) {
      throw invalid("page", "validation.Min", 0);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw invalid("size", "validation.Size", 1, MAX_PAGE_SIZE);
    }
  }

  /** A free-text parameter of at most {@code max} characters. */
  public static String text(String name, String value, int max) {
    if (value != null && value.length() > max) {
      throw invalid(name, "validation.Size", 0, max);
    }
    return value;
  }

  /** One of the allowed words. */
  public static String oneOf(String name, String value, String... allowed) {
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return value;
      }
    }
    throw invalid(name, "validation.oneOf", String.join(", ", allowed));
  }

  /** A date as {@code 2026-11-26}, or null when absent. */
  public static java.time.LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw invalid(name, "validation.date");
    }
  }

  /** A value of an enum by its name, or null when absent. */
  public static <E extends Enum<E>> E option(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw invalid(
          name, "validation.oneOf",
          String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }

  private static AcademyException invalid(String name, String key, Object... args) {
    return new AcademyException(
        AcademyException.Kind.BAD_REQUEST,
        List.of(new AcademyException.FieldError(name, key, args)),
        "problem.validation");
  }
}
