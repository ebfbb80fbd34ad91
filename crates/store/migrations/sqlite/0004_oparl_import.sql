-- OParl import: where a body's council records came from, so that a second run fetches
-- only what changed (modified_since = the newest `modified` seen) and updates records
-- in place instead of adding them twice. Organisations and persons get the soft delete
-- the other council records already have, because a source server may delete them.

CREATE TABLE oparl_sources (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    system_url TEXT NOT NULL,
    body_url TEXT NOT NULL UNIQUE,
    newest_modified TEXT,
    last_run TEXT NOT NULL
);

-- One row per imported object: its OParl id at the source and the local record.
-- `modified` is the source's timestamp, to skip unchanged objects on a re-run.
CREATE TABLE oparl_ids (
    source_id BIGINT NOT NULL REFERENCES oparl_sources(id),
    external_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    local_id BIGINT NOT NULL,
    modified TEXT,
    PRIMARY KEY (source_id, external_id)
);
CREATE INDEX oparl_ids_local ON oparl_ids(kind, local_id);

ALTER TABLE organizations ADD COLUMN deleted BIGINT NOT NULL DEFAULT 0;
ALTER TABLE persons ADD COLUMN deleted BIGINT NOT NULL DEFAULT 0;
