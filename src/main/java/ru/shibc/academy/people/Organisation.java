package ru.shibc.academy.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An organisation of the district; a school also carries its ШИБЦ model stage. */
@Entity
@Table(name = "organisations")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private OrganisationKind kind;

  @Column(nullable = false, length = 250)
  private String name;

  @Column(name = "short_name", nullable = false, length = 60)
  private String shortName;

  @Enumerated(EnumType.STRING)
  @Column(name = "model_stage", length = 20)
  private ModelStage modelStage;

  @Column(name = "model_stage_reached_on")
  private LocalDate modelStageReachedOn;

  @Version private long version;

  protected Organisation() {}

  public Organisation(OrganisationKind kind, String name, String shortName) {
    this.kind = kind;
    this.name = name;
    this.shortName = shortName;
    this.modelStage = kind == OrganisationKind.SCHOOL ? ModelStage.NONE : null;
  }

  /**
   * Moves a school to a model stage. Only schools have one; a stage other than NONE needs the
   * date it was reached, and NONE has no date.
   */
  public void placeAtStage(ModelStage stage, LocalDate reachedOn) {
    if (kind != OrganisationKind.SCHOOL) {
      if (stage != null && stage != ModelStage.NONE) {
        throw new IllegalArgumentException("only schools have a model stage");
      }
      return;
    }
    ModelStage effective = stage == null ? ModelStage.NONE : stage;
    if (effective != ModelStage.NONE && reachedOn == null) {
      throw new IllegalArgumentException("a model stage needs the date it was reached");
    }
    this.modelStage = effective;
    this.modelStageReachedOn = effective == ModelStage.NONE ? null : reachedOn;
  }

  public void rename(String name, String shortName) {
    this.name = name;
    this.shortName = shortName;
  }

  public Long getId() {
    return id;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public ModelStage getModelStage() {
    return modelStage;
  }

  public LocalDate getModelStageReachedOn() {
    return modelStageReachedOn;
  }

  public long getVersion() {
    return version;
  }
}
