package ru.shibc.academy.certificate.pdf;

import ru.shibc.academy.certificate.CertificateKind;

/**
 * The fixed text of each kind of document, as on the forms organisations of additional professional
 * education issue. The document is in Russian whatever the interface language, so the wording lives
 * here rather than in the interface's message bundles.
 */
record Wording(
    String title,
    String titleWord,
    String titleRest,
    String opening,
    String completed,
    String holderCaption) {

  static Wording of(CertificateKind kind) {
    return switch (kind) {
      case QUALIFICATION_CERTIFICATE ->
          new Wording(
              "Удостоверение о повышении квалификации",
              "УДОСТОВЕРЕНИЕ",
              "о повышении квалификации",
              "Настоящее удостоверение свидетельствует о том, что",
              "прошёл(а) повышение квалификации в",
              "Удостоверение является документом о квалификации");
      case RETRAINING_DIPLOMA ->
          new Wording(
              "Диплом о профессиональной переподготовке",
              "ДИПЛОМ",
              "о профессиональной переподготовке",
              "Настоящий диплом свидетельствует о том, что",
              "прошёл(а) профессиональную переподготовку в",
              "Диплом является документом о квалификации");
    };
  }
}
