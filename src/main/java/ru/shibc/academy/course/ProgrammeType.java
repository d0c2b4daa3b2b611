package ru.shibc.academy.course;

/** What a course is as a programme of additional professional education. */
public enum ProgrammeType {
  /** Повышение квалификации: an удостоверение from 16 academic hours. */
  QUALIFICATION_UPGRADE(16),
  /** Профессиональная переподготовка: a диплом from 250 academic hours. */
  PROFESSIONAL_RETRAINING(250),
  /** A seminar without a certificate. */
  SEMINAR(0);

  private final int minimumHoursForCertificate;

  ProgrammeType(int minimumHoursForCertificate) {
    this.minimumHoursForCertificate = minimumHoursForCertificate;
  }

  /** Whether completing a course of this type and length earns a document. */
  public boolean grantsCertificate(int academicHours) {
    return this != SEMINAR && academicHours >= minimumHoursForCertificate;
  }

  public int minimumHoursForCertificate() {
    return minimumHoursForCertificate;
  }
}
