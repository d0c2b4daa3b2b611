-- Courses (programmes of additional professional education): structure, enrolment, learning
-- and completion.

CREATE TABLE courses (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title                VARCHAR(250)  NOT NULL,
  short_name           VARCHAR(60)   NOT NULL,
  annotation           TEXT          NULL,
  category             VARCHAR(120)  NULL,
  programme_type       VARCHAR(30)   NOT NULL,
  academic_hours       INT           NOT NULL,
  form                 VARCHAR(20)   NOT NULL,
  starts_on            DATE          NULL,
  ends_on              DATE          NULL,
  roadmap_items        VARCHAR(200)  NULL,
  status               VARCHAR(20)   NOT NULL,
  self_enrolment       BOOLEAN       NOT NULL DEFAULT FALSE,
  enrolment_opens_at   DATETIME(6)   NULL,
  enrolment_closes_at  DATETIME(6)   NULL,
  structure_version    BIGINT        NOT NULL DEFAULT 0,
  created_at           DATETIME(6)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_courses_short_name UNIQUE (short_name),
  INDEX ix_courses_status (status, title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_sections (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id  BIGINT        NOT NULL,
  position   INT           NOT NULL,
  title      VARCHAR(250)  NOT NULL,
  summary    TEXT          NULL,
  CONSTRAINT fk_course_sections_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
  INDEX ix_course_sections_course (course_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_activities (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id     BIGINT        NOT NULL,
  section_id    BIGINT        NOT NULL,
  position      INT           NOT NULL,
  kind          VARCHAR(30)   NOT NULL,
  title         VARCHAR(250)  NOT NULL,
  required      BOOLEAN       NOT NULL DEFAULT TRUE,
  body          MEDIUMTEXT    NULL,
  url           VARCHAR(2000) NULL,
  grading       VARCHAR(20)   NULL,
  max_points    INT           NULL,
  pass_points   INT           NULL,
  due_at        DATETIME(6)   NULL,
  CONSTRAINT fk_course_activities_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
  CONSTRAINT fk_course_activities_section FOREIGN KEY (section_id) REFERENCES course_sections (id) ON DELETE CASCADE,
  INDEX ix_course_activities_course (course_id, section_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_files (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  activity_id   BIGINT        NOT NULL,
  file_name     VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(120)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  data          LONGBLOB      NOT NULL,
  uploaded_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uq_course_files_activity UNIQUE (activity_id),
  CONSTRAINT fk_course_files_activity FOREIGN KEY (activity_id) REFERENCES course_activities (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enrolments (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id     BIGINT        NOT NULL,
  person_id     BIGINT        NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  enrolled_at   DATETIME(6)   NOT NULL,
  enrolled_by   VARCHAR(100)  NOT NULL,
  completed_at  DATETIME(6)   NULL,
  withdrawn_at  DATETIME(6)   NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_enrolments_course_person UNIQUE (course_id, person_id),
  CONSTRAINT fk_enrolments_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
  CONSTRAINT fk_enrolments_person FOREIGN KEY (person_id) REFERENCES people (id),
  INDEX ix_enrolments_person (person_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity_completions (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  activity_id   BIGINT        NOT NULL,
  person_id     BIGINT        NOT NULL,
  course_id     BIGINT        NOT NULL,
  how           VARCHAR(20)   NOT NULL,
  completed_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uq_activity_completions UNIQUE (activity_id, person_id),
  CONSTRAINT fk_activity_completions_activity FOREIGN KEY (activity_id) REFERENCES course_activities (id) ON DELETE CASCADE,
  CONSTRAINT fk_activity_completions_person FOREIGN KEY (person_id) REFERENCES people (id),
  INDEX ix_activity_completions_course (course_id, person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE submissions (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  activity_id   BIGINT        NOT NULL,
  person_id     BIGINT        NOT NULL,
  course_id     BIGINT        NOT NULL,
  number        INT           NOT NULL,
  text          MEDIUMTEXT    NULL,
  file_name     VARCHAR(255)  NULL,
  content_type  VARCHAR(120)  NULL,
  file_data     LONGBLOB      NULL,
  submitted_at  DATETIME(6)   NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  points        INT           NULL,
  passed        BOOLEAN       NULL,
  feedback      TEXT          NULL,
  graded_by     VARCHAR(100)  NULL,
  graded_at     DATETIME(6)   NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_submissions_number UNIQUE (activity_id, person_id, number),
  CONSTRAINT fk_submissions_activity FOREIGN KEY (activity_id) REFERENCES course_activities (id) ON DELETE CASCADE,
  CONSTRAINT fk_submissions_person FOREIGN KEY (person_id) REFERENCES people (id),
  INDEX ix_submissions_queue (course_id, status, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
