-- Webinars and online consultations: scheduling, registration with a waitlist, attendance kept
-- as evidence, recordings, personal calendar feeds. Instants are stored in UTC.

CREATE TABLE webinars (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uid                  VARCHAR(100)  NOT NULL,
  kind                 VARCHAR(20)   NOT NULL,           -- WEBINAR, MEETING (roadmap 1.3)
  title                VARCHAR(250)  NOT NULL,
  description          TEXT          NULL,
  speakers             VARCHAR(500)  NULL,
  starts_at            DATETIME(6)   NOT NULL,
  duration_minutes     INT           NOT NULL,
  time_zone            VARCHAR(60)   NOT NULL,           -- the organiser's zone, for the .ics
  capacity             INT           NULL,               -- NULL: no limit
  audience             VARCHAR(20)   NOT NULL,           -- ALL, SCHOOLS, COHORTS
  course_id            BIGINT        NULL,
  roadmap_items        VARCHAR(200)  NULL,
  status               VARCHAR(20)   NOT NULL,           -- SCHEDULED, CANCELLED, ENDED
  provider             VARCHAR(20)   NOT NULL,           -- LINK, BIGBLUEBUTTON
  join_url             VARCHAR(2000) NULL,               -- LINK: the external room
  meeting_id           VARCHAR(100)  NULL,               -- BIGBLUEBUTTON: our meeting id
  join_opens_minutes   INT           NOT NULL DEFAULT 15, -- how long before the start joining opens
  sequence             INT           NOT NULL DEFAULT 0,  -- iCalendar SEQUENCE, +1 on each change
  ended_at             DATETIME(6)   NULL,
  organiser_id         BIGINT        NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_webinars_uid UNIQUE (uid),
  CONSTRAINT uq_webinars_meeting UNIQUE (meeting_id),
  CONSTRAINT fk_webinars_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE SET NULL,
  CONSTRAINT fk_webinars_organiser FOREIGN KEY (organiser_id) REFERENCES people (id),
  INDEX ix_webinars_starts (starts_at),
  INDEX ix_webinars_status_starts (status, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who may register when the audience is not everyone: schools or cohorts.
CREATE TABLE webinar_audience (
  webinar_id       BIGINT NOT NULL,
  organisation_id  BIGINT NULL,
  cohort_id        BIGINT NULL,
  CONSTRAINT fk_webinar_audience_webinar FOREIGN KEY (webinar_id) REFERENCES webinars (id) ON DELETE CASCADE,
  CONSTRAINT fk_webinar_audience_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
  CONSTRAINT fk_webinar_audience_cohort FOREIGN KEY (cohort_id) REFERENCES cohorts (id),
  INDEX ix_webinar_audience_webinar (webinar_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A webinar as a course activity: attending at least completion_minutes completes it.
CREATE TABLE webinar_activities (
  activity_id          BIGINT NOT NULL PRIMARY KEY,
  webinar_id           BIGINT NOT NULL,
  completion_minutes   INT    NOT NULL,
  CONSTRAINT uq_webinar_activities_webinar UNIQUE (webinar_id),
  CONSTRAINT fk_webinar_activities_activity FOREIGN KEY (activity_id) REFERENCES course_activities (id) ON DELETE CASCADE,
  CONSTRAINT fk_webinar_activities_webinar FOREIGN KEY (webinar_id) REFERENCES webinars (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per person and webinar; a cancelled registration can be renewed.
CREATE TABLE webinar_registrations (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  webinar_id       BIGINT        NOT NULL,
  person_id        BIGINT        NOT NULL,
  status           VARCHAR(20)   NOT NULL,               -- REGISTERED, WAITLISTED, CANCELLED
  queued_at        DATETIME(6)   NOT NULL,               -- waitlist order
  registered_at    DATETIME(6)   NULL,
  promoted_at      DATETIME(6)   NULL,
  cancelled_at     DATETIME(6)   NULL,
  cancelled_by     VARCHAR(100)  NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_webinar_registrations UNIQUE (webinar_id, person_id),
  CONSTRAINT fk_webinar_registrations_webinar FOREIGN KEY (webinar_id) REFERENCES webinars (id) ON DELETE CASCADE,
  CONSTRAINT fk_webinar_registrations_person FOREIGN KEY (person_id) REFERENCES people (id),
  INDEX ix_webinar_registrations_status (webinar_id, status, queued_at),
  INDEX ix_webinar_registrations_person (person_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Attendance as evidence, append-only: a correction is a new row that supersedes an older one.
CREATE TABLE webinar_attendance (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  webinar_id       BIGINT        NOT NULL,
  person_id        BIGINT        NOT NULL,
  source           VARCHAR(30)   NOT NULL,               -- BBB_CALLBACK, BBB_POLL, MARKED, CORRECTION
  joined_at        DATETIME(6)   NULL,
  left_at          DATETIME(6)   NULL,
  minutes          INT           NOT NULL,
  supersedes_id    BIGINT        NULL,
  reason           VARCHAR(1000) NULL,
  recorded_by      VARCHAR(100)  NOT NULL,
  recorded_at      DATETIME(6)   NOT NULL,
  CONSTRAINT fk_webinar_attendance_webinar FOREIGN KEY (webinar_id) REFERENCES webinars (id) ON DELETE CASCADE,
  CONSTRAINT fk_webinar_attendance_person FOREIGN KEY (person_id) REFERENCES people (id),
  CONSTRAINT fk_webinar_attendance_supersedes FOREIGN KEY (supersedes_id) REFERENCES webinar_attendance (id),
  INDEX ix_webinar_attendance_webinar (webinar_id, person_id),
  INDEX ix_webinar_attendance_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- BigBlueButton analytics callbacks already taken, so a replay changes nothing.
CREATE TABLE webinar_callbacks (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  webinar_id       BIGINT        NOT NULL,
  digest           CHAR(64)      NOT NULL,
  received_at      DATETIME(6)   NOT NULL,
  CONSTRAINT uq_webinar_callbacks_digest UNIQUE (digest),
  CONSTRAINT fk_webinar_callbacks_webinar FOREIGN KEY (webinar_id) REFERENCES webinars (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webinar_recordings (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  webinar_id       BIGINT        NOT NULL,
  record_id        VARCHAR(200)  NULL,                   -- BigBlueButton's recordID; NULL when added by hand
  url              VARCHAR(2000) NOT NULL,
  minutes          INT           NULL,
  published_at     DATETIME(6)   NOT NULL,
  CONSTRAINT uq_webinar_recordings_record UNIQUE (record_id),
  CONSTRAINT fk_webinar_recordings_webinar FOREIGN KEY (webinar_id) REFERENCES webinars (id) ON DELETE CASCADE,
  INDEX ix_webinar_recordings_webinar (webinar_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A personal iCalendar feed: the URL carries a secret token; only its hash is kept.
CREATE TABLE calendar_feeds (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id        BIGINT        NOT NULL,
  token_hash       CHAR(64)      NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  revoked_at       DATETIME(6)   NULL,
  CONSTRAINT uq_calendar_feeds_token UNIQUE (token_hash),
  CONSTRAINT fk_calendar_feeds_person FOREIGN KEY (person_id) REFERENCES people (id),
  INDEX ix_calendar_feeds_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Online consultations: a methodologist's time slots, one booking at most per slot.
CREATE TABLE consultation_slots (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uid              VARCHAR(100)  NOT NULL,
  methodologist_id BIGINT        NOT NULL,
  starts_at        DATETIME(6)   NOT NULL,
  ends_at          DATETIME(6)   NOT NULL,
  topic            VARCHAR(250)  NULL,
  join_url         VARCHAR(2000) NULL,
  status           VARCHAR(20)   NOT NULL,               -- OPEN, CANCELLED
  sequence         INT           NOT NULL DEFAULT 0,
  created_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_consultation_slots_uid UNIQUE (uid),
  CONSTRAINT fk_consultation_slots_methodologist FOREIGN KEY (methodologist_id) REFERENCES people (id),
  INDEX ix_consultation_slots_methodologist (methodologist_id, starts_at),
  INDEX ix_consultation_slots_starts (status, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE consultation_bookings (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slot_id          BIGINT        NOT NULL,
  person_id        BIGINT        NOT NULL,
  question         VARCHAR(2000) NULL,
  status           VARCHAR(20)   NOT NULL,               -- BOOKED, CANCELLED, HELD
  booked_at        DATETIME(6)   NOT NULL,
  cancelled_at     DATETIME(6)   NULL,
  cancelled_by     VARCHAR(100)  NULL,
  -- set while the booking is live, so the unique key allows one live booking per slot
  live_slot_id     BIGINT        AS (IF(status = 'CANCELLED', NULL, slot_id)) PERSISTENT,
  CONSTRAINT uq_consultation_bookings_live UNIQUE (live_slot_id),
  CONSTRAINT fk_consultation_bookings_slot FOREIGN KEY (slot_id) REFERENCES consultation_slots (id) ON DELETE CASCADE,
  CONSTRAINT fk_consultation_bookings_person FOREIGN KEY (person_id) REFERENCES people (id),
  INDEX ix_consultation_bookings_slot (slot_id),
  INDEX ix_consultation_bookings_person (person_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
