-- The concept core and the council basics it needs. Dates are ISO text (YYYY-MM-DD),
-- timestamps RFC 3339 UTC text, money in cents: the same representation on both backends.

CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT,
    kind TEXT NOT NULL,
    website TEXT,
    contact_email TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    name TEXT NOT NULL,
    short_name TEXT,
    kind TEXT NOT NULL,
    classification TEXT,
    website TEXT,
    start_date TEXT,
    end_date TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX organizations_by_body ON organizations(body_id, name);

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    name TEXT NOT NULL,
    role_title TEXT,
    organization_id BIGINT REFERENCES organizations(id),
    email TEXT,
    phone TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX persons_by_body ON persons(body_id, name);

CREATE TABLE target_groups (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    name TEXT NOT NULL,
    description TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    UNIQUE (body_id, name)
);

CREATE TABLE concepts (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    version_label TEXT NOT NULL,
    status TEXT NOT NULL,
    adopted_on TEXT,
    summary TEXT,
    paper_reference TEXT,
    supersedes_id BIGINT REFERENCES concepts(id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX concepts_by_body ON concepts(body_id, status);

CREATE TABLE principles (
    id INTEGER PRIMARY KEY,
    concept_id BIGINT NOT NULL REFERENCES concepts(id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    text TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX principles_by_concept ON principles(concept_id, position);

CREATE TABLE fields_of_action (
    id INTEGER PRIMARY KEY,
    concept_id BIGINT NOT NULL REFERENCES concepts(id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX fields_by_concept ON fields_of_action(concept_id, position);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    field_id BIGINT NOT NULL REFERENCES fields_of_action(id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    target_note TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX goals_by_field ON goals(field_id, position);

CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    goal_id BIGINT NOT NULL REFERENCES goals(id),
    position BIGINT NOT NULL,
    code TEXT,
    title TEXT NOT NULL,
    description TEXT,
    lead_organization_id BIGINT NOT NULL REFERENCES organizations(id),
    contact_person_id BIGINT REFERENCES persons(id),
    scope TEXT NOT NULL,
    scope_detail TEXT,
    start_date TEXT,
    end_date TEXT,
    priority TEXT NOT NULL,
    status TEXT NOT NULL,
    progress BIGINT NOT NULL CHECK (progress BETWEEN 0 AND 100),
    public BIGINT NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX measures_by_goal ON measures(goal_id, position);
CREATE INDEX measures_by_lead ON measures(lead_organization_id);

CREATE TABLE measure_partners (
    measure_id BIGINT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organizations(id),
    PRIMARY KEY (measure_id, organization_id)
);
CREATE INDEX measure_partners_by_org ON measure_partners(organization_id);

CREATE TABLE measure_target_groups (
    measure_id BIGINT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    target_group_id BIGINT NOT NULL REFERENCES target_groups(id),
    PRIMARY KEY (measure_id, target_group_id)
);
CREATE INDEX measure_target_groups_by_group ON measure_target_groups(target_group_id);

CREATE TABLE budget_lines (
    id INTEGER PRIMARY KEY,
    measure_id BIGINT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    year BIGINT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    funding_source TEXT,
    own_share_cents BIGINT
);
CREATE INDEX budget_lines_by_measure ON budget_lines(measure_id, year);

CREATE TABLE progress_reports (
    id INTEGER PRIMARY KEY,
    measure_id BIGINT NOT NULL REFERENCES measures(id),
    reported_on TEXT NOT NULL,
    status TEXT NOT NULL,
    progress BIGINT NOT NULL CHECK (progress BETWEEN 0 AND 100),
    narrative TEXT NOT NULL,
    spent_cents BIGINT,
    reporter_organization_id BIGINT REFERENCES organizations(id),
    created_at TEXT NOT NULL
);
CREATE INDEX progress_reports_by_measure ON progress_reports(measure_id, reported_on);
