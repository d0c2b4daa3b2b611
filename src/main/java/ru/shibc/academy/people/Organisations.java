package ru.shibc.academy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/** The district's organisations: list, register, rename, move a school to a model stage. */
@ApplicationScoped
public class Organisations {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;

  /** What an organisation is made of, checked by the caller's form or API. */
  public record Draft(
      OrganisationKind kind, String name, String shortName, ModelStage stage, LocalDate reachedOn) {}

  /** A snapshot for the audit log. */
  public record State(String kind, String name, String shortName, String stage, String reachedOn) {
    static State of(Organisation o) {
      return new State(
          o.getKind().name(),
          o.getName(),
          o.getShortName(),
          o.getModelStage() == null ? null : o.getModelStage().name(),
          o.getModelStageReachedOn() == null ? null : o.getModelStageReachedOn().toString());
    }
  }

  public List<Organisation> list(OrganisationKind kind) {
    return em.createQuery(
            "select o from Organisation o where (:kind is null or o.kind = :kind)"
                + " order by o.kind, o.shortName",
            Organisation.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  public Optional<Organisation> find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  public Organisation get(long id) {
    return find(id).orElseThrow(() -> AcademyException.notFound("organisation"));
  }

  /** Staff count per organisation id, in one query. */
  public Map<Long, Long> staffCounts() {
    return em.createQuery(
            "select p.organisation.id, count(p) from Person p group by p.organisation.id", Object[].class)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
  }

  /** How many organisations, schools among them, and people the district has. */
  public record DistrictCounts(long organisations, long schools, long staff) {}

  /** The district's counts in two aggregate queries, whatever its size (the home page shows them). */
  public DistrictCounts districtCounts() {
    List<Object[]> byKind =
        em.createQuery("select o.kind, count(o) from Organisation o group by o.kind", Object[].class).getResultList();
    long all = byKind.stream().mapToLong(r -> (Long) r[1]).sum();
    long schools = byKind.stream().filter(r -> r[0] == OrganisationKind.SCHOOL).mapToLong(r -> (Long) r[1]).sum();
    long staff = em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    return new DistrictCounts(all, schools, staff);
  }

  /** Finds by full or short name, ignoring case and extra spaces: how people write it in files. */
  public Optional<Long> findIdByName(String nameOrShortName) {
    String normal = nameOrShortName.strip().replaceAll("\\s+", " ");
    return em.createQuery(
            "select o.id from Organisation o where lower(o.shortName) = lower(:n) or lower(o.name) = lower(:n)",
            Long.class)
        .setParameter("n", normal)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Transactional
  public Organisation register(Draft draft) {
    requireUniqueShortName(draft.shortName(), null);
    Organisation organisation = new Organisation(draft.kind(), draft.name().strip(), draft.shortName().strip());
    applyStage(organisation, draft);
    em.persist(organisation);
    em.flush();
    audit.record("organisation.created", "Organisation", organisation.getId(), null, State.of(organisation));
    return organisation;
  }

  @Transactional
  public Organisation update(long id, Long expectedVersion, Draft draft) {
    Organisation organisation = get(id);
    requireVersion(expectedVersion, organisation.getVersion());
    if (draft.kind() != organisation.getKind()) {
      throw AcademyException.invalid("organisation.kindFixed");
    }
    boolean renamed =
        !organisation.getName().equals(draft.name().strip())
            || !organisation.getShortName().equals(draft.shortName().strip());
    if (renamed && !currentUser.has(Role.ADMIN)) {
      throw AcademyException.forbidden(); // the department moves schools between stages only
    }
    requireUniqueShortName(draft.shortName(), id);
    State before = State.of(organisation);
    organisation.rename(draft.name().strip(), draft.shortName().strip());
    applyStage(organisation, draft);
    em.flush();
    audit.record("organisation.updated", "Organisation", id, before, State.of(organisation));
    return organisation;
  }

  private static void applyStage(Organisation organisation, Draft draft) {
    if (organisation.getKind() != OrganisationKind.SCHOOL
        && draft.stage() != null
        && draft.stage() != ModelStage.NONE) {
      throw AcademyException.invalid("organisation.stageOnlyForSchools");
    }
    if (draft.stage() != null && draft.stage() != ModelStage.NONE && draft.reachedOn() == null) {
      throw AcademyException.invalid("organisation.stageNeedsDate");
    }
    organisation.placeAtStage(draft.stage(), draft.reachedOn());
  }

  private void requireUniqueShortName(String shortName, Long exceptId) {
    boolean taken =
        em.createQuery("select o.id from Organisation o where lower(o.shortName) = lower(:s)", Long.class)
            .setParameter("s", shortName.strip())
            .getResultList()
            .stream()
            .anyMatch(found -> !found.equals(exceptId));
    if (taken) {
      throw AcademyException.conflict("organisation.shortNameTaken", shortName.strip());
    }
  }

  static void requireVersion(Long expected, long actual) {
    if (expected != null && expected != actual) {
      throw AcademyException.conflict("error.staleVersion");
    }
  }
}
