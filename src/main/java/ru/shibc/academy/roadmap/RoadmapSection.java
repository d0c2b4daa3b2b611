package ru.shibc.academy.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered section of a roadmap, e.g. «3. Методическое сопровождение деятельности ШИБЦ». */
@Entity
@Table(name = "roadmap_sections")
public class RoadmapSection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "roadmap_id", nullable = false)
  private long roadmapId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 1000)
  private String title;

  protected RoadmapSection() {}

  RoadmapSection(long roadmapId, int number, String title) {
    this.roadmapId = roadmapId;
    this.number = number;
    this.title = title;
  }

  public Long getId() {
    return id;
  }

  public long getRoadmapId() {
    return roadmapId;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }
}
