package ru.shibc.academy.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A roadmap: a plan over a period of whole years, e.g. 2019–2021, with numbered sections. */
@Entity
@Table(name = "roadmaps")
public class Roadmap {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(name = "approved_by", length = 500)
  private String approvedBy;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "copied_from_id")
  private Long copiedFromId;

  @Column(name = "seed_key", length = 100)
  private String seedKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Roadmap() {}

  Roadmap(String title, String approvedBy, LocalDate periodStart, LocalDate periodEnd, Long copiedFromId,
      String seedKey, Instant createdAt) {
    this.title = title;
    this.approvedBy = approvedBy;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.copiedFromId = copiedFromId;
    this.seedKey = seedKey;
    this.createdAt = createdAt;
  }

  void retitle(String title, String approvedBy, LocalDate start, LocalDate end) {
    this.title = title;
    this.approvedBy = approvedBy;
    this.periodStart = start;
    this.periodEnd = end;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public Long getCopiedFromId() {
    return copiedFromId;
  }

  public String getSeedKey() {
    return seedKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
