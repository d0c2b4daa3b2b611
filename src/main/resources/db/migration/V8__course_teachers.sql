-- A course's teachers: the methodologists who edit it and grade its assignments and attempts.
-- A course with none (courses made before this table) is open to every methodologist.

CREATE TABLE course_teachers (
  course_id   BIGINT        NOT NULL,
  account_id  BIGINT        NOT NULL,
  added_at    DATETIME(6)   NOT NULL,
  added_by    VARCHAR(100)  NOT NULL,
  PRIMARY KEY (course_id, account_id),
  CONSTRAINT fk_course_teachers_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
  CONSTRAINT fk_course_teachers_account FOREIGN KEY (account_id) REFERENCES accounts (id),
  INDEX ix_course_teachers_account (account_id)
) ENGINE=InnoDB;
