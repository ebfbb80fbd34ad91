-- Indicators from the body's own surveys (issue 32): the weighted result of a question in
-- each closed survey, kept per indicator and survey. It is computed from the answers with
-- the same raking as the results pages, again whenever the survey changed (its modified_at
-- is the stamp) or the formula did, and kept when the raw answers are deleted after their
-- storage limit: the result stays a fact of its year, as a published figure does.
CREATE TABLE survey_indicator_values (
    indicator_id BIGINT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    survey_id BIGINT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    formula TEXT NOT NULL,
    stamp TEXT NOT NULL,
    period TEXT NOT NULL,
    estimate REAL,
    se REAL,
    n BIGINT NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (indicator_id, survey_id)
);
CREATE INDEX survey_indicator_values_by_survey ON survey_indicator_values(survey_id);
