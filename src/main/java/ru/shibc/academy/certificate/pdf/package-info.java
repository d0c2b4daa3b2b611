/**
 * The printable form of a certificate: an удостоверение о повышении квалификации or a диплом о
 * профессиональной переподготовке on A4, with a QR code to the public verification page. Takes a
 * plain {@link ru.shibc.academy.certificate.pdf.CertificateDocument} and returns PDF bytes; knows
 * nothing of the register or the database. Depends on the feature's {@code CertificateKind}, {@code
 * platform.pdf} and {@code platform.time}.
 */
package ru.shibc.academy.certificate.pdf;
