package ru.shibc.academy.certificate.web;

import ru.shibc.academy.platform.web.Pages;

/** What the certificate pages' dialogs ask for, checked before a service is called. */
final class CertificateInput {

  private CertificateInput() {}

  /** A reason is required and kept to the register's 1000 characters; answers it stripped, or null. */
  static String reason(String text) {
    if (text == null || text.isBlank()) {
      Pages.error("certificates.reasonRequired");
      return null;
    }
    if (text.strip().length() > 1000) {
      Pages.error("certificates.reasonTooLong");
      return null;
    }
    return text.strip();
  }

  /** A printed blank's series and number, both optional and at most 20 characters; null if too long. */
  static ru.shibc.academy.certificate.Certificates.Blank blank(String series, String number) {
    String s = series == null || series.isBlank() ? null : series.strip();
    String n = number == null || number.isBlank() ? null : number.strip();
    if (s != null && s.length() > 20 || n != null && n.length() > 20) {
      Pages.error("certificates.blankTooLong");
      return null;
    }
    return new ru.shibc.academy.certificate.Certificates.Blank(s, n);
  }
}
