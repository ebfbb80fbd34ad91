-- no-transaction
-- (SQLite cannot drop a table constraint: the papers table is rebuilt, with foreign keys
-- off for the rebuild, as SQLite's documentation describes; one transaction all the same.)
PRAGMA foreign_keys = OFF;
BEGIN;

-- Files of meetings and agenda items (OParl: a meeting's invitation, results and verbatim
-- protocol and auxiliary files; an agenda item's resolution and auxiliary files), and which
-- of these a file is. A paper's files keep `role` empty or 'main' for its main file.
ALTER TABLE files ADD COLUMN agenda_item_id BIGINT REFERENCES agenda_items(id);
ALTER TABLE files ADD COLUMN role TEXT;
CREATE INDEX files_by_meeting ON files(meeting_id);

-- Council systems give the same reference to two papers (269 of 14,004 in one real
-- SessionNet crawl); both are kept. A reference stays unique per body for papers typed in
-- here; an imported paper whose reference another paper carries gets the next
-- `duplicate_no`.
CREATE TABLE papers_new (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    reference TEXT NOT NULL,
    name TEXT NOT NULL,
    paper_type TEXT NOT NULL,
    date TEXT,
    proposal TEXT,
    reasoning TEXT,
    submitter_person_id BIGINT REFERENCES persons(id),
    submitter_organization_id BIGINT REFERENCES organizations(id),
    lead_organization_id BIGINT REFERENCES organizations(id),
    editor TEXT,
    concept_id BIGINT REFERENCES concepts(id),
    public BIGINT NOT NULL DEFAULT 1,
    finance_note TEXT,
    finance_total_cents BIGINT,
    finance_revenue_cents BIGINT,
    finance_own_share_cents BIGINT,
    finance_grants_cents BIGINT,
    finance_budget_year BIGINT,
    finance_overplanned BIGINT NOT NULL DEFAULT 0,
    finance_unplanned BIGINT NOT NULL DEFAULT 0,
    finance_budget_line TEXT,
    deleted BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    duplicate_no BIGINT NOT NULL DEFAULT 0
);
INSERT INTO papers_new (id, body_id, reference, name, paper_type, date, proposal, reasoning,
    submitter_person_id, submitter_organization_id, lead_organization_id, editor, concept_id,
    public, finance_note, finance_total_cents, finance_revenue_cents, finance_own_share_cents,
    finance_grants_cents, finance_budget_year, finance_overplanned, finance_unplanned,
    finance_budget_line, deleted, created_at, modified_at)
SELECT id, body_id, reference, name, paper_type, date, proposal, reasoning,
    submitter_person_id, submitter_organization_id, lead_organization_id, editor, concept_id,
    public, finance_note, finance_total_cents, finance_revenue_cents, finance_own_share_cents,
    finance_grants_cents, finance_budget_year, finance_overplanned, finance_unplanned,
    finance_budget_line, deleted, created_at, modified_at
FROM papers;
DROP TABLE papers;
ALTER TABLE papers_new RENAME TO papers;
CREATE UNIQUE INDEX papers_reference ON papers(body_id, reference, duplicate_no);
CREATE INDEX papers_by_body ON papers(body_id, date);
CREATE INDEX papers_keyset ON papers(body_id, id);

COMMIT;
PRAGMA foreign_keys = ON;
