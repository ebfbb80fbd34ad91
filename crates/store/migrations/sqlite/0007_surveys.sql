-- Surveys: questionnaires with translations, anonymous responses (no account, no address,
-- the day only), one-time invitation codes (stored hashed, never linked to a response), and
-- the population margins a survey is weighted to.

CREATE TABLE surveys (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    title TEXT NOT NULL,
    intro TEXT,
    status TEXT NOT NULL,
    languages TEXT NOT NULL,
    invitation_only BIGINT NOT NULL DEFAULT 0,
    min_group_size BIGINT NOT NULL DEFAULT 5,
    results_public BIGINT NOT NULL DEFAULT 0,
    weighting TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX surveys_by_body ON surveys(body_id);

CREATE TABLE survey_questions (
    id INTEGER PRIMARY KEY,
    survey_id BIGINT NOT NULL REFERENCES surveys(id),
    position BIGINT NOT NULL,
    code TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    help TEXT,
    required BIGINT NOT NULL DEFAULT 0,
    min_value REAL,
    max_value REAL,
    condition_question_id BIGINT REFERENCES survey_questions(id),
    condition_value TEXT,
    UNIQUE (survey_id, code)
);

-- Options of a question (role 'option') and rows of a matrix question (role 'item').
CREATE TABLE survey_options (
    id INTEGER PRIMARY KEY,
    question_id BIGINT NOT NULL REFERENCES survey_questions(id),
    role TEXT NOT NULL,
    position BIGINT NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    UNIQUE (question_id, role, code)
);

-- Translations of a survey's texts. key: 'title', 'intro', 'q<id>', 'q<id>.help', 'o<id>'.
-- source is the German text the translation was made from: when the German text changes,
-- the translation shows as outdated.
CREATE TABLE survey_translations (
    survey_id BIGINT NOT NULL REFERENCES surveys(id),
    lang TEXT NOT NULL,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (survey_id, lang, key)
);

CREATE TABLE survey_responses (
    id INTEGER PRIMARY KEY,
    survey_id BIGINT NOT NULL REFERENCES surveys(id),
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    weight REAL,
    -- From a sampling design (e.g. a register sample drawn unevenly), given with imported
    -- answers; 1 when absent. Raking starts from it.
    design_weight REAL
);
CREATE INDEX survey_responses_by_survey ON survey_responses(survey_id);

CREATE TABLE survey_answers (
    response_id BIGINT NOT NULL REFERENCES survey_responses(id),
    question_id BIGINT NOT NULL REFERENCES survey_questions(id),
    item TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX survey_answers_by_response ON survey_answers(response_id);
CREATE INDEX survey_answers_by_question ON survey_answers(question_id);

CREATE TABLE survey_invitations (
    id INTEGER PRIMARY KEY,
    survey_id BIGINT NOT NULL REFERENCES surveys(id),
    code_hash TEXT NOT NULL,
    used BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (survey_id, code_hash)
);

CREATE TABLE survey_margins (
    survey_id BIGINT NOT NULL REFERENCES surveys(id),
    position BIGINT NOT NULL,
    variable TEXT NOT NULL,
    category TEXT NOT NULL,
    target REAL NOT NULL,
    PRIMARY KEY (survey_id, variable, category)
);
