package ru.shibc.academy.certificate.pdf;

import java.util.Objects;

/**
 * A person who signs the document, printed as a signature line.
 *
 * @param position the position as printed, e.g. "Руководитель"
 * @param name the name as printed under the signature, e.g. "И. И. Петрова"
 */
public record Signatory(String position, String name) {

  public Signatory {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(name, "name");
  }
}
