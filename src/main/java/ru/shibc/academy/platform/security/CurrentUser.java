package ru.shibc.academy.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/** Who is asking, for services that decide what a caller may see. */
@RequestScoped
public class CurrentUser {

  public static final String SYSTEM = "system";

  @Inject private SecurityContext security;
  @Inject private Accounts accounts;
  @Inject private jakarta.enterprise.inject.Instance<jakarta.servlet.http.HttpServletRequest> request;

  private Optional<Account> account;
  /** The caller, asked once per request (each question goes through the security context). */
  private Optional<Principal> principal;
  /** Role answers already asked this request: each question otherwise goes through JACC. */
  private final java.util.Map<Role, Boolean> roles = new java.util.EnumMap<>(Role.class);

  /** The caller's username, or {@value #SYSTEM} for work done without a caller. */
  public String username() {
    Principal principal = principal();
    return principal == null ? SYSTEM : principal.getName();
  }

  public boolean isSignedIn() {
    return principal() != null;
  }

  public boolean has(Role role) {
    return roles.computeIfAbsent(role, r -> principal() != null && inRole(r));
  }

  /** From the roles the authentication mechanism gave this request, else from the container. */
  private boolean inRole(Role role) {
    try {
      if (request.get().getAttribute(AcademyAuthenticationMechanism.CALLER_ROLES) instanceof Set<?> given) {
        return given.contains(role.name());
      }
    } catch (RuntimeException e) {
      // no HTTP request here (a job, a timer): ask the container
    }
    return security.isCallerInRole(role.name());
  }

  public boolean hasAny(Role... roles) {
    for (Role role : roles) {
      if (has(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The caller's person in the district, if their account belongs to one: as the authentication
   * mechanism found it for this request, else from the account.
   */
  public Optional<Long> personId() {
    if (isSignedIn()) {
      try {
        jakarta.servlet.http.HttpServletRequest r = request.get();
        Object known = r.getAttribute(AcademyAuthenticationMechanism.CALLER_PERSON);
        if (known instanceof Long id) {
          return Optional.of(id);
        }
      } catch (RuntimeException e) {
        // no HTTP request here (a job, a timer): look the account up
      }
    }
    return account().map(Account::getPersonId);
  }

  public Optional<Account> account() {
    if (account == null) {
      Principal principal = principal();
      account = principal == null ? Optional.empty() : accounts.byUsername(principal.getName());
    }
    return account;
  }

  private Principal principal() {
    if (principal == null) {
      try {
        principal = Optional.ofNullable(security.getCallerPrincipal());
      } catch (IllegalStateException e) {
        return null; // outside a request, e.g. a startup job
      }
    }
    return principal.orElse(null);
  }
}
