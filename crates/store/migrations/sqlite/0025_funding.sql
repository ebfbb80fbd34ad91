-- Funding programmes (issue 32): the grants that pay for measures, each with its grant
-- decision and period, funding rate, budget code, the programme it continues (follow-up
-- financing) and its deadlines for the proof of use. Budget lines point to the programme
-- that pays them and say how much staff (full-time equivalents, in hundredths) they pay for.
CREATE TABLE funding_programmes (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    funder TEXT NOT NULL,
    name TEXT NOT NULL,
    grant_reference TEXT,
    granted_on TEXT,
    period_from TEXT,
    period_until TEXT,
    funding_rate_hundredths BIGINT CHECK (funding_rate_hundredths BETWEEN 0 AND 10000),
    budget_code TEXT,
    follows_id BIGINT REFERENCES funding_programmes(id),
    notes TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (period_until IS NULL OR period_from IS NULL OR period_until >= period_from)
);
CREATE INDEX funding_programmes_by_body ON funding_programmes(body_id);

CREATE TABLE funding_proofs (
    id INTEGER PRIMARY KEY,
    programme_id BIGINT NOT NULL REFERENCES funding_programmes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('interim', 'final')),
    due_on TEXT NOT NULL,
    submitted_on TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX funding_proofs_by_programme ON funding_proofs(programme_id, due_on);

ALTER TABLE budget_lines ADD COLUMN programme_id BIGINT REFERENCES funding_programmes(id);
ALTER TABLE budget_lines ADD COLUMN staff_hundredths BIGINT CHECK (staff_hundredths >= 0);
CREATE INDEX budget_lines_by_programme ON budget_lines(programme_id);
