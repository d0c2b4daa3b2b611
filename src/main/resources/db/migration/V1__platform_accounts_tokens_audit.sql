-- Accounts, API tokens and the audit log: what every feature uses.

CREATE TABLE accounts (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(100) NOT NULL,
  password_hash   VARCHAR(255) NULL,
  person_id       BIGINT       NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME(6)  NULL,
  created_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_accounts_username UNIQUE (username),
  CONSTRAINT uq_accounts_person UNIQUE (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_roles (
  account_id BIGINT      NOT NULL,
  role       VARCHAR(20) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_roles_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_tokens (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash  CHAR(64)    NOT NULL,
  account_id  BIGINT      NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  revoked_at  DATETIME(6) NULL,
  CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  INDEX ix_api_tokens_account (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entries (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at           DATETIME(6)  NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  action       VARCHAR(60)  NOT NULL,
  entity_type  VARCHAR(60)  NOT NULL,
  entity_id    VARCHAR(60)  NULL,
  before_state TEXT         NULL,
  after_state  TEXT         NULL,
  INDEX ix_audit_at (at),
  INDEX ix_audit_entity (entity_type, entity_id),
  INDEX ix_audit_actor (actor, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
