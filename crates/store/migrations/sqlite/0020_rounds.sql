-- Reporting rounds (issue 30): the coordinator asks every lead organisation of a concept
-- version for its reports by a deadline; each organisation gets personal links by mail.

CREATE TABLE reporting_rounds (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    concept_id BIGINT NOT NULL REFERENCES concepts(id),
    title TEXT NOT NULL,
    message TEXT NOT NULL,
    -- The day the round started: reports as of this day or later answer it.
    started_on TEXT NOT NULL,
    -- Reports are asked for by this day; the links work until `closes_on` (inclusive).
    deadline TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    -- Reminders: this many days before the deadline, and every this many days after it
    -- (0: none).
    remind_before_days BIGINT NOT NULL CHECK (remind_before_days BETWEEN 0 AND 60),
    remind_after_days BIGINT NOT NULL CHECK (remind_after_days BETWEEN 0 AND 60),
    -- Closed early by the coordinator: every link stops working.
    closed_at TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX reporting_rounds_by_body ON reporting_rounds(body_id, deadline);

-- A personal link of one organisation in one round. Only the SHA-256 of the token is
-- kept; each mail carries a new token, all of the organisation's work until the round
-- closes unless revoked. Rows go with the round's retention.
CREATE TABLE round_links (
    id INTEGER PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES reporting_rounds(id),
    organization_id BIGINT NOT NULL REFERENCES organizations(id),
    token_hash TEXT NOT NULL UNIQUE,
    revoked_at TEXT,
    last_used_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX round_links_by_round ON round_links(round_id, organization_id);

-- The round a report answers (reports filed through a round's link, or by an account
-- while the round is open).
ALTER TABLE progress_reports ADD COLUMN round_id BIGINT REFERENCES reporting_rounds(id);
CREATE INDEX progress_reports_by_round ON progress_reports(round_id) WHERE round_id IS NOT NULL;

-- The language an account's mails are written in (a portal language); none: German.
ALTER TABLE users ADD COLUMN language TEXT;
