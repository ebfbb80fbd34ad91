-- Approval of progress reports (issue 30), optional per body: a report an actor files
-- (with an account or through a round's link) waits as "submitted" until a coordinator
-- approves it (then it is public and sets the measure's status) or returns it with a reason.

ALTER TABLE controlling_settings ADD COLUMN approval BIGINT NOT NULL DEFAULT 0;

ALTER TABLE progress_reports ADD COLUMN review_state TEXT NOT NULL DEFAULT 'approved'
    CHECK (review_state IN ('submitted', 'approved', 'returned'));
ALTER TABLE progress_reports ADD COLUMN review_note TEXT;
ALTER TABLE progress_reports ADD COLUMN reviewed_at TEXT;
CREATE INDEX progress_reports_to_review ON progress_reports(measure_id) WHERE review_state = 'submitted';
