package ru.shibc.academy.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

/** A named group of staff for enrolment and audiences, e.g. "Пилотные площадки ШИБЦ". */
@Entity
@Table(name = "cohorts")
public class Cohort {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 150)
  private String name;

  @Column(length = 1000)
  private String description;

  @ManyToMany
  @JoinTable(
      name = "cohort_members",
      joinColumns = @JoinColumn(name = "cohort_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> members = new LinkedHashSet<>();

  @Version private long version;

  protected Cohort() {}

  public Cohort(String name, String description) {
    describe(name, description);
  }

  public void describe(String name, String description) {
    this.name = name.strip();
    this.description = description == null || description.isBlank() ? null : description.strip();
  }

  public boolean add(Person person) {
    return members.add(person);
  }

  public boolean remove(Person person) {
    return members.remove(person);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Set<Person> getMembers() {
    return Set.copyOf(members);
  }

  public int size() {
    return members.size();
  }
}
