package ru.shibc.academy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.database.LikePatterns;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.Accounts;
import ru.shibc.academy.platform.security.PasswordHasher;
import ru.shibc.academy.platform.security.Role;

/** The district's staff and their accounts. */
@ApplicationScoped
public class Staff {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Event<PersonMoved> moved;

  @Inject private Organisations organisations;
  @Inject private Accounts accounts;
  @Inject private ru.shibc.academy.platform.security.TokenService tokens;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  private final PasswordHasher hasher = new PasswordHasher();

  /** A page of people, and how many match in all. */
  public record Page(List<Person> people, long total) {}

  /** Who may sign in as a person, and as what. */
  public record AccountDraft(String username, String password, Set<Role> roles, boolean enabled) {}

  /** A snapshot for the audit log; personal data is left out of it on purpose. */
  public record State(String fullName, String position, String organisation, String email) {
    static State of(Person p) {
      return new State(p.fullName(), p.getPosition(), p.getOrganisation().getShortName(), p.getEmail());
    }
  }

  public record AccountState(String username, Set<Role> roles, boolean enabled) {
    static AccountState of(Account a) {
      return new AccountState(a.getUsername(), a.getRoles(), a.isEnabled());
    }
  }

  public Optional<Person> find(long id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  public Person get(long id) {
    return find(id).orElseThrow(() -> AcademyException.notFound("person"));
  }

  /** Search by surname, name or e-mail, optionally within an organisation; sorted by name. */
  public Page search(String text, Long organisationId, int first, int max) {
    String where =
        " where (:org is null or p.organisation.id = :org)"
            + " and (:q is null or lower(p.surname) like :q or lower(p.name) like :q"
            + " or lower(p.email) like :q)";
    TypedQuery<Person> page =
        em.createQuery(
            "select p from Person p" + where + " order by p.surname, p.name, p.patronymic, p.id",
            Person.class);
    TypedQuery<Long> count = em.createQuery("select count(p) from Person p" + where, Long.class);
    String pattern = LikePatterns.contains(text);
    for (TypedQuery<?> q : List.of(page, count)) {
      q.setParameter("org", organisationId);
      q.setParameter("q", pattern);
    }
    return new Page(page.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
  }

  /** Accounts of the given people, by person id, in one query. */
  public Map<Long, Account> accountsOf(List<Person> people) {
    if (people.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = people.stream().map(Person::getId).toList();
    return em.createQuery("select a from Account a where a.personId in :ids", Account.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Account::getPersonId, Function.identity()));
  }

  /** The people with these ids (unknown ids are left out), with their organisations. */
  public List<Person> byIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Person p join fetch p.organisation where p.id in :ids", Person.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Everyone on the staff of these organisations. */
  public List<Person> inOrganisations(java.util.Collection<Long> organisationIds) {
    if (organisationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from Person p join fetch p.organisation o where o.id in :ids order by p.surname, p.name",
            Person.class)
        .setParameter("ids", organisationIds)
        .getResultList();
  }

  public boolean emailTaken(String email) {
    return !em.createQuery("select p.id from Person p where p.email = :e", Long.class)
        .setParameter("e", email.strip().toLowerCase())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public boolean snilsTaken(String digits) {
    return !em.createQuery("select p.id from Person p where p.snils = :s", Long.class)
        .setParameter("s", digits)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Transactional
  public Person register(PersonDetails details, long organisationId) {
    Organisation organisation = organisations.get(organisationId);
    requireUnique(details, null);
    Person person = new Person(details, organisation, clock.instant());
    em.persist(person);
    em.flush();
    audit.record("person.created", "Person", person.getId(), null, State.of(person));
    return person;
  }

  @Transactional
  public Person update(long id, Long expectedVersion, PersonDetails details, long organisationId) {
    Person person = get(id);
    Organisations.requireVersion(expectedVersion, person.getVersion());
    Organisation organisation = organisations.get(organisationId);
    requireUnique(details, id);
    State before = State.of(person);
    long movedFrom = person.getOrganisation().getId();
    person.update(details, organisation);
    em.flush();
    audit.record("person.updated", "Person", id, before, State.of(person));
    if (movedFrom != organisationId) {
      moved.fire(new PersonMoved(id, movedFrom, organisationId));
    }
    return person;
  }

  /** Creates or changes a person's account: username, roles, enabled, and a new password. */
  @Transactional
  public Account saveAccount(long personId, AccountDraft draft) {
    get(personId);
    Optional<Account> existing = accounts.byPerson(personId);
    String username = draft.username().strip();
    accounts
        .byUsername(username)
        .filter(other -> !other.getPersonId().equals(personId))
        .ifPresent(
            other -> {
              throw AcademyException.conflict("account.usernameTaken", username);
            });
    if (existing.isEmpty()) {
      String hash = draft.password() == null ? null : hasher.hash(draft.password());
      Account created = accounts.create(username, personId, roles(draft), hash);
      created.setEnabled(draft.enabled());
      audit.record("account.created", "Account", created.getId(), null, AccountState.of(created));
      return created;
    }
    Account account = existing.get();
    if (!account.getUsername().equals(username)) {
      throw AcademyException.invalid("account.usernameFixed");
    }
    AccountState before = AccountState.of(account);
    account.setRoles(roles(draft));
    account.setEnabled(draft.enabled());
    tokens.forgetChecked(); // new roles or a disabled account take effect at the next request
    if (draft.password() != null) {
      account.setPasswordHash(hasher.hash(draft.password()));
      account.unlock();
    }
    audit.record(
        draft.password() == null ? "account.updated" : "account.passwordSet",
        "Account",
        account.getId(),
        before,
        AccountState.of(account));
    return account;
  }

  private static Set<Role> roles(AccountDraft draft) {
    return draft.roles() == null || draft.roles().isEmpty()
        ? EnumSet.of(Role.LEARNER)
        : EnumSet.copyOf(draft.roles());
  }

  private void requireUnique(PersonDetails details, Long exceptId) {
    List<Long> sameEmail =
        em.createQuery("select p.id from Person p where p.email = :e", Long.class)
            .setParameter("e", details.email())
            .getResultList();
    if (sameEmail.stream().anyMatch(found -> !found.equals(exceptId))) {
      throw AcademyException.conflict("person.emailTaken", details.email());
    }
    if (details.snils() != null) {
      List<Long> sameSnils =
          em.createQuery("select p.id from Person p where p.snils = :s", Long.class)
              .setParameter("s", details.snils().digits())
              .getResultList();
      if (sameSnils.stream().anyMatch(found -> !found.equals(exceptId))) {
        throw AcademyException.conflict("person.snilsTaken");
      }
    }
  }

}
