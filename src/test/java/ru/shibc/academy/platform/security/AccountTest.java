package ru.shibc.academy.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
  private static final Instant UNTIL = NOW.plus(Duration.ofMinutes(15));

  private final Account account = new Account("ivanova.mp", 7L, EnumSet.of(Role.LEARNER), NOW);

  @Test
  void fourFailuresDoNotLockButTheFifthDoes() {
    for (int i = 0; i < 4; i++) {
      account.failedLogin(5, UNTIL);
    }
    assertFalse(account.isLockedAt(NOW));
    account.failedLogin(5, UNTIL);
    assertTrue(account.isLockedAt(NOW));
    assertEquals(UNTIL, account.getLockedUntil());
  }

  @Test
  void theLockEndsByItself() {
    for (int i = 0; i < 5; i++) {
      account.failedLogin(5, UNTIL);
    }
    assertFalse(account.isLockedAt(UNTIL.plusSeconds(1)));
  }

  @Test
  void aSuccessfulLoginForgetsEarlierFailures() {
    for (int i = 0; i < 4; i++) {
      account.failedLogin(5, UNTIL);
    }
    account.succeededLogin();
    account.failedLogin(5, UNTIL);
    assertFalse(account.isLockedAt(NOW));
    assertEquals(1, account.getFailedLogins());
  }

  @Test
  void anAccountWithoutRolesHasNone() {
    Account none = new Account("x", null, EnumSet.noneOf(Role.class), NOW);
    assertTrue(none.getRoles().isEmpty());
  }
}
