package ru.shibc.academy.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.TokenService;

/**
 * A bearer token for the scripts of the signed-in user's pages ({@code #{pageToken.value}}): the
 * API accepts changes only with a bearer token, never with the session cookie alone, and a token
 * written into a page cannot be read by another site. One token per session, renewed an hour
 * before it expires.
 */
@Named("pageToken")
@SessionScoped
public class PageToken implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TokenService tokens;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private String value;
  private Instant expiresAt;

  public synchronized String getValue() {
    if (value == null || clock.instant().plus(Duration.ofHours(1)).isAfter(expiresAt)) {
      long accountId =
          currentUser.account().orElseThrow(() -> new IllegalStateException("no signed-in account")).getId();
      TokenService.IssuedToken issued = tokens.issue(accountId);
      value = issued.token();
      expiresAt = issued.expiresAt();
    }
    return value;
  }
}
