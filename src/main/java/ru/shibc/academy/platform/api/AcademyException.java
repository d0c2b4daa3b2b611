package ru.shibc.academy.platform.api;

import java.util.List;

/**
 * A request the platform refuses for a reason the user can act on. The message is a bundle key,
 * so that the API and the pages say it in the reader's language.
 */
public class AcademyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, and the HTTP status that says it. */
  public enum Kind {
    BAD_REQUEST(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    UNPROCESSABLE(422);

    final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** One field's problem, for forms and tables of errors. */
  public record FieldError(String field, String messageKey, Object... args) {}

  private final Kind kind;
  private final String messageKey;
  private final transient Object[] args;
  private final transient List<FieldError> fieldErrors;

  public AcademyException(Kind kind, String messageKey, Object... args) {
    this(kind, List.of(), messageKey, args);
  }

  public AcademyException(Kind kind, List<FieldError> fieldErrors, String messageKey, Object... args) {
    super(messageKey);
    this.kind = kind;
    this.messageKey = messageKey;
    this.args = args;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public static AcademyException notFound(String what) {
    return new AcademyException(Kind.NOT_FOUND, "error.notFound." + what);
  }

  public static AcademyException conflict(String messageKey, Object... args) {
    return new AcademyException(Kind.CONFLICT, messageKey, args);
  }

  public static AcademyException invalid(String messageKey, Object... args) {
    return new AcademyException(Kind.UNPROCESSABLE, messageKey, args);
  }

  public static AcademyException forbidden() {
    return new AcademyException(Kind.FORBIDDEN, "error.forbidden");
  }

  public Kind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
