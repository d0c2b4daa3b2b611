package ru.shibc.academy.course;

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
import ru.shibc.academy.platform.files.StoredFile;

/** The file of a file activity, kept in the database with the rest of the course. */
@Entity
@Table(name = "course_files")
public class CourseFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 120)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] data;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected CourseFile() {}

  public CourseFile(long activityId, StoredFile file, Instant uploadedAt) {
    this.activityId = activityId;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.size = file.data().length;
    this.sha256 = file.sha256();
    this.data = file.data();
    this.uploadedAt = uploadedAt;
  }

  public StoredFile toStoredFile() {
    return new StoredFile(fileName, contentType, data, sha256);
  }

  public Long getActivityId() {
    return activityId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }
}
