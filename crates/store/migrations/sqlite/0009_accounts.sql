-- Accounts and trust: people who log in, their roles per body (a role without a body holds
-- for every body: the server's administrators), the organizations an actor speaks for,
-- sessions kept in the database (so several app servers can share them), and failed
-- logins for rate limiting (the client address only as a hash, kept for a quarter hour).

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT,
    password_hash TEXT,
    oidc_subject TEXT UNIQUE,
    disabled BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

CREATE TABLE user_roles (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body_key TEXT,
    role TEXT NOT NULL
);
CREATE UNIQUE INDEX user_roles_unique ON user_roles(user_id, COALESCE(body_key, ''), role);

CREATE TABLE user_organizations (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, organization_id)
);
CREATE INDEX user_organizations_by_organization ON user_organizations(organization_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE INDEX sessions_by_expiry ON sessions(expires_at);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX api_tokens_by_user ON api_tokens(user_id);

CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    client_hash TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX login_failures_by_login ON login_failures(login, at);
CREATE INDEX login_failures_by_client ON login_failures(client_hash, at);
