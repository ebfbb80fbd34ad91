-- What an outside review found (issue 28), in the schema.

-- Single sign-on: a login under way belongs to the browser that started it (the hash of a
-- cookie set then), and may be a logged-in person linking their own account.
ALTER TABLE oidc_logins ADD COLUMN browser_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE oidc_logins ADD COLUMN link_user_id BIGINT;
-- An administrator allowed this account to be linked on its first single sign-on by the
-- login claim; never for accounts with an administrator role.
ALTER TABLE users ADD COLUMN oidc_link_allowed BIGINT NOT NULL DEFAULT 0;

-- API tokens end: at their expiry, with "log out everywhere" and a new password; the
-- account page lists them with their last use. Tokens issued before expire in 90 days.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT;
UPDATE api_tokens SET expires_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+90 days');

-- A vote recorded as unanimous without counts ("einstimmig"), as council systems do.
ALTER TABLE agenda_items ADD COLUMN votes_unanimous BIGINT NOT NULL DEFAULT 0;

-- Throttling of logins and password checks (and other attempts worth limiting): one row per
-- key — an account with one client, an account, a client, a survey with one client — each
-- only as a hash. `locked_until` is when the next attempt may come ('' = now); an attempt
-- in progress claims it. `subject_hash` names the account, for erasure.
CREATE TABLE throttle (
    key_hash TEXT PRIMARY KEY,
    subject_hash TEXT NOT NULL,
    failures BIGINT NOT NULL,
    locked_until TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX throttle_by_subject ON throttle(subject_hash);
CREATE INDEX throttle_by_age ON throttle(updated_at);
DROP TABLE login_failures;

-- A second factor for password logins: a TOTP secret (RFC 6238; never in the audit trail),
-- whether it is confirmed, the last time step used (no code twice), recovery codes as
-- hashes, and the login waiting for its code.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
CREATE TABLE recovery_codes (
    code_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    used_at TEXT
);
CREATE INDEX recovery_codes_by_user ON recovery_codes(user_id);
CREATE TABLE login_challenges (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    next TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
