package ru.shibc.academy.certificate.credential;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one certificate says, in the shape the credential needs it.
 *
 * <p>No expiry: a qualification upgrade certificate does not lapse; the three-year cycle is a duty
 * of the employee, not a property of the document, and revocation is answered by the verification
 * page, not by the credential.
 *
 * @param id the credential's URL, {@code {baseUrl}/api/credentials/{verificationCode}}; also the
 *     JWT {@code jti}
 * @param issuer the issuing organisation
 * @param holder the person
 * @param programme the programme completed
 * @param registrationNumber the certificate's registration number
 * @param issuedAt when the certificate was issued; kept to whole seconds because the JWT {@code
 *     nbf} claim, which must equal {@code validFrom}, has no fractions
 */
public record CredentialData(
    URI id,
    IssuerProfile issuer,
    Holder holder,
    Programme programme,
    String registrationNumber,
    Instant issuedAt) {

  public CredentialData {
    Checks.requireAbsolute(id, "credential id");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(programme, "programme");
    registrationNumber = Checks.requireText(registrationNumber, "registration number");
    issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
  }
}
