package ru.shibc.academy.platform.security;

import java.time.Instant;
import java.util.Set;

/** What a login attempt came to. */
public sealed interface LoginResult {

  record Success(long accountId, String username, Set<Role> roles, Long personId) implements LoginResult {}

  /** Wrong username or password: which of the two is never told. */
  record Invalid() implements LoginResult {}

  record Locked(Instant until) implements LoginResult {}
}
