package ru.shibc.academy.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of staff: a librarian, a teacher, a methodologist. СНИЛС and birth date are personal
 * data for the federal register export, shown only to administrators and methodologists.
 */
@Entity
@Table(name = "people")
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String surname;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(length = 100)
  private String patronymic;

  @Column(nullable = false, length = 150)
  private String position;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(length = 11)
  private String snils;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(length = 1)
  private Sex sex;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Person() {}

  public Person(PersonDetails details, Organisation organisation, Instant createdAt) {
    this.createdAt = createdAt;
    update(details, organisation);
  }

  public void update(PersonDetails details, Organisation organisation) {
    this.surname = details.surname();
    this.name = details.name();
    this.patronymic = details.patronymic();
    this.position = details.position();
    this.email = details.email();
    this.snils = details.snils() == null ? null : details.snils().digits();
    this.birthDate = details.birthDate();
    this.sex = details.sex();
    this.organisation = organisation;
  }

  /** "Иванова Мария Петровна". */
  public String fullName() {
    return patronymic == null ? surname + " " + name : surname + " " + name + " " + patronymic;
  }

  public Long getId() {
    return id;
  }

  public String getSurname() {
    return surname;
  }

  public String getName() {
    return name;
  }

  public String getPatronymic() {
    return patronymic;
  }

  public String getPosition() {
    return position;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getEmail() {
    return email;
  }

  public Snils getSnils() {
    return snils == null ? null : Snils.parse(snils);
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  /** M or F; null until someone records it. */
  public Sex getSex() {
    return sex;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
