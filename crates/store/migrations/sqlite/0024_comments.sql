-- Online comments on a draft in consultation (issue 31). Anyone may comment on the draft as
-- a whole or on one of its principles, fields of action, goals or measures; a comment waits
-- for moderation, and once published becomes a contribution of the version's participation
-- process (in its online event), whose fate the contribution tracking records. A merged
-- comment counts with the one it repeats.
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies(id),
    concept_id BIGINT NOT NULL REFERENCES concepts(id),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('version', 'principle', 'field', 'goal', 'measure')),
    target_id BIGINT,
    text TEXT NOT NULL,
    lang TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'published', 'rejected', 'merged')),
    reason TEXT,
    merged_into_id BIGINT REFERENCES comments(id),
    contribution_id BIGINT REFERENCES contributions(id),
    moderated_at TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK ((target_kind = 'version') = (target_id IS NULL))
);
CREATE INDEX comments_by_concept ON comments(concept_id, state);
CREATE INDEX comments_by_contribution ON comments(contribution_id) WHERE contribution_id IS NOT NULL;

-- The address a commenter left to hear what became of the comment: used only after it is
-- confirmed (double opt-in: only the SHA-256 of the confirmation link's token is kept),
-- erased by one click on the link every mail carries (that token is kept as it is: each
-- notice must carry it, and all it can do is erase this one address), and in any case by
-- the retention once the version is adopted. Not audited: the audit log must not keep an
-- address its erasure removes.
CREATE TABLE comment_subscriptions (
    comment_id BIGINT PRIMARY KEY REFERENCES comments(id),
    email TEXT NOT NULL,
    lang TEXT NOT NULL,
    confirm_hash TEXT NOT NULL UNIQUE,
    unsubscribe_token TEXT NOT NULL UNIQUE,
    confirmed_at TEXT,
    -- The contribution status the person was last told of, and when the adoption was told.
    notified_fate TEXT,
    notified_adopted_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX comment_subscriptions_by_email ON comment_subscriptions(email);

-- The online event a concept's published comments are filed under (made on the first).
ALTER TABLE concepts ADD COLUMN comment_event_id BIGINT REFERENCES participation_events(id);
