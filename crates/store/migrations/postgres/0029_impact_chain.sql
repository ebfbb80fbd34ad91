-- The impact chain (issue 32): measures → outputs → goals → outcome/impact indicators, each
-- link with the assumption it rests on — why a measure is expected to serve its goal (kept
-- per measure, a measure has one goal), why the indicator shows whether the goal is reached
-- (kept with the goal's indicator target).
ALTER TABLE goal_indicators ADD COLUMN assumption TEXT;

CREATE TABLE measure_assumptions (
    measure_id BIGINT PRIMARY KEY REFERENCES measures(id) ON DELETE CASCADE,
    assumption TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
