package ru.shibc.academy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;

/** Cohorts: named groups of staff, e.g. a school's librarians or the pilot sites. */
@ApplicationScoped
public class Cohorts {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private AuditLog audit;

  public record State(String name, String description, int members) {
    static State of(Cohort c) {
      return new State(c.getName(), c.getDescription(), c.size());
    }
  }

  public List<Cohort> list() {
    return em.createQuery("select c from Cohort c order by c.name", Cohort.class).getResultList();
  }

  /** Member count per cohort id, in one query. */
  public Map<Long, Long> sizes() {
    return em.createQuery(
            "select c.id, count(m) from Cohort c left join c.members m group by c.id", Object[].class)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
  }

  public Optional<Cohort> find(long id) {
    return Optional.ofNullable(em.find(Cohort.class, id));
  }

  public Cohort get(long id) {
    return find(id).orElseThrow(() -> AcademyException.notFound("cohort"));
  }

  /** Members sorted by name, with their organisations, in one query. */
  public List<Person> members(long cohortId) {
    get(cohortId);
    return em.createQuery(
            "select p from Cohort c join c.members p join fetch p.organisation where c.id = :id"
                + " order by p.surname, p.name",
            Person.class)
        .setParameter("id", cohortId)
        .getResultList();
  }

  @Transactional
  public Cohort create(String name, String description) {
    requireUniqueName(name, null);
    Cohort cohort = new Cohort(name, description);
    em.persist(cohort);
    em.flush();
    audit.record("cohort.created", "Cohort", cohort.getId(), null, State.of(cohort));
    return cohort;
  }

  @Transactional
  public Cohort describe(long id, String name, String description) {
    Cohort cohort = get(id);
    requireUniqueName(name, id);
    State before = State.of(cohort);
    cohort.describe(name, description);
    audit.record("cohort.updated", "Cohort", id, before, State.of(cohort));
    return cohort;
  }

  @Transactional
  public void delete(long id) {
    Cohort cohort = get(id);
    State before = State.of(cohort);
    em.remove(cohort);
    audit.record("cohort.deleted", "Cohort", id, before, null);
  }

  /**
   * Adds people, and all staff of whole organisations, to a cohort. Unknown ids refuse the whole
   * request; people already in the cohort are skipped. Answers how many were added.
   */
  @Transactional
  public int addMembers(long id, Collection<Long> personIds, Collection<Long> organisationIds) {
    Cohort cohort = get(id);
    Set<Person> adding = new LinkedHashSet<>();
    for (Long personId : personIds) {
      Person person = em.find(Person.class, personId);
      if (person == null) {
        throw AcademyException.invalid("cohort.unknownPerson", String.valueOf(personId));
      }
      adding.add(person);
    }
    for (Long organisationId : organisationIds) {
      if (em.find(Organisation.class, organisationId) == null) {
        throw AcademyException.invalid("cohort.unknownOrganisation", String.valueOf(organisationId));
      }
      adding.addAll(
          em.createQuery("select p from Person p where p.organisation.id = :o", Person.class)
              .setParameter("o", organisationId)
              .getResultList());
    }
    State before = State.of(cohort);
    int added = (int) adding.stream().filter(cohort::add).count();
    if (added > 0) {
      audit.record("cohort.membersAdded", "Cohort", id, before, State.of(cohort));
    }
    return added;
  }

  @Transactional
  public void removeMember(long id, long personId) {
    Cohort cohort = get(id);
    Person person = em.find(Person.class, personId);
    State before = State.of(cohort);
    if (person == null || !cohort.remove(person)) {
      throw AcademyException.notFound("cohortMember");
    }
    audit.record("cohort.memberRemoved", "Cohort", id, before, State.of(cohort));
  }

  private void requireUniqueName(String name, Long exceptId) {
    boolean taken =
        em.createQuery("select c.id from Cohort c where lower(c.name) = lower(:n)", Long.class)
            .setParameter("n", name.strip())
            .getResultList()
            .stream()
            .anyMatch(found -> !found.equals(exceptId));
    if (taken) {
      throw AcademyException.conflict("cohort.nameTaken", name.strip());
    }
  }
}
