package ru.shibc.academy.webinar.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;

/**
 * A person's feed URL: at most one live at a time. Creating one revokes the one before, so a URL
 * that leaked is dead as soon as its owner makes a new one.
 */
@ApplicationScoped
public class CalendarFeeds {

  /** A feed just made: the URL with its token, shown to its owner once and never again. */
  public record Created(String url, Instant createdAt) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private AuditLog audit;

  @Inject
  @ConfigProperty(name = "shibc.public-base-url")
  private String publicBaseUrl;

  @Transactional
  public Created create(long personId) {
    lockPerson(personId);
    Instant now = clock.instant();
    revokeLive(personId, now);
    String token = FeedToken.generate();
    em.createNativeQuery("INSERT INTO calendar_feeds (person_id, token_hash, created_at) VALUES (?, ?, ?)")
        .setParameter(1, personId)
        .setParameter(2, FeedToken.sha256(token))
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
    audit.record("calendarFeed.create", "person", personId, null, null);
    return new Created(url(token), now);
  }

  /** Revokes the person's live feed; false when there was none. */
  @Transactional
  public boolean revoke(long personId) {
    lockPerson(personId);
    boolean revoked = revokeLive(personId, clock.instant()) > 0;
    if (revoked) {
      audit.record("calendarFeed.revoke", "person", personId, null, null);
    }
    return revoked;
  }

  /** When the person's live feed was made, if they have one. */
  public Optional<Instant> liveSince(long personId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "SELECT created_at FROM calendar_feeds WHERE person_id = ? AND revoked_at IS NULL ORDER BY id DESC")
            .setParameter(1, personId)
            .setMaxResults(1)
            .getResultList();
    return rows.stream().findFirst().map(CalendarFeeds::instant);
  }

  /** Whose live feed a token opens; empty for a revoked, unknown or malformed one. */
  public Optional<Long> owner(String token) {
    Optional<String> hash = FeedToken.hashOf(token);
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("SELECT person_id FROM calendar_feeds WHERE token_hash = ? AND revoked_at IS NULL")
            .setParameter(1, hash.get())
            .getResultList();
    return rows.stream().findFirst().map(id -> ((Number) id).longValue());
  }

  private int revokeLive(long personId, Instant now) {
    return em.createNativeQuery(
            "UPDATE calendar_feeds SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, personId)
        .executeUpdate();
  }

  private void lockPerson(long personId) {
    if (em.createNativeQuery("SELECT id FROM people WHERE id = ? FOR UPDATE").setParameter(1, personId).getResultList().isEmpty()) {
      throw AcademyException.notFound("person");
    }
  }

  private String url(String token) {
    return publicBaseUrl.strip().replaceAll("/+$", "") + "/api/public/calendar/" + token + ".ics";
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value);
  }
}
