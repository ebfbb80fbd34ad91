-- Impact-oriented steering (issue 32): indicators of the catalogue have a level (outcome or
-- impact: what goals are measured by); a measure has output indicators (what it produces,
-- with a target over its period) whose running totals come with its progress reports.
ALTER TABLE indicators ADD COLUMN level TEXT NOT NULL DEFAULT 'outcome'
    CHECK (level IN ('outcome', 'impact'));

CREATE TABLE outputs (
    id INTEGER PRIMARY KEY,
    measure_id BIGINT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit TEXT,
    target_hundredths BIGINT NOT NULL CHECK (target_hundredths > 0),
    position BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX outputs_by_measure ON outputs(measure_id, position);

CREATE TABLE output_values (
    report_id BIGINT NOT NULL REFERENCES progress_reports(id) ON DELETE CASCADE,
    output_id BIGINT NOT NULL REFERENCES outputs(id) ON DELETE CASCADE,
    value_hundredths BIGINT NOT NULL CHECK (value_hundredths >= 0),
    PRIMARY KEY (report_id, output_id)
);
CREATE INDEX output_values_by_output ON output_values(output_id);
