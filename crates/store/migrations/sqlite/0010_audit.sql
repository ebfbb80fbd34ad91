-- The audit trail: every create, update and delete of a record, with who (an account, or
-- how: web, api, cli, system), when, and the row before and after as JSON. Rows are written
-- by triggers (made at start-up from the list in src/audit.rs), so no code path can forget
-- them; the table takes no UPDATE or DELETE. Who is acting is set per write transaction in
-- audit_context (SQLite has one writer at a time; the row is reset before each commit).

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id BIGINT,
    via TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    parent_entity TEXT,
    parent_id BIGINT,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_by_parent ON audit_log(parent_entity, parent_id);
CREATE INDEX audit_log_by_user ON audit_log(user_id, id);

CREATE TABLE audit_context (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    user_id BIGINT,
    via TEXT NOT NULL
);
INSERT INTO audit_context (id, user_id, via) VALUES (1, NULL, 'system');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
