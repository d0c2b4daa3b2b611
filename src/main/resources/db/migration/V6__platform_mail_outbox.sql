-- Mail waiting to be sent: a dedupe key makes each message exist once, and a sender claims a
-- row before sending, so two nodes or a restart never send it twice.
CREATE TABLE mail_outbox (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dedupe_key   VARCHAR(200)  NOT NULL,
  recipient    VARCHAR(254)  NOT NULL,
  subject      VARCHAR(300)  NOT NULL,
  body         MEDIUMTEXT    NOT NULL,
  attachment_name VARCHAR(255) NULL,
  attachment_type VARCHAR(120) NULL,
  attachment   MEDIUMBLOB    NULL,
  status       VARCHAR(20)   NOT NULL,
  attempts     INT           NOT NULL DEFAULT 0,
  not_before   DATETIME(6)   NOT NULL,
  claimed_by   VARCHAR(100)  NULL,
  claimed_until DATETIME(6)  NULL,
  sent_at      DATETIME(6)   NULL,
  last_error   VARCHAR(1000) NULL,
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uq_mail_outbox_dedupe UNIQUE (dedupe_key),
  INDEX ix_mail_outbox_due (status, not_before)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
