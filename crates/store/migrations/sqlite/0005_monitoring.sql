-- Integration monitoring: official statistics as imported. A table (12411-01-01-4) holds
-- observations of variables (BEVSTD) per region (AGS/ARS as the source writes it), period
-- (2024-12-31 or 2024) and combination of classifying attributes (dims, "GES=GESW",
-- empty for the total). A cell that holds a special symbol has no value and its flag
-- ("-", ".", "x", …); value_q marks go to quality. Re-importing a table replaces its
-- periods.

CREATE TABLE stat_tables (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    label TEXT,
    source TEXT,
    imported_at TEXT NOT NULL
);

CREATE TABLE stat_variables (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    unit TEXT
);

-- Labels of classifying attributes (GES=GESW: "Geschlecht: weiblich").
CREATE TABLE stat_attributes (
    variable TEXT NOT NULL,
    code TEXT NOT NULL,
    variable_label TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (variable, code)
);

-- Region names as the files give them, also for former regions not in the reference.
CREATE TABLE stat_region_names (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

-- The combinations of attributes a table uses, numbered per table ("GES=GESW;NAT=NATA").
CREATE TABLE stat_dims (
    table_id BIGINT NOT NULL REFERENCES stat_tables(id),
    idx BIGINT NOT NULL,
    spec TEXT NOT NULL,
    PRIMARY KEY (table_id, idx)
);

-- The cells of one variable for one region and period (from one table), one line per
-- combination of attributes: "dims idx<TAB>value<TAB>flag<TAB>quality". A file of 100,000 values
-- by Kreis becomes 400 rows, which is what makes an import faster than parsing the file
-- with pandas; a large file is written in several parts. Lines of a later part replace
-- lines of an earlier one with the same dims.
CREATE TABLE stat_cells (
    variable_id BIGINT NOT NULL REFERENCES stat_variables(id),
    region TEXT NOT NULL,
    period TEXT NOT NULL,
    table_id BIGINT NOT NULL REFERENCES stat_tables(id),
    part BIGINT NOT NULL,
    cells TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (variable_id, region, period, table_id, part)
);
CREATE INDEX stat_cells_by_table ON stat_cells(table_id, period);
