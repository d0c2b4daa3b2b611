-- Attestation: the question bank, quizzes as course activities, attempts and their answers.

-- A tree of categories, per course (course_id) or shared across the platform (course_id NULL).
CREATE TABLE question_categories (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  parent_id   BIGINT        NULL,
  course_id   BIGINT        NULL,
  name        VARCHAR(200)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT fk_question_categories_parent FOREIGN KEY (parent_id) REFERENCES question_categories (id),
  CONSTRAINT fk_question_categories_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
  INDEX ix_question_categories_parent (parent_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A question's content is the JSON of its type (see QuestionJson); revision counts its edits,
-- so that a regrade knows which attempts were graded against an older text.
CREATE TABLE questions (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  category_id  BIGINT        NOT NULL,
  type         VARCHAR(30)   NOT NULL,
  name         VARCHAR(255)  NOT NULL,
  body         MEDIUMTEXT    NOT NULL,
  revision     INT           NOT NULL DEFAULT 1,
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  updated_by   VARCHAR(100)  NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_questions_category FOREIGN KEY (category_id) REFERENCES question_categories (id),
  INDEX ix_questions_category (category_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The settings of a QUIZ activity.
CREATE TABLE quizzes (
  activity_id          BIGINT        NOT NULL PRIMARY KEY,
  course_id            BIGINT        NOT NULL,
  time_limit_minutes   INT           NULL,
  attempts_allowed     INT           NULL,
  grading_method       VARCHAR(10)   NOT NULL,
  pass_percent         INT           NOT NULL,
  opens_at             DATETIME(6)   NULL,
  closes_at            DATETIME(6)   NULL,
  shuffle_questions    BOOLEAN       NOT NULL,
  shuffle_answers      BOOLEAN       NOT NULL,
  one_per_page         BOOLEAN       NOT NULL,
  review_after_attempt VARCHAR(20)   NOT NULL,
  review_after_close   VARCHAR(20)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_quizzes_activity FOREIGN KEY (activity_id) REFERENCES course_activities (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a quiz asks: a fixed question, or N random questions from a category.
CREATE TABLE quiz_slots (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  quiz_id         BIGINT        NOT NULL,
  position        INT           NOT NULL,
  question_id     BIGINT        NULL,
  category_id     BIGINT        NULL,
  random_count    INT           NULL,
  mark            DECIMAL(8,2)  NOT NULL,
  CONSTRAINT fk_quiz_slots_quiz FOREIGN KEY (quiz_id) REFERENCES quizzes (activity_id) ON DELETE CASCADE,
  CONSTRAINT fk_quiz_slots_question FOREIGN KEY (question_id) REFERENCES questions (id),
  CONSTRAINT fk_quiz_slots_category FOREIGN KEY (category_id) REFERENCES question_categories (id),
  INDEX ix_quiz_slots_quiz (quiz_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An attempt. Its deadline is fixed by the server when it starts; its layout (which question in
-- which slot, in which answer order, worth how much) is fixed then too, as JSON.
CREATE TABLE quiz_attempts (
  id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  quiz_id       BIGINT         NOT NULL,
  course_id     BIGINT         NOT NULL,
  person_id     BIGINT         NOT NULL,
  number        INT            NOT NULL,
  state         VARCHAR(20)    NOT NULL,
  started_at    DATETIME(6)    NOT NULL,
  deadline_at   DATETIME(6)    NULL,
  finished_at   DATETIME(6)    NULL,
  finished_how  VARCHAR(20)    NULL,
  layout        MEDIUMTEXT     NOT NULL,
  score         DECIMAL(12,4)  NULL,
  max_score     DECIMAL(12,4)  NOT NULL,
  needs_grading BOOLEAN        NOT NULL DEFAULT FALSE,
  passed        BOOLEAN        NULL,
  version       BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT uq_quiz_attempts_number UNIQUE (quiz_id, person_id, number),
  CONSTRAINT fk_quiz_attempts_quiz FOREIGN KEY (quiz_id) REFERENCES quizzes (activity_id) ON DELETE CASCADE,
  CONSTRAINT fk_quiz_attempts_person FOREIGN KEY (person_id) REFERENCES people (id),
  INDEX ix_quiz_attempts_open (state, deadline_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per slot of an attempt, made when it starts. A save replaces the response when it is
-- based on the current revision (two tabs cannot overwrite each other unseen); the request key
-- of the last save makes a client's retry of that save a no-op.
CREATE TABLE attempt_answers (
  attempt_id      BIGINT         NOT NULL,
  slot            INT            NOT NULL,
  question_id     BIGINT         NOT NULL,
  response        TEXT           NULL,
  revision        INT            NOT NULL DEFAULT 0,
  request_key     VARCHAR(64)    NULL,
  saved_at        DATETIME(6)    NULL,
  fraction        DECIMAL(10,7)  NULL,
  manual_fraction DECIMAL(10,7)  NULL,
  graded_by       VARCHAR(100)   NULL,
  grader_comment  TEXT           NULL,
  PRIMARY KEY (attempt_id, slot),
  CONSTRAINT fk_attempt_answers_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempts (id) ON DELETE CASCADE,
  CONSTRAINT fk_attempt_answers_question FOREIGN KEY (question_id) REFERENCES questions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
