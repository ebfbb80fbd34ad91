-- A body's indicator catalogue (seeded with the default set the first time it is read,
-- then edited by the coordinator), its planning areas, and goals that name an indicator
-- with a target value and year.

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    formula TEXT NOT NULL,
    unit TEXT,
    direction TEXT NOT NULL,
    field TEXT,
    source TEXT,
    description TEXT,
    position BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    UNIQUE (body_id, code)
);

ALTER TABLE bodies ADD COLUMN indicators_seeded BIGINT NOT NULL DEFAULT 0;

CREATE TABLE planning_areas (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

CREATE TABLE planning_area_members (
    area_id BIGINT NOT NULL REFERENCES planning_areas(id) ON DELETE CASCADE,
    region_key TEXT NOT NULL,
    PRIMARY KEY (area_id, region_key)
);

CREATE TABLE goal_indicators (
    goal_id BIGINT PRIMARY KEY REFERENCES goals(id),
    indicator_id BIGINT NOT NULL REFERENCES indicators(id),
    target_value REAL NOT NULL,
    target_year BIGINT NOT NULL
);
