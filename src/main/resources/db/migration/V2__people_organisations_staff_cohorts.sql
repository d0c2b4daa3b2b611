-- The district: organisations, staff, cohorts.

CREATE TABLE organisations (
  id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind                    VARCHAR(30)  NOT NULL,
  name                    VARCHAR(250) NOT NULL,
  short_name              VARCHAR(60)  NOT NULL,
  model_stage             VARCHAR(20)  NULL,
  model_stage_reached_on  DATE         NULL,
  version                 BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_organisations_short_name UNIQUE (short_name),
  INDEX ix_organisations_kind (kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE people (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  surname          VARCHAR(100) NOT NULL,
  name             VARCHAR(100) NOT NULL,
  patronymic       VARCHAR(100) NULL,
  position         VARCHAR(150) NOT NULL,
  organisation_id  BIGINT       NOT NULL,
  email            VARCHAR(254) NOT NULL,
  snils            CHAR(11)     NULL,
  birth_date       DATE         NULL,
  created_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_people_email UNIQUE (email),
  CONSTRAINT uq_people_snils UNIQUE (snils),
  CONSTRAINT fk_people_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
  INDEX ix_people_surname (surname, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE accounts
  ADD CONSTRAINT fk_accounts_person FOREIGN KEY (person_id) REFERENCES people (id);

CREATE TABLE cohorts (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name             VARCHAR(150)  NOT NULL,
  description      VARCHAR(1000) NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_cohorts_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort_members (
  cohort_id  BIGINT NOT NULL,
  person_id  BIGINT NOT NULL,
  PRIMARY KEY (cohort_id, person_id),
  CONSTRAINT fk_cohort_members_cohort FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE,
  CONSTRAINT fk_cohort_members_person FOREIGN KEY (person_id) REFERENCES people (id),
  INDEX ix_cohort_members_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
