package ru.shibc.academy.certificate;

/** Where a certificate stands in the register. Only a valid one can be revoked or reissued. */
public enum CertificateStatus {
  VALID,
  REVOKED,
  /** Reissued: a newer certificate with a new number stands in its place. */
  REPLACED
}
