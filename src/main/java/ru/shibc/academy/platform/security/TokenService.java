package ru.shibc.academy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, checks and revokes API bearer tokens (256 random bits; only a hash is stored). A
 * checked token is remembered for a few seconds ({@code shibc.token.cache-seconds}), so that a
 * burst of requests (an attempt's answers) costs no lookups; a revocation on this node takes
 * effect at once, one on another node or a disabled account within that time.
 */
@ApplicationScoped
public class TokenService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "shibc.token.ttl-hours", defaultValue = "12")
  int ttlHours;

  @Inject
  @ConfigProperty(name = "shibc.token.cache-seconds", defaultValue = "30")
  int cacheSeconds;

  private static final int MAX_CACHED = 100_000;

  private record Cached(TokenHolder holder, Instant tokenExpiresAt, Instant until) {}

  private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  public record IssuedToken(String token, Instant expiresAt) {}

  /** Who holds a token; {@code personId} is null for an account without a person. */
  public record TokenHolder(String username, java.util.Set<Role> roles, Long personId) {}

  @Transactional
  public IssuedToken issue(long accountId) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Instant expiresAt = now.plus(Duration.ofHours(ttlHours));
    em.persist(new ApiToken(sha256(token), accountId, now, expiresAt));
    return new IssuedToken(token, expiresAt);
  }

  /** The account a usable token belongs to; empty for unknown, expired or revoked tokens. */
  public Optional<TokenHolder> holder(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String hash = sha256(token);
    Cached cached = cache.get(hash);
    if (cached != null && now.isBefore(cached.until()) && now.isBefore(cached.tokenExpiresAt())) {
      return Optional.of(cached.holder());
    }
    Optional<ApiToken> usable =
        em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
            .setParameter("h", hash)
            .getResultList()
            .stream()
            .filter(t -> t.isUsableAt(now))
            .findFirst();
    Optional<TokenHolder> holder =
        usable
            .map(t -> em.find(Account.class, t.getAccountId()))
            .filter(a -> a.isEnabled() && !a.isLockedAt(now))
            .map(a -> new TokenHolder(a.getUsername(), a.getRoles(), a.getPersonId()));
    if (holder.isPresent() && cacheSeconds > 0) {
      if (cache.size() > MAX_CACHED) {
        cache.clear();
      }
      cache.put(hash, new Cached(holder.get(), usable.get().getExpiresAt(), now.plusSeconds(cacheSeconds)));
    } else {
      cache.remove(hash);
    }
    return holder;
  }

  @Transactional
  public void revoke(String token) {
    cache.remove(sha256(token));
    Instant now = clock.instant();
    em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
        .setParameter("h", sha256(token))
        .getResultList()
        .forEach(t -> t.revoke(now));
  }

  /** Forgets every checked token on this node, e.g. after an account's roles changed. */
  public void forgetChecked() {
    cache.clear();
  }

  static String sha256(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
