-- The full-text search index (see src/search.rs): one document per searchable record with
-- its body, visibility and text; per body a vocabulary of stemmed terms, every ending of a
-- term (for matching inside German compounds) and the postings. The index lives in the
-- database so that every app server sees the same; terms are made by the application, so
-- SQLite and PostgreSQL find the same. Changed records reach the index through
-- search_queue, filled from the audit trail (so no write path can forget it) and drained
-- before each search.

CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    public BIGINT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    path TEXT NOT NULL,
    UNIQUE (kind, record_id)
);
CREATE INDEX search_docs_by_body ON search_docs(body_id, kind);

CREATE TABLE search_doc_fields (
    doc_id BIGINT NOT NULL REFERENCES search_docs(id) ON DELETE CASCADE,
    field_id BIGINT NOT NULL,
    PRIMARY KEY (doc_id, field_id)
) WITHOUT ROWID;

CREATE TABLE search_terms (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL,
    term TEXT NOT NULL,
    UNIQUE (body_id, term)
);

CREATE TABLE search_parts (
    body_id BIGINT NOT NULL,
    part TEXT NOT NULL,
    term_id BIGINT NOT NULL REFERENCES search_terms(id) ON DELETE CASCADE,
    pos BIGINT NOT NULL,
    PRIMARY KEY (body_id, part, term_id)
) WITHOUT ROWID;

CREATE TABLE search_postings (
    term_id BIGINT NOT NULL,
    doc_id BIGINT NOT NULL REFERENCES search_docs(id) ON DELETE CASCADE,
    weight BIGINT NOT NULL,
    -- Copied from the document, so that ranking the matches needs no other table.
    public BIGINT NOT NULL,
    kind_rank BIGINT NOT NULL,
    PRIMARY KEY (term_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX search_postings_by_doc ON search_postings(doc_id);

CREATE TABLE search_queue (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL
);

-- A record of an indexed table changed; or a link row (no id of its own) of one.
CREATE TRIGGER search_enqueue AFTER INSERT ON audit_log
WHEN NEW.entity IN ('concepts', 'principles', 'fields_of_action', 'goals', 'measures', 'papers', 'meetings', 'agenda_items', 'participation_events', 'contributions', 'indicators') OR NEW.parent_entity IN ('concepts', 'principles', 'fields_of_action', 'goals', 'measures', 'papers', 'meetings', 'agenda_items', 'participation_events', 'contributions', 'indicators')
BEGIN
    INSERT INTO search_queue (entity, entity_id)
        SELECT NEW.entity, NEW.entity_id
        WHERE NEW.entity IN ('concepts', 'principles', 'fields_of_action', 'goals', 'measures', 'papers', 'meetings', 'agenda_items', 'participation_events', 'contributions', 'indicators') AND NEW.entity_id IS NOT NULL;
    INSERT INTO search_queue (entity, entity_id)
        SELECT NEW.parent_entity, NEW.parent_id
        WHERE NEW.entity_id IS NULL AND NEW.parent_entity IN ('concepts', 'principles', 'fields_of_action', 'goals', 'measures', 'papers', 'meetings', 'agenda_items', 'participation_events', 'contributions', 'indicators') AND NEW.parent_id IS NOT NULL;
END;

-- What exists already.
INSERT INTO search_queue (entity, entity_id) SELECT 'concepts', id FROM concepts;
INSERT INTO search_queue (entity, entity_id) SELECT 'principles', id FROM principles;
INSERT INTO search_queue (entity, entity_id) SELECT 'fields_of_action', id FROM fields_of_action;
INSERT INTO search_queue (entity, entity_id) SELECT 'goals', id FROM goals;
INSERT INTO search_queue (entity, entity_id) SELECT 'measures', id FROM measures;
INSERT INTO search_queue (entity, entity_id) SELECT 'papers', id FROM papers;
INSERT INTO search_queue (entity, entity_id) SELECT 'meetings', id FROM meetings;
INSERT INTO search_queue (entity, entity_id) SELECT 'agenda_items', id FROM agenda_items;
INSERT INTO search_queue (entity, entity_id) SELECT 'participation_events', id FROM participation_events;
INSERT INTO search_queue (entity, entity_id) SELECT 'contributions', id FROM contributions;
INSERT INTO search_queue (entity, entity_id) SELECT 'indicators', id FROM indicators;
