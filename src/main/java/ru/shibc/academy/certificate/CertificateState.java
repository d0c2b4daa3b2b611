package ru.shibc.academy.certificate;

/** What the audit log keeps of a certificate before and after a change. */
public record CertificateState(
    String registrationNumber, String status, String holder, String programme, String issuedOn, String reason) {

  static CertificateState of(Certificate c) {
    return new CertificateState(
        c.getRegistrationNumber(), c.getStatus().name(), c.holderFullName(), c.getProgrammeTitle(),
        c.getIssuedOn().toString(), c.getStatus() == CertificateStatus.REVOKED ? c.getRevokeReason() : c.getReason());
  }
}
