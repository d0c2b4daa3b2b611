package ru.shibc.academy.certificate.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.shibc.academy.certificate.Certificates;

/**
 * Request bodies. Classes with public fields rather than records: Payara 6's OpenAPI generator
 * fails on constraint annotations on record components (payara/Payara#7649).
 */
public final class CertificateForms {

  private CertificateForms() {}

  /** Issue by hand for a completed enrolment. */
  public static class IssueForm {
    public @NotNull Long enrolmentId;
    public @NotBlank @Size(max = 1000) String reason;
    public @Size(max = 20) String blankSeries;
    public @Size(max = 20) String blankNumber;

    Certificates.Blank blank() {
      return new Certificates.Blank(blankOrNull(blankSeries), blankOrNull(blankNumber));
    }
  }

  /** Issue the missing certificates of a course's completions. */
  public static class BulkForm {
    public @NotNull Long courseId;
    public @NotBlank @Size(max = 1000) String reason;
  }

  /** Revoke, with the reason on record. */
  public static class RevokeForm {
    public @NotBlank @Size(max = 1000) String reason;
  }

  /** Reissue in place of a valid certificate. */
  public static class ReissueForm {
    public @NotBlank @Size(max = 1000) String reason;
    public @Size(max = 20) String blankSeries;
    public @Size(max = 20) String blankNumber;

    Certificates.Blank blank() {
      return new Certificates.Blank(blankOrNull(blankSeries), blankOrNull(blankNumber));
    }
  }

  static String blankOrNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
