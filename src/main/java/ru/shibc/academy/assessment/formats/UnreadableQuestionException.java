package ru.shibc.academy.assessment.formats;

/** A question (or file) that cannot be read; becomes an {@link ImportProblem} at its line. */
final class UnreadableQuestionException extends RuntimeException {

  private final String code;

  UnreadableQuestionException(String code, String detail) {
    super(detail);
    this.code = code;
  }

  String code() {
    return code;
  }
}
