-- The council side: locations, legislative terms, memberships, meetings with agenda items,
-- papers with their finance block and consultation sequence, files, reporting cycles.
-- Timestamps of meetings are RFC 3339 text with the local offset (2017-04-19T17:00:00+02:00).
-- `deleted` marks soft-deleted records, which OParl still lists with `deleted: true`.

CREATE TABLE locations (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    description TEXT,
    room TEXT,
    street_address TEXT,
    postal_code TEXT,
    locality TEXT,
    deleted BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX locations_by_body ON locations(body_id, id);

CREATE TABLE legislative_terms (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    name TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    deleted BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX legislative_terms_by_body ON legislative_terms(body_id, id);

CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES persons(id),
    organization_id BIGINT NOT NULL REFERENCES organizations(id),
    role TEXT,
    voting_right BIGINT NOT NULL DEFAULT 1,
    start_date TEXT,
    end_date TEXT,
    deleted BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX memberships_by_org ON memberships(organization_id, id);
CREATE INDEX memberships_by_person ON memberships(person_id, id);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    name TEXT NOT NULL,
    state TEXT NOT NULL,
    cancelled BIGINT NOT NULL DEFAULT 0,
    start_at TEXT NOT NULL,
    end_at TEXT,
    location_id BIGINT REFERENCES locations(id),
    note TEXT,
    deleted BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX meetings_by_body ON meetings(body_id, start_at);

CREATE TABLE meeting_organizations (
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organizations(id),
    PRIMARY KEY (meeting_id, organization_id)
);
CREATE INDEX meeting_organizations_by_org ON meeting_organizations(organization_id);

CREATE TABLE papers (
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
    UNIQUE (body_id, reference)
);
CREATE INDEX papers_by_body ON papers(body_id, date);

CREATE TABLE paper_measures (
    paper_id BIGINT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    measure_id BIGINT NOT NULL REFERENCES measures(id),
    PRIMARY KEY (paper_id, measure_id)
);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id),
    position BIGINT NOT NULL,
    number TEXT,
    name TEXT NOT NULL,
    public BIGINT NOT NULL DEFAULT 1,
    paper_id BIGINT REFERENCES papers(id),
    result TEXT,
    resolution_text TEXT,
    votes_yes BIGINT,
    votes_no BIGINT,
    votes_abstain BIGINT,
    votes_conflicted BIGINT,
    minutes TEXT,
    deleted BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (votes_yes IS NULL OR votes_yes >= 0),
    CHECK (votes_no IS NULL OR votes_no >= 0),
    CHECK (votes_abstain IS NULL OR votes_abstain >= 0),
    CHECK (votes_conflicted IS NULL OR votes_conflicted >= 0)
);
CREATE INDEX agenda_items_by_meeting ON agenda_items(meeting_id, position);
CREATE INDEX agenda_items_by_paper ON agenda_items(paper_id);

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    paper_id BIGINT NOT NULL REFERENCES papers(id),
    position BIGINT NOT NULL,
    organization_id BIGINT NOT NULL REFERENCES organizations(id),
    meeting_id BIGINT REFERENCES meetings(id),
    agenda_item_id BIGINT REFERENCES agenda_items(id),
    role TEXT NOT NULL,
    authoritative BIGINT NOT NULL DEFAULT 0,
    deleted BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX consultations_by_paper ON consultations(paper_id, position);
CREATE INDEX consultations_by_meeting ON consultations(meeting_id);

CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    paper_id BIGINT REFERENCES papers(id),
    meeting_id BIGINT REFERENCES meetings(id),
    name TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    text TEXT,
    public BIGINT NOT NULL DEFAULT 1,
    deleted BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX files_by_paper ON files(paper_id);

CREATE TABLE reporting_cycles (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    organization_id BIGINT NOT NULL REFERENCES organizations(id),
    concept_id BIGINT REFERENCES concepts(id),
    title TEXT NOT NULL,
    interval_months BIGINT NOT NULL CHECK (interval_months BETWEEN 1 AND 60),
    next_due TEXT NOT NULL,
    requested_by_paper_id BIGINT REFERENCES papers(id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX reporting_cycles_by_body ON reporting_cycles(body_id, next_due);
