package ru.shibc.academy.certificate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A qualification upgrade taken elsewhere, with a scan of its document: it counts for the
 * three-year cycle but is not a document of ours, so it has no number or verification page.
 */
@Entity
@Table(name = "external_trainings")
public class ExternalTraining {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(nullable = false, length = 250)
  private String provider;

  @Column(name = "programme_title", nullable = false, length = 250)
  private String programmeTitle;

  @Column(name = "academic_hours", nullable = false)
  private int academicHours;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(name = "document_number", length = 60)
  private String documentNumber;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 120)
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] data;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected ExternalTraining() {}

  ExternalTraining(
      long personId, String provider, String programmeTitle, int academicHours, LocalDate completedOn,
      String documentNumber, String reason, ru.shibc.academy.platform.files.StoredFile file, Instant at, String by) {
    this.personId = personId;
    this.provider = provider;
    this.programmeTitle = programmeTitle;
    this.academicHours = academicHours;
    this.completedOn = completedOn;
    this.documentNumber = documentNumber;
    this.reason = reason;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.data = file.data();
    this.recordedAt = at;
    this.recordedBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public String getProvider() {
    return provider;
  }

  public String getProgrammeTitle() {
    return programmeTitle;
  }

  public int getAcademicHours() {
    return academicHours;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public String getReason() {
    return reason;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getData() {
    return data;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
