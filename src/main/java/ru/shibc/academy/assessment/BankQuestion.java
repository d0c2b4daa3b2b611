package ru.shibc.academy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionJson;

/** A question as the bank stores it: its type's JSON, and a revision counted up on each edit. */
@Entity
@Table(name = "questions")
public class BankQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "category_id", nullable = false)
  private long categoryId;

  @Column(nullable = false, length = 30)
  private String type;

  @Column(nullable = false, length = 255)
  private String name;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private int revision = 1;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected BankQuestion() {}

  public BankQuestion(long categoryId, Question question, String by, Instant at) {
    this.categoryId = categoryId;
    this.createdAt = at;
    set(question, by, at);
    this.revision = 1;
  }

  void replace(Question question, String by, Instant at) {
    set(question, by, at);
    revision++;
  }

  void moveTo(long categoryId) {
    this.categoryId = categoryId;
  }

  private void set(Question question, String by, Instant at) {
    this.type = question.type();
    this.name = question.name().length() > 255 ? question.name().substring(0, 255) : question.name();
    this.body = QuestionJson.write(question);
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public Question question() {
    return QuestionJson.readQuestion(body);
  }

  public Long getId() {
    return id;
  }

  public long getCategoryId() {
    return categoryId;
  }

  public String getType() {
    return type;
  }

  public String getName() {
    return name;
  }

  public String getBody() {
    return body;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
