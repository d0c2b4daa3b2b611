package ru.shibc.academy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password, with a lockout after repeated failures. The password hash is
 * computed outside any transaction: it takes about 0.3 s and must not hold a row lock.
 */
@ApplicationScoped
public class LoginService {

  @Inject private Accounts accounts;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "shibc.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "shibc.login.lockout-minutes", defaultValue = "15")
  int lockoutMinutes;

  private final PasswordHasher hasher = new PasswordHasher();
  // Unknown usernames still cost one hash, so that timing does not tell which usernames exist.
  private final String decoyHash = hasher.hash("decoy-" + System.nanoTime());

  public LoginResult login(String username, String password) {
    if (username == null || password == null || username.isBlank() || username.length() > 100) {
      hasher.verify("", decoyHash);
      return new LoginResult.Invalid();
    }
    Optional<Account> found = accounts.byUsername(username.trim());
    if (found.isEmpty() || !found.get().isEnabled()) {
      hasher.verify(password, decoyHash);
      return new LoginResult.Invalid();
    }
    Account account = found.get();
    Instant now = clock.instant();
    if (account.isLockedAt(now)) {
      return new LoginResult.Locked(account.getLockedUntil());
    }
    if (account.getPasswordHash() != null && hasher.verify(password, account.getPasswordHash())) {
      accounts.recordSuccess(account.getId());
      return new LoginResult.Success(account.getId(), account.getUsername(), account.getRoles(), account.getPersonId());
    }
    Instant until = now.plus(Duration.ofMinutes(lockoutMinutes));
    return accounts
        .recordFailure(account.getId(), maxFailures, until)
        .<LoginResult>map(LoginResult.Locked::new)
        .orElseGet(LoginResult.Invalid::new);
  }
}
