package ru.shibc.academy.certificate.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ru.shibc.academy.certificate.CertificateStatus;
import ru.shibc.academy.certificate.CycleState;

/** How the certificate pages show dates and states: the same on every page. */
final class CertificateTexts {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private CertificateTexts() {}

  /** "26.11.2026"; empty for none. */
  static String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  /** The colour of a status tag: green valid, red revoked, amber replaced. */
  static String severity(CertificateStatus status) {
    return switch (status) {
      case VALID -> "success";
      case REVOKED -> "danger";
      case REPLACED -> "warning";
    };
  }

  /** The colour of a cycle state's tag; "none" has no colour of its own (see academy.css). */
  static String severity(CycleState state) {
    return switch (state) {
      case CURRENT -> "success";
      case DUE_SOON -> "warning";
      case OVERDUE -> "danger";
      case NEVER -> null;
    };
  }
}
