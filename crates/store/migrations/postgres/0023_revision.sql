-- Revising a concept (issue 31). A new version starts as a copy of the one in force: each
-- carried principle, field of action, goal and measure remembers the item it was carried
-- from, so a comparison of two versions recognises an item across versions (also when it
-- moved) and a continued measure's page reads the reports of its predecessors, which stay
-- where they were written. What became of each measure of the old version — continued,
-- changed, ended with a reason, dropped — is kept with the new version.

ALTER TABLE principles ADD COLUMN carried_from_id BIGINT REFERENCES principles(id);
ALTER TABLE fields_of_action ADD COLUMN carried_from_id BIGINT REFERENCES fields_of_action(id);
ALTER TABLE goals ADD COLUMN carried_from_id BIGINT REFERENCES goals(id);
ALTER TABLE measures ADD COLUMN carried_from_id BIGINT REFERENCES measures(id);
CREATE INDEX measures_by_carried_from ON measures(carried_from_id);

CREATE TABLE measure_carry_overs (
    concept_id BIGINT NOT NULL REFERENCES concepts(id),
    measure_id BIGINT NOT NULL REFERENCES measures(id),
    decision TEXT NOT NULL CHECK (decision IN ('continue', 'change', 'end', 'drop')),
    reason TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (concept_id, measure_id)
);
CREATE INDEX measure_carry_overs_by_measure ON measure_carry_overs(measure_id);

-- A version open for the public's comments ("in Beteiligung") says from when to when.
ALTER TABLE concepts ADD COLUMN consultation_from TEXT;
ALTER TABLE concepts ADD COLUMN consultation_until TEXT;
