package ru.shibc.academy.certificate.api;

import java.time.Instant;
import java.time.LocalDate;
import ru.shibc.academy.certificate.Certificate;

/** A certificate as the API shows it to its holder and to the register's users. */
public record CertificateView(
    long id,
    String registrationNumber,
    String kind,
    String status,
    String origin,
    long personId,
    String holder,
    long organisationId,
    Long courseId,
    String programme,
    int academicHours,
    LocalDate studiedFrom,
    LocalDate studiedTo,
    LocalDate issuedOn,
    String blankSeries,
    String blankNumber,
    String verificationUrl,
    String reason,
    Instant issuedAt,
    String issuedBy,
    Instant revokedAt,
    String revokeReason,
    Long replacesId,
    Long replacedById,
    long version) {

  static CertificateView of(Certificate c, String publicBaseUrl) {
    return new CertificateView(
        c.getId(), c.getRegistrationNumber(), c.getKind().name(), c.getStatus().name(), c.getOrigin().name(),
        c.getPersonId(), c.holderFullName(), c.getOrganisationId(), c.getCourseId(), c.getProgrammeTitle(),
        c.getAcademicHours(), c.getStudiedFrom(), c.getStudiedTo(), c.getIssuedOn(), c.getBlankSeries(),
        c.getBlankNumber(), publicBaseUrl + "/verify/" + c.getVerificationCode(), c.getReason(), c.getIssuedAt(),
        c.getIssuedBy(), c.getRevokedAt(), c.getRevokeReason(), c.getReplacesId(), c.getReplacedById(),
        c.getVersion());
  }
}
