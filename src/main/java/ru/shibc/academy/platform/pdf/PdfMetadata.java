package ru.shibc.academy.platform.pdf;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a PDF says about itself in its document information, and what its file identifier is derived
 * from.
 *
 * @param title the document's title, shown by readers instead of the file name
 * @param subject a longer description; may be empty
 * @param author the organisation or person the document comes from
 * @param created the creation and modification date written into the file: taken from the input (an
 *     issue date, an attestation date), never from the clock, so that printing the same document
 *     again gives the same bytes
 * @param identity text that tells this document apart from every other one the platform prints (for
 *     example the source record's {@code toString()}); the file identifier is a hash of it
 */
public record PdfMetadata(
    String title, String subject, String author, ZonedDateTime created, String identity) {

  public PdfMetadata {
    Objects.requireNonNull(title, "title");
    subject = subject == null ? "" : subject;
    author = author == null ? "" : author;
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(identity, "identity");
  }
}
