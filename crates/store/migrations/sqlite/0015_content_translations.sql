-- Translations of the public texts of records (a concept's title and summary, a field of
-- action's description, a measure's title, …) and their plain-language (Leichte Sprache)
-- versions, language `ls`. Each keeps the German text it was made from (`source`): when the
-- German text changes, the translation is outdated without anyone having to mark it.
CREATE TABLE content_translations (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    entity TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    UNIQUE (entity, record_id, field, lang)
);
CREATE INDEX content_translations_by_body ON content_translations(body_id, lang);
