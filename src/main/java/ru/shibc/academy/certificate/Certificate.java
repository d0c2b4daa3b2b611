package ru.shibc.academy.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document in the register. Everything printed on it is copied here when it is issued (the
 * holder's name, the programme, the issuer, the signatories), so that the same certificate always
 * renders the same, whatever later happens to the person or the course; a change of name is a
 * reissue.
 */
@Entity
@Table(name = "certificates")
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "course_id")
  private Long courseId;

  @Column(name = "enrolment_id")
  private Long enrolmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CertificateKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CertificateOrigin origin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CertificateStatus status = CertificateStatus.VALID;

  @Column(name = "reg_year", nullable = false)
  private int regYear;

  @Column(name = "reg_seq", nullable = false)
  private int regSeq;

  @Column(name = "registration_number", nullable = false, length = 60)
  private String registrationNumber;

  @Column(name = "blank_series", length = 20)
  private String blankSeries;

  @Column(name = "blank_number", length = 20)
  private String blankNumber;

  @Column(name = "verification_code", nullable = false, length = 32)
  private String verificationCode;

  @Column(name = "holder_surname", nullable = false, length = 100)
  private String holderSurname;

  @Column(name = "holder_name", nullable = false, length = 100)
  private String holderName;

  @Column(name = "holder_patronymic", length = 100)
  private String holderPatronymic;

  @Column(name = "programme_title", nullable = false, length = 250)
  private String programmeTitle;

  @Column(name = "programme_type", nullable = false, length = 30)
  private String programmeType;

  @Column(name = "academic_hours", nullable = false)
  private int academicHours;

  @Column(name = "study_form", nullable = false, length = 20)
  private String studyForm;

  @Column(name = "studied_from", nullable = false)
  private LocalDate studiedFrom;

  @Column(name = "studied_to", nullable = false)
  private LocalDate studiedTo;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "issuer_name", nullable = false, length = 250)
  private String issuerName;

  @Column(name = "issuer_city", nullable = false, length = 100)
  private String issuerCity;

  /** "Position|Name" pairs separated by ";", as configured when it was issued. */
  @Column(nullable = false, length = 500)
  private String signatories;

  @Column(length = 1000)
  private String reason;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, length = 100)
  private String issuedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  @Column(name = "revoke_reason", length = 1000)
  private String revokeReason;

  @Column(name = "replaces_id")
  private Long replacesId;

  @Column(name = "replaced_by_id")
  private Long replacedById;

  @Version private long version;

  protected Certificate() {}

  Certificate(CertificateDraft d, int regYear, int regSeq, String registrationNumber, String verificationCode) {
    this.personId = d.personId();
    this.organisationId = d.organisationId();
    this.courseId = d.courseId();
    this.enrolmentId = d.enrolmentId();
    this.kind = d.kind();
    this.origin = d.origin();
    this.regYear = regYear;
    this.regSeq = regSeq;
    this.registrationNumber = registrationNumber;
    this.verificationCode = verificationCode;
    this.blankSeries = d.blankSeries();
    this.blankNumber = d.blankNumber();
    this.holderSurname = d.holderSurname();
    this.holderName = d.holderName();
    this.holderPatronymic = d.holderPatronymic();
    this.programmeTitle = d.programmeTitle();
    this.programmeType = d.programmeType();
    this.academicHours = d.academicHours();
    this.studyForm = d.studyForm();
    this.studiedFrom = d.studiedFrom();
    this.studiedTo = d.studiedTo();
    this.issuedOn = d.issuedOn();
    this.issuerName = d.issuer().name();
    this.issuerCity = d.issuer().city();
    this.signatories = d.issuer().signatoriesText();
    this.reason = d.reason();
    this.issuedAt = d.issuedAt();
    this.issuedBy = d.issuedBy();
    this.replacesId = d.replacesId();
  }

  void revoke(String by, String why, Instant at) {
    status = CertificateStatus.REVOKED;
    revokedBy = by;
    revokeReason = why;
    revokedAt = at;
  }

  void replaceBy(long newId) {
    status = CertificateStatus.REPLACED;
    replacedById = newId;
  }

  /** "Иванова Мария Петровна". */
  public String holderFullName() {
    return holderPatronymic == null
        ? holderSurname + " " + holderName
        : holderSurname + " " + holderName + " " + holderPatronymic;
  }

  /** "Иванова М. П.": what the public verification page shows. */
  public String holderMaskedName() {
    return masked(holderSurname, holderName, holderPatronymic);
  }

  /** A name with initials only: "Иванова М. П.". */
  static String masked(String surname, String name, String patronymic) {
    String initials = name.charAt(0) + ".";
    if (patronymic != null && !patronymic.isEmpty()) {
      initials += " " + patronymic.charAt(0) + ".";
    }
    return surname + " " + initials;
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public CertificateKind getKind() {
    return kind;
  }

  public CertificateOrigin getOrigin() {
    return origin;
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public int getRegYear() {
    return regYear;
  }

  public int getRegSeq() {
    return regSeq;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public String getBlankSeries() {
    return blankSeries;
  }

  public String getBlankNumber() {
    return blankNumber;
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  public String getHolderSurname() {
    return holderSurname;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getHolderPatronymic() {
    return holderPatronymic;
  }

  public String getProgrammeTitle() {
    return programmeTitle;
  }

  public String getProgrammeType() {
    return programmeType;
  }

  public int getAcademicHours() {
    return academicHours;
  }

  public String getStudyForm() {
    return studyForm;
  }

  public LocalDate getStudiedFrom() {
    return studiedFrom;
  }

  public LocalDate getStudiedTo() {
    return studiedTo;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getIssuerName() {
    return issuerName;
  }

  public String getIssuerCity() {
    return issuerCity;
  }

  public String getSignatories() {
    return signatories;
  }

  public String getReason() {
    return reason;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public Long getReplacesId() {
    return replacesId;
  }

  public Long getReplacedById() {
    return replacedById;
  }

  public long getVersion() {
    return version;
  }
}
