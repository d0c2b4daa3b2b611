package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.time.Clocks;

/**
 * The three-year cycle: teachers and library staff must upgrade their qualification at least once
 * every three years. A valid certificate of ours or a recorded training elsewhere of at least 16
 * hours counts; the due date is three years after the latest.
 */
@ApplicationScoped
public class QualificationCycle {

  static final int YEARS = 3;
  static final int WARN_MONTHS = 6;
  static final int MIN_HOURS = 16;

  /** One person's standing. */
  public record Standing(Person person, LocalDate lastTrainedOn, LocalDate dueOn, CycleState state) {
    public Person getPerson() {
      return person;
    }

    public LocalDate getLastTrainedOn() {
      return lastTrainedOn;
    }

    public LocalDate getDueOn() {
      return dueOn;
    }

    public CycleState getState() {
      return state;
    }
  }

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Staff staff;
  @Inject private Clock clock;

  /** The standing of each of the people, in their order. */
  public List<Standing> of(List<Person> people) {
    Map<Long, LocalDate> last = lastTrained(people.stream().map(Person::getId).toList());
    LocalDate today = Clocks.day(clock.instant());
    return people.stream().map(p -> standing(p, last.get(p.getId()), today)).toList();
  }

  /** The standing of a school's staff, or the whole district's when the school is null. */
  public List<Standing> ofOrganisation(Long organisationId) {
    List<Person> people =
        organisationId == null ? staff.search(null, null, 0, 100_000).people() : staff.inOrganisations(List.of(organisationId));
    return of(people);
  }

  static Standing standing(Person person, LocalDate last, LocalDate today) {
    if (last == null) {
      return new Standing(person, null, null, CycleState.NEVER);
    }
    LocalDate due = last.plusYears(YEARS);
    CycleState state;
    if (due.isBefore(today)) {
      state = CycleState.OVERDUE;
    } else if (!due.isAfter(today.plusMonths(WARN_MONTHS))) {
      state = CycleState.DUE_SOON;
    } else {
      state = CycleState.CURRENT;
    }
    return new Standing(person, last, due, state);
  }

  private Map<Long, LocalDate> lastTrained(Collection<Long> personIds) {
    Map<Long, LocalDate> last = new HashMap<>();
    if (personIds.isEmpty()) {
      return last;
    }
    String ids = String.join(",", personIds.stream().map(String::valueOf).toList());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT person_id, MAX(issued_on) FROM certificates WHERE status = 'VALID' AND academic_hours >= "
                    + MIN_HOURS + " AND person_id IN (" + ids + ") GROUP BY person_id"
                    + " UNION ALL SELECT person_id, MAX(completed_on) FROM external_trainings WHERE academic_hours >= "
                    + MIN_HOURS + " AND person_id IN (" + ids + ") GROUP BY person_id")
            .getResultList();
    for (Object[] r : rows) {
      LocalDate d = r[1] instanceof Date sql ? sql.toLocalDate() : (LocalDate) r[1];
      last.merge(((Number) r[0]).longValue(), d, (a, b) -> a.isAfter(b) ? a : b);
    }
    return last;
  }
}
