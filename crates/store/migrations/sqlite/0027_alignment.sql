-- County and municipalities together (issue 32): the split of tasks a county and a
-- municipality within it agreed (in Peine a joint commission of city and county), noted
-- beside the side-by-side view of their measures.
CREATE TABLE alignment_notes (
    id INTEGER PRIMARY KEY,
    county_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    municipality_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    agreed_split TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    UNIQUE (county_id, municipality_id)
);
