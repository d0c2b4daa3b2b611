package ru.shibc.academy.certificate.credential;

import java.net.URI;
import java.time.Instant;

/** One certificate as the tests use it. */
final class SampleCertificate {

  static final URI BASE = URI.create("https://academy.shibc.example");
  static final URI ISSUER_ID = URI.create(BASE + "/issuer");
  static final Instant ISSUED_AT = Instant.parse("2025-05-20T06:30:00Z");

  private SampleCertificate() {}

  static IssuerProfile issuer() {
    return new IssuerProfile(
        ISSUER_ID,
        "ГАУ ДПО «Институт развития образования» — ШИБЦ",
        URI.create("https://shibc.example"));
  }

  static CredentialData data() {
    return new CredentialData(
        URI.create(BASE + "/api/credentials/K7QX4M2P9RZT"),
        issuer(),
        new Holder(
            URI.create("urn:uuid:5f0c6c1e-8d7b-4c4e-9a51-2b1f0d3e7a64"), "Ёлкина Мария Петровна"),
        new Programme(
            URI.create(BASE + "/courses/17"),
            "Школьный информационно-библиотечный центр: организация работы",
            "Программа для педагогов-библиотекарей о переходе школьной библиотеки к модели ШИБЦ.",
            36,
            DocumentKind.QUALIFICATION_UPGRADE),
        "ШИБЦ-2025-000123",
        ISSUED_AT);
  }
}
