package ru.shibc.academy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A folder of the question bank: a course's own, or shared by the platform (no course). */
@Entity
@Table(name = "question_categories")
public class QuestionCategory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "course_id")
  private Long courseId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected QuestionCategory() {}

  public QuestionCategory(Long parentId, Long courseId, String name, Instant createdAt) {
    this.parentId = parentId;
    this.courseId = courseId;
    this.name = name;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getParentId() {
    return parentId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getName() {
    return name;
  }
}
