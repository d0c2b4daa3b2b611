package ru.shibc.academy.webinar.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.platform.web.ClientAddress;
import ru.shibc.academy.platform.web.RateLimiter;

/**
 * How often one client address may fetch calendar feeds. The feed is public (calendars cannot
 * sign in), so its 256-bit token is the only key; a limit keeps anyone from trying tokens in bulk
 * or loading the server through it. Calendars poll every few hours, far below the limit.
 */
@ApplicationScoped
public class FeedLimiter {

  private final RateLimiter limiter;
  private final ClientAddress clients;

  @Inject
  FeedLimiter(
      @ConfigProperty(name = "shibc.calendar-feed.requests-per-minute", defaultValue = "30") int perMinute,
      @ConfigProperty(name = "shibc.trusted-proxies") Optional<String> trustedProxies) {
    this.limiter = new RateLimiter(perMinute);
    this.clients = new ClientAddress(trustedProxies.orElse(""));
  }

  /** For CDI's proxy only. */
  protected FeedLimiter() {
    this.limiter = null;
    this.clients = null;
  }

  /** Whether this client may fetch a feed now; counts the fetch. */
  public boolean allows(String remoteAddress, String forwardedFor) {
    return limiter.tryAcquire(clients.of(remoteAddress, forwardedFor));
  }

  /** Seconds until a refused client may try again. */
  public long retryAfterSeconds() {
    return limiter.secondsUntilNext();
  }
}
