package ru.shibc.academy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A place in a quiz: one fixed question, or {@code randomCount} questions drawn from a category. */
@Entity
@Table(name = "quiz_slots")
public class QuizSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "quiz_id", nullable = false)
  private long quizId;

  @Column(nullable = false)
  private int position;

  @Column(name = "question_id")
  private Long questionId;

  @Column(name = "category_id")
  private Long categoryId;

  @Column(name = "random_count")
  private Integer randomCount;

  @Column(nullable = false, precision = 8, scale = 2)
  private BigDecimal mark;

  protected QuizSlot() {}

  QuizSlot(long quizId, int position, Long questionId, Long categoryId, Integer randomCount, BigDecimal mark) {
    this.quizId = quizId;
    this.position = position;
    this.questionId = questionId;
    this.categoryId = categoryId;
    this.randomCount = randomCount;
    this.mark = mark;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public Integer getRandomCount() {
    return randomCount;
  }

  public BigDecimal getMark() {
    return mark;
  }

  public boolean isRandom() {
    return questionId == null;
  }
}
