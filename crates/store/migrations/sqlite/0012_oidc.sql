-- Single sign-on (OpenID Connect): a login under way, between the redirect to the
-- provider and its answer. Kept in the database so that any app server can take the
-- answer; only the state's hash is stored, and a row lives ten minutes at most.
CREATE TABLE oidc_logins (
    state_hash TEXT PRIMARY KEY,
    nonce TEXT NOT NULL,
    verifier TEXT NOT NULL,
    next TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
