-- Controlling (issue 30): reporting obligations and milestones.

-- A body's controlling settings: how often its measures report by default (months: 3, 6
-- or 12; none: yearly). One row per body, made when first saved.
CREATE TABLE controlling_settings (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL UNIQUE REFERENCES bodies(id),
    report_interval_months BIGINT CHECK (report_interval_months IN (3, 6, 12)),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

-- A measure's own reporting interval, in months; none: its body's.
ALTER TABLE measures ADD COLUMN report_interval_months BIGINT CHECK (report_interval_months IN (3, 6, 12));

-- A measure's milestones: what should be reached by when, and when it was.
CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    measure_id BIGINT NOT NULL REFERENCES measures(id),
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    done_on TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX milestones_by_measure ON milestones(measure_id, due_on);
CREATE INDEX milestones_open ON milestones(due_on) WHERE done_on IS NULL;
