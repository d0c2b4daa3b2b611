package ru.shibc.academy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The outbox table. Sending is at most once per claim: a sender claims due rows for a while,
 * sends, and marks each sent in its own transaction; only a crash between an SMTP server's
 * acceptance and that mark can repeat a message, after the claim expires.
 */
@ApplicationScoped
public class MailOutbox {

  /** A claimed message. */
  public record Claimed(long id, Mail mail, int attempts) {}

  static final int MAX_ATTEMPTS = 8;

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;

  /** Queues a message; false when one with the same key was queued before. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean enqueue(Mail mail) {
    return enqueue(mail, clock.instant());
  }

  /** Queues a message to go no earlier than {@code notBefore} (e.g. a reminder's time). */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean enqueue(Mail mail, Instant notBefore) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO mail_outbox (dedupe_key, recipient, subject, body, attachment_name,"
                    + " attachment_type, attachment, status, not_before, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)")
            .setParameter(1, mail.dedupeKey())
            .setParameter(2, mail.recipient())
            .setParameter(3, mail.subject())
            .setParameter(4, mail.body())
            .setParameter(5, mail.attachmentName())
            .setParameter(6, mail.attachmentType())
            .setParameter(7, mail.attachment())
            .setParameter(8, Timestamp.from(notBefore))
            .setParameter(9, Timestamp.from(clock.instant()))
            .executeUpdate()
        == 1;
  }

  /** Claims up to {@code max} due messages for {@code node} until the claim expires. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(String node, int max, int claimSeconds) {
    Instant now = clock.instant();
    em.createNativeQuery(
            "UPDATE mail_outbox SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1"
                + " WHERE status = 'PENDING' AND not_before <= ? AND (claimed_until IS NULL OR claimed_until < ?)"
                + " ORDER BY id LIMIT ?")
        .setParameter(1, node)
        .setParameter(2, Timestamp.from(now.plusSeconds(claimSeconds)))
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, Timestamp.from(now))
        .setParameter(5, max)
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, dedupe_key, recipient, subject, body, attachment_name, attachment_type, attachment, attempts"
                    + " FROM mail_outbox WHERE status = 'PENDING' AND claimed_by = ? AND claimed_until > ? ORDER BY id")
            .setParameter(1, node)
            .setParameter(2, Timestamp.from(now))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Claimed(
                    ((Number) r[0]).longValue(),
                    new Mail((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                        (byte[]) r[7]),
                    ((Number) r[8]).intValue()))
        .toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(long id) {
    em.createNativeQuery("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, claimed_until = NULL WHERE id = ?")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, id)
        .executeUpdate();
  }

  /** A failed attempt: retried later with backoff, given up after {@value #MAX_ATTEMPTS}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, int attempts, String error) {
    Instant retryAt = clock.instant().plusSeconds(Math.min(3600, 30L << Math.min(attempts, 7)));
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = ?, last_error = ?, not_before = ?, claimed_until = NULL WHERE id = ?")
        .setParameter(1, attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
        .setParameter(2, error == null ? null : error.substring(0, Math.min(1000, error.length())))
        .setParameter(3, Timestamp.from(retryAt))
        .setParameter(4, id)
        .executeUpdate();
  }
}
