-- Indexes for the roadmap's indicators, which count by period in SQL (docs/INDICATORS.md):
-- passed attempts by the time they finished (4.2), enrolments by when they began or were completed
-- (6.3), trainings elsewhere by their day (4.1), schools by their model stage (3.4–3.6).

CREATE INDEX ix_quiz_attempts_finished ON quiz_attempts (finished_at, passed);
CREATE INDEX ix_enrolments_enrolled ON enrolments (enrolled_at);
CREATE INDEX ix_enrolments_completed ON enrolments (completed_at);
CREATE INDEX ix_external_trainings_completed ON external_trainings (completed_on);
CREATE INDEX ix_organisations_stage ON organisations (kind, model_stage);
CREATE INDEX ix_consultation_bookings_status ON consultation_bookings (status, slot_id);
