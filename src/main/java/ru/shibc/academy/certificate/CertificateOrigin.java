package ru.shibc.academy.certificate;

/** How a certificate came to be. */
public enum CertificateOrigin {
  /** Issued automatically when the learner completed the course. */
  COMPLETION,
  /** Issued by a methodologist, with a reason. */
  MANUAL,
  /** Issued in place of an earlier certificate, which is now replaced. */
  REISSUE
}
