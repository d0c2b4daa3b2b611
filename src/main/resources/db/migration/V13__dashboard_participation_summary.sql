-- The department's dashboard at region scale (issue 7).
--
-- Webinar participation per district month: one row per person and month in which they attended
-- at least one held webinar. "Attended" is the attendance evidence's current value (the row no
-- later correction supersedes) above zero minutes, at a webinar that was not cancelled; `attended`
-- counts such rows. The month is the webinar's start at the district's offset, UTC+05:00 (Asia/
-- Yekaterinburg has kept it since 26 October 2014; periods that begin before then are counted from
-- the evidence itself). The organisation is the person's current one. Kept by the writers in the
-- same transaction (webinar.WebinarParticipation: attendance appended, a started webinar moved or
-- cancelled, a person moved), so that counting distinct people and schools over years reads a
-- few narrow rows per person and month instead of every attendance row joined to people.
CREATE TABLE webinar_month_participants (
  month            DATE     NOT NULL,               -- the first day of the district month
  person_id        BIGINT   NOT NULL,
  organisation_id  BIGINT   NOT NULL,               -- the person's organisation
  school           BOOLEAN  NOT NULL,               -- that organisation is a school
  attended         INT      NOT NULL,               -- current attendance rows > 0 minutes, > 0
  PRIMARY KEY (month, person_id),
  CONSTRAINT fk_webinar_month_participants_person FOREIGN KEY (person_id) REFERENCES people (id),
  CONSTRAINT fk_webinar_month_participants_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
  INDEX ix_webinar_month_participants_organisation (organisation_id, month, person_id),
  INDEX ix_webinar_month_participants_person (person_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO webinar_month_participants (month, person_id, organisation_id, school, attended)
SELECT DATE_FORMAT(DATE_ADD(w.starts_at, INTERVAL 5 HOUR), '%Y-%m-01'), a.person_id, p.organisation_id,
       o.kind = 'SCHOOL', COUNT(*)
  FROM webinar_attendance a
  JOIN webinars w ON w.id = a.webinar_id
  JOIN people p ON p.id = a.person_id
  JOIN organisations o ON o.id = p.organisation_id
 WHERE w.status <> 'CANCELLED' AND a.minutes > 0
   AND NOT EXISTS (SELECT 1 FROM webinar_attendance s WHERE s.supersedes_id = a.id)
 GROUP BY 1, a.person_id, p.organisation_id, o.kind;

-- Certificates by position: the distinct positions by a loose index scan, then each position's
-- people, so that certificates are grouped by a number instead of a 150-character text.
CREATE INDEX ix_people_position ON people (position);
