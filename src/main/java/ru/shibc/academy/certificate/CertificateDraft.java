package ru.shibc.academy.certificate;

import java.time.Instant;
import java.time.LocalDate;

/** Everything a new certificate is made of, before it gets its number and code. */
record CertificateDraft(
    long personId,
    long organisationId,
    Long courseId,
    Long enrolmentId,
    CertificateKind kind,
    CertificateOrigin origin,
    String holderSurname,
    String holderName,
    String holderPatronymic,
    String programmeTitle,
    String programmeType,
    int academicHours,
    String studyForm,
    LocalDate studiedFrom,
    LocalDate studiedTo,
    LocalDate issuedOn,
    String blankSeries,
    String blankNumber,
    Issuer issuer,
    String reason,
    Instant issuedAt,
    String issuedBy,
    Long replacesId) {}
