package ru.shibc.academy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores accounts and keeps their login counters. */
@ApplicationScoped
public class Accounts {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;

  public Optional<Account> byUsername(String username) {
    List<Account> found =
        em.createQuery("select a from Account a where a.username = :u", Account.class)
            .setParameter("u", username)
            .getResultList();
    return found.stream().findFirst();
  }

  public Optional<Account> byPerson(long personId) {
    return em.createQuery("select a from Account a where a.personId = :p", Account.class)
        .setParameter("p", personId)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<Account> byId(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public boolean usernameTaken(String username) {
    return !em.createQuery("select a.id from Account a where a.username = :u", Long.class)
        .setParameter("u", username)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Transactional
  public Account create(String username, Long personId, Set<Role> roles, String passwordHash) {
    Account account = new Account(username, personId, roles, clock.instant());
    account.setPasswordHash(passwordHash);
    em.persist(account);
    em.flush();
    return account;
  }

  /** Counts a failed login under a row lock, so that parallel guesses are all counted. */
  @Transactional
  Optional<Instant> recordFailure(long accountId, int maxFailures, Instant lockedUntil) {
    Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    account.failedLogin(maxFailures, lockedUntil);
    return Optional.ofNullable(account.getLockedUntil()).filter(until -> until.equals(lockedUntil));
  }

  @Transactional
  void recordSuccess(long accountId) {
    Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (account.getFailedLogins() > 0 || account.getLockedUntil() != null) {
      account.succeededLogin();
    }
  }
}
