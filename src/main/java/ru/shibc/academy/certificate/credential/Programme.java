package ru.shibc.academy.certificate.credential;

import java.net.URI;
import java.util.Objects;

/**
 * The additional professional programme the certificate was issued for, the Open Badges {@code
 * Achievement}. Many credentials share one programme.
 *
 * @param id the course's public URL; the same for every certificate of the course
 * @param title the programme title as printed on the certificate
 * @param description a short description of the programme
 * @param hours the programme's volume in academic hours
 * @param kind the kind of document issued for it
 */
public record Programme(URI id, String title, String description, int hours, DocumentKind kind) {

  public Programme {
    Checks.requireAbsolute(id, "programme id");
    title = Checks.requireText(title, "programme title");
    description = Checks.requireText(description, "programme description");
    if (hours <= 0) {
      throw new IllegalArgumentException("programme hours must be positive: " + hours);
    }
    Objects.requireNonNull(kind, "kind");
  }
}
