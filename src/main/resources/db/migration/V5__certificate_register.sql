-- Certificates (удостоверения и дипломы): the register, gap-free registration numbers per
-- year, training taken elsewhere for the three-year cycle.

-- One row per year; the next number is taken under this row's lock, inside the transaction
-- that stores the certificate, so a rolled-back issue leaves no gap.
CREATE TABLE certificate_counters (
  year      INT     NOT NULL PRIMARY KEY,
  last_seq  INT     NOT NULL
) ENGINE=InnoDB;

CREATE TABLE certificates (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id            BIGINT        NOT NULL,
  organisation_id      BIGINT        NOT NULL,
  course_id            BIGINT        NULL,
  enrolment_id         BIGINT        NULL,
  kind                 VARCHAR(30)   NOT NULL,
  origin               VARCHAR(20)   NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  reg_year             INT           NOT NULL,
  reg_seq              INT           NOT NULL,
  registration_number  VARCHAR(60)   NOT NULL,
  blank_series         VARCHAR(20)   NULL,
  blank_number         VARCHAR(20)   NULL,
  verification_code    CHAR(32)      NOT NULL,
  holder_surname       VARCHAR(100)  NOT NULL,
  holder_name          VARCHAR(100)  NOT NULL,
  holder_patronymic    VARCHAR(100)  NULL,
  programme_title      VARCHAR(250)  NOT NULL,
  programme_type       VARCHAR(30)   NOT NULL,
  academic_hours       INT           NOT NULL,
  study_form           VARCHAR(20)   NOT NULL,
  studied_from         DATE          NOT NULL,
  studied_to           DATE          NOT NULL,
  issued_on            DATE          NOT NULL,
  issuer_name          VARCHAR(250)  NOT NULL,
  issuer_city          VARCHAR(100)  NOT NULL,
  signatories          VARCHAR(500)  NOT NULL,
  reason               VARCHAR(1000) NULL,
  issued_at            DATETIME(6)   NOT NULL,
  issued_by            VARCHAR(100)  NOT NULL,
  revoked_at           DATETIME(6)   NULL,
  revoked_by           VARCHAR(100)  NULL,
  revoke_reason        VARCHAR(1000) NULL,
  replaces_id          BIGINT        NULL,
  replaced_by_id       BIGINT        NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_certificates_number UNIQUE (reg_year, reg_seq),
  CONSTRAINT uq_certificates_registration_number UNIQUE (registration_number),
  CONSTRAINT uq_certificates_code UNIQUE (verification_code),
  -- exactly one certificate per completion, whatever retries or nodes do
  CONSTRAINT uq_certificates_enrolment UNIQUE (enrolment_id),
  CONSTRAINT fk_certificates_person FOREIGN KEY (person_id) REFERENCES people (id),
  CONSTRAINT fk_certificates_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
  CONSTRAINT fk_certificates_course FOREIGN KEY (course_id) REFERENCES courses (id),
  CONSTRAINT fk_certificates_replaces FOREIGN KEY (replaces_id) REFERENCES certificates (id),
  INDEX ix_certificates_person (person_id, issued_on),
  INDEX ix_certificates_organisation (organisation_id, issued_on),
  INDEX ix_certificates_course (course_id, issued_on),
  INDEX ix_certificates_issued (issued_on),
  INDEX ix_certificates_surname (holder_surname)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Qualification upgrades taken elsewhere: they count for the three-year cycle (273-FZ art. 47)
-- but are not our documents, so they have no number of ours and no verification page.
CREATE TABLE external_trainings (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id          BIGINT        NOT NULL,
  provider           VARCHAR(250)  NOT NULL,
  programme_title    VARCHAR(250)  NOT NULL,
  academic_hours     INT           NOT NULL,
  completed_on       DATE          NOT NULL,
  document_number    VARCHAR(60)   NULL,
  reason             VARCHAR(1000) NOT NULL,
  file_name          VARCHAR(255)  NOT NULL,
  content_type       VARCHAR(120)  NOT NULL,
  data               LONGBLOB      NOT NULL,
  recorded_at        DATETIME(6)   NOT NULL,
  recorded_by        VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_external_trainings_person FOREIGN KEY (person_id) REFERENCES people (id),
  INDEX ix_external_trainings_person (person_id, completed_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The platform's Ed25519 key for signing verifiable credentials: made once, at first use.
CREATE TABLE signing_keys (
  name         VARCHAR(40)   NOT NULL PRIMARY KEY,
  private_key  VARBINARY(200) NOT NULL,
  public_key   VARBINARY(200) NOT NULL,
  created_at   DATETIME(6)   NOT NULL
) ENGINE=InnoDB;
