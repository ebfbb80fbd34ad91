-- Resolution tracking (Beschlussverfolgung, issue 30): what became of each resolution of
-- the council, each review request (Prüfauftrag) and each deferred matter. An entry
-- belongs to the agenda item where it was decided and/or its paper; it is public exactly
-- when they are (no flag of its own that could say otherwise).
CREATE TABLE resolutions (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    agenda_item_id BIGINT REFERENCES agenda_items(id),
    paper_id BIGINT REFERENCES papers(id),
    kind TEXT NOT NULL CHECK (kind IN ('resolution', 'review_request', 'deferral')),
    title TEXT NOT NULL,
    lead_organization_id BIGINT REFERENCES organizations(id),
    due_on TEXT,
    resubmission_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'deferred')),
    done_on TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (agenda_item_id IS NOT NULL OR paper_id IS NOT NULL),
    CHECK ((status = 'done') = (done_on IS NOT NULL))
);
CREATE INDEX resolutions_by_body ON resolutions(body_id, status);
CREATE INDEX resolutions_by_item ON resolutions(agenda_item_id);
CREATE INDEX resolutions_by_paper ON resolutions(paper_id);

-- The measures that carry a resolution out.
CREATE TABLE resolution_measures (
    resolution_id BIGINT NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
    measure_id BIGINT NOT NULL REFERENCES measures(id),
    PRIMARY KEY (resolution_id, measure_id)
);
CREATE INDEX resolution_measures_by_measure ON resolution_measures(measure_id);
