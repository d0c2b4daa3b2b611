package ru.shibc.academy.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token for API clients; only the SHA-256 of the token is stored. */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(String tokenHash, Long accountId, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.accountId = accountId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  boolean isUsableAt(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  Long getAccountId() {
    return accountId;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }
}
