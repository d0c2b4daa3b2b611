package ru.shibc.academy.certificate.credential;

/**
 * The kind of education document under 273-ФЗ art. 60 that the credential mirrors, with the Open
 * Badges 3.0 {@code achievementType} (spec B.1.28) closest to it.
 */
public enum DocumentKind {

  /**
   * Удостоверение о повышении квалификации. "Certificate" is the credential "that designates
   * requisite knowledge and skills of an occupation, profession, or academic program", which fits a
   * programme closed by a final attestation better than "CertificateOfCompletion", whose holder
   * need not have been assessed at all.
   */
  QUALIFICATION_UPGRADE("Certificate"),

  /**
   * Диплом о профессиональной переподготовке: "Diploma" is awarded "for successful completion of a
   * course of study or its equivalent".
   */
  PROFESSIONAL_RETRAINING("Diploma");

  private final String achievementType;

  DocumentKind(String achievementType) {
    this.achievementType = achievementType;
  }

  /** The value of {@code achievementType} in the credential. */
  public String achievementType() {
    return achievementType;
  }
}
