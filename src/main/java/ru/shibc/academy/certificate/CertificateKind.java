package ru.shibc.academy.certificate;

import ru.shibc.academy.course.ProgrammeType;

/** The document a programme ends with (273-FZ art. 76). */
public enum CertificateKind {
  /** Удостоверение о повышении квалификации. */
  QUALIFICATION_CERTIFICATE,
  /** Диплом о профессиональной переподготовке. */
  RETRAINING_DIPLOMA;

  /** The document of a programme type; a seminar has none. */
  public static CertificateKind of(ProgrammeType type) {
    return switch (type) {
      case QUALIFICATION_UPGRADE -> QUALIFICATION_CERTIFICATE;
      case PROFESSIONAL_RETRAINING -> RETRAINING_DIPLOMA;
      case SEMINAR -> throw new IllegalArgumentException("A seminar grants no document");
    };
  }
}
