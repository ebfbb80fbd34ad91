-- The mail outbox (issue 30). A mail is written here in the same transaction as the change
-- that causes it and sent later by a worker, so a change is never stored without its mail
-- nor a mail sent for a change that was rolled back.
--
-- A worker takes a mail by setting `lease_until` (and `leased_by`, its own name); several
-- servers on one database each take different mails, and a mail whose worker died (kill -9)
-- is taken again when its lease has run out: sent at least once, under the same
-- `message_id`, so a receiving system can recognise the repeat. `next_attempt_at` puts off
-- a mail after a temporary failure (back-off); `failed_at` marks one that will not be
-- tried again (the work queue shows it). `dedupe_key` makes a mail that the scheduler may
-- compose on several servers (a reminder) enter the outbox once. Content and recipient
-- are personal data: sent mails are deleted after a retention period.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    dedupe_key TEXT UNIQUE,
    body_id BIGINT,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    lease_until TEXT NOT NULL DEFAULT '',
    leased_by TEXT NOT NULL DEFAULT '',
    sent_at TEXT,
    failed_at TEXT,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_waiting ON outbox(next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_by_body ON outbox(body_id, created_at);
