package ru.shibc.academy.certificate.credential;

/**
 * The Russian sentences inside a credential.
 *
 * <p>They live here rather than in the message bundles on purpose: they are part of a signed
 * document that repeats the printed certificate, so they must not follow the reader's language or
 * change when someone edits a bundle, and a credential once signed must read the same forever.
 */
final class CredentialWording {

  private CredentialWording() {}

  /** The credential's display name in wallets. */
  static String name(DocumentKind kind, String registrationNumber) {
    return documentTitle(kind) + " № " + registrationNumber;
  }

  /** What the holder did to earn the certificate, as the achievement's criteria narrative. */
  static String criteria(Programme programme) {
    return "Освоил(а) дополнительную профессиональную программу "
        + programmeKind(programme.kind())
        + " «"
        + programme.title()
        + "» в объёме "
        + programme.hours()
        + ' '
        + hoursInGenitive(programme.hours());
  }

  /**
   * "в объёме 21 часа", "в объёме 36 часов": after "в объёме" the numeral is in the genitive, so
   * the noun is singular only for numbers ending in 1 (but not 11).
   */
  static String hoursInGenitive(int hours) {
    return hours % 10 == 1 && hours % 100 != 11 ? "часа" : "часов";
  }

  private static String documentTitle(DocumentKind kind) {
    return switch (kind) {
      case QUALIFICATION_UPGRADE -> "Удостоверение о повышении квалификации";
      case PROFESSIONAL_RETRAINING -> "Диплом о профессиональной переподготовке";
    };
  }

  private static String programmeKind(DocumentKind kind) {
    return switch (kind) {
      case QUALIFICATION_UPGRADE -> "повышения квалификации";
      case PROFESSIONAL_RETRAINING -> "профессиональной переподготовки";
    };
  }
}
