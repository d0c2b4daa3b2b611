-- Roadmaps at work: sections and items (the seed 2019–2021 roadmap is loaded by the application
-- from its text at start, once), evidence, comments, history, manual indicator values and
-- quarterly monitoring reports kept as immutable snapshots.

CREATE TABLE roadmaps (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title            TEXT          NOT NULL,
  approved_by      VARCHAR(500)  NULL,
  period_start     DATE          NOT NULL,
  period_end       DATE          NOT NULL,
  copied_from_id   BIGINT        NULL,
  seed_key         VARCHAR(100)  NULL,                   -- set on a roadmap loaded from a seed text
  created_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_roadmaps_seed UNIQUE (seed_key),
  CONSTRAINT fk_roadmaps_copied_from FOREIGN KEY (copied_from_id) REFERENCES roadmaps (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE roadmap_sections (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  roadmap_id       BIGINT        NOT NULL,
  number           INT           NOT NULL,
  title            VARCHAR(1000) NOT NULL,
  CONSTRAINT uq_roadmap_sections_number UNIQUE (roadmap_id, number),
  CONSTRAINT fk_roadmap_sections_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmaps (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE roadmap_items (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  roadmap_id           BIGINT        NOT NULL,
  section_id           BIGINT        NOT NULL,
  number               VARCHAR(20)   NOT NULL,           -- "2.2", as the indicators name it
  position             INT           NOT NULL,
  measure              TEXT          NOT NULL,
  timeframe            VARCHAR(500)  NOT NULL,           -- as written
  period_start         DATE          NOT NULL,
  period_end           DATE          NOT NULL,
  recurrence_times     INT           NULL,               -- "1 раз в квартал": 1 / QUARTER
  recurrence_per       VARCHAR(10)   NULL,               -- YEAR, QUARTER, MONTH
  executors            TEXT          NOT NULL,           -- one per line
  document_type        VARCHAR(1000) NOT NULL,
  expected_result      TEXT          NOT NULL,
  status               VARCHAR(20)   NOT NULL,           -- PLANNED, IN_PROGRESS, DONE; overdue is computed
  responsible_id       BIGINT        NULL,
  updated_at           DATETIME(6)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_roadmap_items_number UNIQUE (roadmap_id, number),
  CONSTRAINT fk_roadmap_items_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmaps (id) ON DELETE CASCADE,
  CONSTRAINT fk_roadmap_items_section FOREIGN KEY (section_id) REFERENCES roadmap_sections (id) ON DELETE CASCADE,
  CONSTRAINT fk_roadmap_items_responsible FOREIGN KEY (responsible_id) REFERENCES people (id),
  INDEX ix_roadmap_items_roadmap (roadmap_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of an item (fields, status, responsible), who made it and what it was before.
CREATE TABLE roadmap_item_history (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id          BIGINT        NOT NULL,
  field            VARCHAR(40)   NOT NULL,
  old_value        TEXT          NULL,
  new_value        TEXT          NULL,
  changed_by       VARCHAR(100)  NOT NULL,
  changed_at       DATETIME(6)   NOT NULL,
  CONSTRAINT fk_roadmap_item_history_item FOREIGN KEY (item_id) REFERENCES roadmap_items (id) ON DELETE CASCADE,
  INDEX ix_roadmap_item_history_item (item_id, changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE roadmap_item_comments (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id          BIGINT        NOT NULL,
  author           VARCHAR(100)  NOT NULL,
  body             TEXT          NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  CONSTRAINT fk_roadmap_item_comments_item FOREIGN KEY (item_id) REFERENCES roadmap_items (id) ON DELETE CASCADE,
  INDEX ix_roadmap_item_comments_item (item_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Evidence documents: приказ, протокол, справка… (PDF, DOCX, XLSX, JPEG, PNG; checked by content).
CREATE TABLE roadmap_evidence (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id          BIGINT        NOT NULL,
  document_kind    VARCHAR(30)   NOT NULL,               -- ORDER, MINUTES, REFERENCE, REPORT, OTHER
  title            VARCHAR(500)  NOT NULL,
  document_date    DATE          NULL,
  file_name        VARCHAR(255)  NOT NULL,
  content_type     VARCHAR(120)  NOT NULL,
  size_bytes       BIGINT        NOT NULL,
  sha256           CHAR(64)      NOT NULL,
  data             LONGBLOB      NOT NULL,
  uploaded_by      VARCHAR(100)  NOT NULL,
  uploaded_at      DATETIME(6)   NOT NULL,
  CONSTRAINT fk_roadmap_evidence_item FOREIGN KEY (item_id) REFERENCES roadmap_items (id) ON DELETE CASCADE,
  INDEX ix_roadmap_evidence_item (item_id, uploaded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Manual indicator values for items the platform cannot measure itself, per period.
CREATE TABLE roadmap_manual_values (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id          BIGINT        NOT NULL,
  period_start     DATE          NOT NULL,
  period_end       DATE          NOT NULL,
  value            DECIMAL(14,2) NULL,
  note             TEXT          NULL,
  entered_by       VARCHAR(100)  NOT NULL,
  entered_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uq_roadmap_manual_values UNIQUE (item_id, period_start, period_end),
  CONSTRAINT fk_roadmap_manual_values_item FOREIGN KEY (item_id) REFERENCES roadmap_items (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Quarterly monitoring reports (item 8.1): a snapshot of the roadmap as it stood, never edited.
-- Regenerating a quarter makes the next version.
CREATE TABLE monitoring_reports (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  roadmap_id       BIGINT        NOT NULL,
  year             INT           NOT NULL,
  quarter          INT           NOT NULL,
  report_version   INT           NOT NULL,
  generated_at     DATETIME(6)   NOT NULL,
  generated_by     VARCHAR(100)  NOT NULL,               -- a user, or "scheduler"
  snapshot_json    LONGTEXT      NOT NULL,
  pdf              LONGBLOB      NOT NULL,
  xlsx             LONGBLOB      NOT NULL,
  CONSTRAINT uq_monitoring_reports UNIQUE (roadmap_id, year, quarter, report_version),
  CONSTRAINT fk_monitoring_reports_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmaps (id),
  INDEX ix_monitoring_reports_generated (generated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
