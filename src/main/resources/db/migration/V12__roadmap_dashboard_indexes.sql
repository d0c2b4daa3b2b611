-- Indexes for the department's dashboard (issue 7): every figure is a GROUP BY that these let
-- MariaDB answer from the index alone, without reading the rows, at region scale
-- (200,000 certificates, 5,000 webinars with their attendance).

-- certificates issued in a period, by school or course, or joined to people for the position
CREATE INDEX ix_certificates_dashboard_issued
  ON certificates (status, issued_on, organisation_id, course_id, person_id);

-- each person's latest valid certificate of 16+ hours (the three-year cycle), in person order
CREATE INDEX ix_certificates_dashboard_cycle
  ON certificates (status, person_id, academic_hours, issued_on);

-- attendance of a webinar: who and for how long, without the row
CREATE INDEX ix_webinar_attendance_dashboard
  ON webinar_attendance (webinar_id, person_id, minutes);

-- a roadmap's items by status and end of period (overdue)
CREATE INDEX ix_roadmap_items_dashboard
  ON roadmap_items (roadmap_id, status, period_end);
