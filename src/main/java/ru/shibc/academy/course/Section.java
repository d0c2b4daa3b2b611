package ru.shibc.academy.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course section (модуль, тема), in order. */
@Entity
@Table(name = "course_sections")
public class Section {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 250)
  private String title;

  private String summary;

  protected Section() {}

  public Section(long courseId, int position, String title, String summary) {
    this.courseId = courseId;
    this.position = position;
    describe(title, summary);
  }

  public void describe(String title, String summary) {
    this.title = title;
    this.summary = summary;
  }

  void moveTo(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }
}
