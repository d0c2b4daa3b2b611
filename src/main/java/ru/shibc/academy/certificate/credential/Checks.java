package ru.shibc.academy.certificate.credential;

import java.net.URI;
import java.util.Objects;

/** Checks shared by the input records. */
final class Checks {

  private Checks() {}

  /**
   * Open Badges identifiers are URIs that a verifier may dereference or compare across documents,
   * so a relative reference such as {@code /issuer} would mean different things in different
   * places.
   */
  static URI requireAbsolute(URI uri, String what) {
    Objects.requireNonNull(uri, what);
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(what + " must be an absolute URI: " + uri);
    }
    return uri;
  }

  static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " is missing");
    }
    return text.strip();
  }
}
