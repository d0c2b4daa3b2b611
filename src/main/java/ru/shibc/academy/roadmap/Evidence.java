package ru.shibc.academy.roadmap;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.shibc.academy.platform.files.StoredFile;

/** A document that shows an item was carried out: a приказ, протокол, справка… with its file. */
@Entity
@Table(name = "roadmap_evidence")
public class Evidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_kind", nullable = false, length = 30)
  private EvidenceKind kind;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(name = "document_date")
  private LocalDate documentDate;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 120)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] data;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Evidence() {}

  /** A listing's row, without the file's bytes (read by a constructor query). */
  public Evidence(
      Long id, long itemId, EvidenceKind kind, String title, LocalDate documentDate, String fileName,
      String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    this.id = id;
    this.itemId = itemId;
    this.kind = kind;
    this.title = title;
    this.documentDate = documentDate;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  Evidence(long itemId, EvidenceKind kind, String title, LocalDate documentDate, StoredFile file, String by, Instant at) {
    this.itemId = itemId;
    this.kind = kind;
    this.title = title;
    this.documentDate = documentDate;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.data().length;
    this.sha256 = file.sha256();
    this.data = file.data();
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  /** How the history names a document: its title, and its file name when that differs. */
  static String label(String title, String fileName) {
    return title.equals(fileName) ? title : title + " (" + fileName + ")";
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDocumentDate() {
    return documentDate;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getData() {
    return data;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
