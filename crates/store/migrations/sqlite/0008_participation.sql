-- Participation: the process a concept version is made in (with its phases), the events of
-- every format with who came, the contributions raised there and what became of them, and
-- the keyword stems that suggest a contribution's fields of action.

CREATE TABLE participation_processes (
    id INTEGER PRIMARY KEY,
    concept_id BIGINT NOT NULL REFERENCES concepts(id),
    title TEXT NOT NULL,
    description TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX participation_processes_by_concept ON participation_processes(concept_id);

CREATE TABLE participation_phases (
    process_id BIGINT NOT NULL REFERENCES participation_processes(id),
    phase TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    note TEXT,
    PRIMARY KEY (process_id, phase)
);

CREATE TABLE participation_events (
    id INTEGER PRIMARY KEY,
    process_id BIGINT NOT NULL REFERENCES participation_processes(id),
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    place TEXT,
    planning_area_id BIGINT REFERENCES planning_areas(id),
    organizer_id BIGINT REFERENCES organizations(id),
    languages TEXT,
    description TEXT,
    participants_total BIGINT,
    public BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX participation_events_by_process ON participation_events(process_id);

CREATE TABLE event_participants (
    event_id BIGINT NOT NULL REFERENCES participation_events(id),
    target_group_id BIGINT NOT NULL REFERENCES target_groups(id),
    count BIGINT NOT NULL,
    PRIMARY KEY (event_id, target_group_id)
);

CREATE TABLE contributions (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES participation_events(id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    public BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX contributions_by_event ON contributions(event_id);

CREATE TABLE contribution_fields (
    contribution_id BIGINT NOT NULL REFERENCES contributions(id),
    field_id BIGINT NOT NULL REFERENCES fields_of_action(id),
    PRIMARY KEY (contribution_id, field_id)
);

CREATE TABLE contribution_target_groups (
    contribution_id BIGINT NOT NULL REFERENCES contributions(id),
    target_group_id BIGINT NOT NULL REFERENCES target_groups(id),
    PRIMARY KEY (contribution_id, target_group_id)
);

CREATE TABLE contribution_measures (
    contribution_id BIGINT NOT NULL REFERENCES contributions(id),
    measure_id BIGINT NOT NULL REFERENCES measures(id),
    PRIMARY KEY (contribution_id, measure_id)
);
CREATE INDEX contribution_measures_by_measure ON contribution_measures(measure_id);

CREATE TABLE field_keywords (
    field_id BIGINT NOT NULL REFERENCES fields_of_action(id),
    stem TEXT NOT NULL,
    PRIMARY KEY (field_id, stem)
);

-- Documentation of an event (minutes, photos of flip charts, results): files like a paper's.
ALTER TABLE files ADD COLUMN event_id BIGINT REFERENCES participation_events(id);
