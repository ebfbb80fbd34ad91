//! Accounts, roles, sessions and API tokens, all in the database so that several app
//! servers share them. Passwords are stored as argon2id PHC strings; session and API
//! tokens only as SHA-256 hashes, so a copy of the database logs nobody in.

use crate::db::{minutes_from_now, now};
use crate::error::Taken;
use crate::owners::OWNERS;
use crate::throttle::{Key, Rule};
use crate::{Result, Store, StoreError};
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use sha2::{Digest, Sha256};
use sqlx::Row;
use std::collections::HashMap;
use teilhabe_domain::access::{Grant, Principal, RecordKind, Role, Target};
use teilhabe_domain::{Coded, FieldErrors};

/// How long a session lasts after login, in hours.
pub const SESSION_HOURS: i64 = 12;
/// Password guesses for one account from one client: three free, then 1, 2, 4 … seconds
/// of waiting up to a quarter of an hour, one check at a time.
pub const PAIR_RULE: Rule = Rule {
    free: 3,
    max_wait: 15 * 60,
    window_minutes: 15,
    exclusive: true,
};
/// Guesses for one account from anywhere (many addresses at once): twenty free, then a
/// wait of at most a minute, which slows a spread attack without locking the owner out.
pub const ACCOUNT_RULE: Rule = Rule {
    free: 20,
    max_wait: 60,
    window_minutes: 15,
    exclusive: false,
};
/// Guesses from one client at any accounts: thirty free, then growing waits.
pub const CLIENT_RULE: Rule = Rule {
    free: 30,
    max_wait: 15 * 60,
    window_minutes: 15,
    exclusive: false,
};

/// Password hashes computed at once, at most: argon2 takes 19 MiB and a core for a while,
/// and a flood of logins must not take the server's memory with it.
static HASHING: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    tokio::sync::Semaphore::new(cores * 2)
});

/// A row of `teilhabe user list`.
#[derive(Debug, Clone)]
pub struct UserSummary {
    pub id: i64,
    pub login: String,
    pub display_name: String,
    pub email: Option<String>,
    pub disabled: bool,
    pub roles: Vec<(Role, Option<String>)>,
    pub organizations: Vec<i64>,
    pub sessions: i64,
}

/// An account with a role in one body, as that body's administrators see it.
#[derive(Debug, Clone)]
pub struct BodyAccount {
    pub login: String,
    pub display_name: String,
    pub email: Option<String>,
    pub disabled: bool,
    /// Its roles in this body.
    pub roles: Vec<Role>,
    /// The organizations of this body it reports for.
    pub organizations: Vec<String>,
    /// Whether it also holds roles elsewhere (another body, or every body): then only the
    /// server's administrators lock it or set its password.
    pub elsewhere: bool,
    pub sessions: i64,
}

/// What a login attempt came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginOutcome {
    /// The password was right: a new session token (give it to the client, it is not stored).
    Session { token: String, user_id: i64 },
    /// Wrong name or password (which of the two is not told).
    Refused,
    /// Too many failures for this name or from this client: try again in `seconds`.
    Wait { seconds: i64 },
    /// The password was right and the account has a second factor: the code is asked for
    /// under this challenge (give it to the client, only its hash is stored).
    SecondFactor { challenge: String },
}

pub(crate) fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// 32 bytes from the operating system's random source, URL-safe Base64.
pub fn random_token() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A password for people who did not choose one: 20 characters without look-alikes.
pub fn random_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

/// An argon2id PHC string (OWASP's parameters: 19 MiB, two passes). Runs off the async
/// runtime: hashing is deliberately slow.
pub async fn hash_password(password: &str) -> Result<String> {
    let password = password.to_owned();
    let _permit = HASHING
        .acquire()
        .await
        .expect("the semaphore is never closed");
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| StoreError::Refused(format!("Passwort kann nicht gehasht werden: {e}")))
    })
    .await
    .map_err(|e| StoreError::Refused(e.to_string()))?
}

async fn verify_password(password: &str, phc: Option<String>) -> bool {
    // Without an account the same work is done against a fixed hash, so that the answer
    // time does not tell which login names exist.
    const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$h3i6zP2kUDd9gOTKe2j4KpXRx7K0GeQwYmcNjdpqcx8";
    let password = password.to_owned();
    let known = phc.is_some();
    let phc = phc.unwrap_or_else(|| DUMMY.to_owned());
    let _permit = HASHING
        .acquire()
        .await
        .expect("the semaphore is never closed");
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&phc).is_ok_and(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
    })
    .await
    .unwrap_or(false)
        && known
}

/// The kinds [`Store::target_of`] knows; anything else is refused by the caller.
pub fn is_owned_kind(kind: &str) -> bool {
    table_of_kind(kind).is_some()
}

/// The table behind a kind of the administration's paths (`fields` → `fields_of_action`).
pub fn table_of_kind(kind: &str) -> Option<&'static str> {
    OWNERS
        .iter()
        .find(|(k, ..)| *k == kind)
        .map(|(_, table, ..)| *table)
}

impl Store {
    /// The body a record belongs to, for the policy; `None` when the record does not
    /// exist or the kind is unknown.
    pub async fn target_of(&self, kind: &str, id: i64) -> Result<Option<Target>> {
        let Some((_, _, record_kind, sql)) = OWNERS.iter().find(|(k, ..)| *k == kind) else {
            return Ok(None);
        };
        let row = sqlx::query(*sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| Target::Record {
            body_id: r.get::<i64, _>(0),
            kind: *record_kind,
            led_by: r.try_get::<Option<i64>, _>(1).ok().flatten(),
        }))
    }

    /// The body a deleted record belonged to, from the audit trail: the parent named in its
    /// last entry, when that parent still exists (for the history of deleted records).
    pub async fn target_of_deleted(&self, kind: &str, id: i64) -> Result<Option<Target>> {
        let Some((_, table, ..)) = OWNERS.iter().find(|(k, ..)| *k == kind) else {
            return Ok(None);
        };
        let parent: Option<(Option<String>, Option<i64>)> = sqlx::query_as(
            "SELECT parent_entity, parent_id FROM audit_log WHERE entity = $1 AND entity_id = $2 \
             ORDER BY id DESC LIMIT 1",
        )
        .bind(*table)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some((Some(parent_table), Some(parent_id))) = parent else {
            return Ok(None);
        };
        let Some((parent_kind, ..)) = OWNERS.iter().find(|(_, t, ..)| *t == parent_table) else {
            return Ok(None);
        };
        Ok(self
            .target_of(parent_kind, parent_id)
            .await?
            .map(|t| match t {
                Target::Record { body_id, .. } => Target::Record {
                    body_id,
                    kind: RecordKind::Other,
                    led_by: None,
                },
                other => other,
            }))
    }

    /// The body with this official key, as the policy sees it.
    pub async fn target_of_body_key(&self, key: &str) -> Result<Option<Target>> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(id.map(|body_id| Target::Record {
            body_id,
            kind: RecordKind::Body,
            led_by: None,
        }))
    }

    /// Creates an account; `password` may be `None` for single sign-on only.
    pub async fn create_user(
        &self,
        login: &str,
        display_name: &str,
        email: Option<&str>,
        password: Option<&str>,
    ) -> Result<i64> {
        let mut errors = FieldErrors::new();
        let login = match teilhabe_domain::access::parse_login(login) {
            Ok(login) => login,
            Err(e) => {
                errors.add("login", e);
                String::new()
            }
        };
        if display_name.trim().is_empty() {
            errors.add("name", "Bitte einen Namen angeben.");
        }
        if let Some(p) = password
            && let Err(e) = teilhabe_domain::access::check_password(p, &login)
        {
            errors.add("password", e);
        }
        errors.into_result(()).map_err(StoreError::Invalid)?;
        let hash = match password {
            Some(p) => Some(hash_password(p).await?),
            None => None,
        };
        let at = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (login, display_name, email, password_hash, disabled, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, 0, $5, $5) RETURNING id",
        )
        .bind(&login)
        .bind(display_name.trim())
        .bind(email.map(str::trim).filter(|e| !e.is_empty()))
        .bind(hash)
        .bind(&at)
        .fetch_one(&mut *tx)
        .await
        .taken("login", || {
            format!("Den Anmeldenamen „{login}“ gibt es schon.")
        })?;
        self.commit(tx).await?;
        Ok(id)
    }

    /// The language the account's mails are written in (a portal language; `None`:
    /// German).
    pub async fn set_user_language(&self, user_id: i64, language: Option<&str>) -> Result<()> {
        if let Some(code) = language
            && teilhabe_domain::languages::language(code).is_none()
        {
            return Err(StoreError::invalid(
                "language",
                format!("»{code}« ist keine Sprache des Portals."),
            ));
        }
        self.execute(
            sqlx::query("UPDATE users SET language = $1, modified_at = $2 WHERE id = $3")
                .bind(language)
                .bind(now())
                .bind(user_id),
        )
        .await?;
        Ok(())
    }

    /// The language of the account's mails, if one is set.
    pub async fn user_language(&self, user_id: i64) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar::<_, Option<String>>("SELECT language FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?
                .flatten(),
        )
    }

    /// The id of the account with this login name.
    pub async fn user_id(&self, login: &str) -> Result<i64> {
        sqlx::query_scalar("SELECT id FROM users WHERE login = $1")
            .bind(login.trim().to_lowercase())
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Konto"))
    }

    /// Gives a role in a body (`None`: every body); an actor's organizations must belong
    /// to that body.
    pub async fn grant_role(
        &self,
        login: &str,
        role: Role,
        body_key: Option<&str>,
        organizations: &[i64],
    ) -> Result<()> {
        let user_id = self.user_id(login).await?;
        let body_id = match body_key {
            Some(key) => Some(
                sqlx::query_scalar::<_, i64>("SELECT id FROM bodies WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&self.pool)
                    .await?
                    .ok_or_else(|| {
                        StoreError::invalid(
                            "body",
                            format!("Keine Körperschaft mit Schlüssel {key}."),
                        )
                    })?,
            ),
            None => None,
        };
        if role != Role::Administrator && body_id.is_none() {
            return Err(StoreError::invalid(
                "body",
                format!(
                    "Die Rolle „{}“ gilt für eine Körperschaft: bitte --body angeben.",
                    role.label()
                ),
            ));
        }
        if role == Role::Actor && organizations.is_empty() {
            return Err(StoreError::invalid(
                "organization",
                "Ein Akteur spricht für mindestens eine Organisation: bitte --organization angeben.",
            ));
        }
        let mut tx = self.begin().await?;
        for org in organizations {
            let org_body: Option<i64> =
                sqlx::query_scalar("SELECT body_id FROM organizations WHERE id = $1")
                    .bind(org)
                    .fetch_optional(&mut *tx)
                    .await?;
            if org_body.is_none() || org_body != body_id {
                return Err(StoreError::invalid(
                    "organization",
                    format!("Organisation {org} gehört nicht zu dieser Körperschaft."),
                ));
            }
            sqlx::query(
                "INSERT INTO user_organizations (user_id, organization_id) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(user_id)
            .bind(org)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "INSERT INTO user_roles (user_id, body_key, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(user_id)
        .bind(body_key)
        .bind(role.code())
        .execute(&mut *tx)
        .await?;
        self.commit(tx).await?;
        Ok(())
    }

    /// Takes a role away (and, with the actor role, the organizations too).
    pub async fn revoke_role(&self, login: &str, role: Role, body_key: Option<&str>) -> Result<()> {
        let user_id = self.user_id(login).await?;
        let mut tx = self.begin().await?;
        sqlx::query(
            "DELETE FROM user_roles WHERE user_id = $1 AND role = $2 AND COALESCE(body_key, '') = $3",
        )
        .bind(user_id)
        .bind(role.code())
        .bind(body_key.unwrap_or(""))
        .execute(&mut *tx)
        .await?;
        if role == Role::Actor {
            sqlx::query(
                "DELETE FROM user_organizations WHERE user_id = $1 AND organization_id IN
                 (SELECT o.id FROM organizations o JOIN bodies b ON b.id = o.body_id
                  WHERE $2 = '' OR b.key = $2)",
            )
            .bind(user_id)
            .bind(body_key.unwrap_or(""))
            .execute(&mut *tx)
            .await?;
        }
        self.commit(tx).await?;
        Ok(())
    }

    /// Sets a new password and ends every session of the account.
    pub async fn set_password(&self, login: &str, password: &str) -> Result<()> {
        let login = login.trim().to_lowercase();
        teilhabe_domain::access::check_password(password, &login)
            .map_err(|e| StoreError::invalid("password", e))?;
        let user_id = self.user_id(&login).await?;
        let hash = hash_password(password).await?;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE users SET password_hash = $1, modified_at = $2 WHERE id = $3")
            .bind(hash)
            .bind(now())
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        // A new password ends whatever the old one opened: sessions and API tokens.
        for table in ["sessions", "api_tokens"] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE user_id = $1"
            )))
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        }
        self.commit(tx).await?;
        Ok(())
    }

    /// Locks an account out (or lets it in again); locking ends its sessions and tokens.
    pub async fn set_disabled(&self, login: &str, disabled: bool) -> Result<()> {
        let user_id = self.user_id(login).await?;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE users SET disabled = $1, modified_at = $2 WHERE id = $3")
            .bind(i64::from(disabled))
            .bind(now())
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        if disabled {
            for table in ["sessions", "api_tokens"] {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "DELETE FROM {table} WHERE user_id = $1"
                )))
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            }
        }
        self.commit(tx).await?;
        Ok(())
    }

    /// Every account with its roles, for `teilhabe user list`.
    pub async fn list_users(&self) -> Result<Vec<UserSummary>> {
        let rows = sqlx::query(
            "SELECT u.id, u.login, u.display_name, u.email, u.disabled, \
             (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > $1) \
             FROM users u ORDER BY u.login",
        )
        .bind(now())
        .fetch_all(&self.pool)
        .await?;
        let mut users = Vec::with_capacity(rows.len());
        for r in rows {
            let id: i64 = r.get(0);
            let roles =
                sqlx::query("SELECT role, body_key FROM user_roles WHERE user_id = $1 ORDER BY id")
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?
                    .into_iter()
                    .filter_map(|r| Some((Role::from_code(r.get::<&str, _>(0))?, r.get(1))))
                    .collect();
            let organizations = self.organizations_of_user(id).await?;
            users.push(UserSummary {
                id,
                login: r.get(1),
                display_name: r.get(2),
                email: r.get(3),
                disabled: r.get::<i64, _>(4) != 0,
                roles,
                organizations,
                sessions: r.get(5),
            });
        }
        Ok(users)
    }

    /// The accounts holding a role in the body, as its administrators manage them: three
    /// queries however many accounts there are.
    pub async fn body_accounts(&self, body_key: &str) -> Result<Vec<BodyAccount>> {
        let mut roles: HashMap<i64, (Vec<Role>, bool)> = HashMap::new();
        for (user, role, body) in sqlx::query_as::<_, (i64, String, Option<String>)>(
            "SELECT user_id, role, body_key FROM user_roles \
             WHERE user_id IN (SELECT user_id FROM user_roles WHERE body_key = $1) ORDER BY id",
        )
        .bind(body_key)
        .fetch_all(&self.pool)
        .await?
        {
            let entry = roles.entry(user).or_default();
            match (body.as_deref() == Some(body_key), Role::from_code(&role)) {
                (true, Some(role)) => entry.0.push(role),
                (true, None) => {}
                (false, _) => entry.1 = true,
            }
        }
        let mut organizations: HashMap<i64, Vec<String>> = HashMap::new();
        for (user, name) in sqlx::query_as::<_, (i64, String)>(
            "SELECT uo.user_id, o.name FROM user_organizations uo \
             JOIN organizations o ON o.id = uo.organization_id JOIN bodies b ON b.id = o.body_id \
             WHERE b.key = $1 ORDER BY uo.organization_id",
        )
        .bind(body_key)
        .fetch_all(&self.pool)
        .await?
        {
            organizations.entry(user).or_default().push(name);
        }
        let rows = sqlx::query(
            "SELECT u.id, u.login, u.display_name, u.email, u.disabled, \
             (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > $2) \
             FROM users u WHERE u.id IN (SELECT user_id FROM user_roles WHERE body_key = $1) \
             ORDER BY u.login",
        )
        .bind(body_key)
        .bind(now())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let id: i64 = r.get(0);
                let (roles, elsewhere) = roles.remove(&id).unwrap_or_default();
                BodyAccount {
                    login: r.get(1),
                    display_name: r.get(2),
                    email: r.get(3),
                    disabled: r.get::<i64, _>(4) != 0,
                    roles,
                    organizations: organizations.remove(&id).unwrap_or_default(),
                    elsewhere,
                    sessions: r.get(5),
                }
            })
            .collect())
    }

    async fn organizations_of_user(&self, user_id: i64) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT organization_id FROM user_organizations WHERE user_id = $1 ORDER BY organization_id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The person behind an enabled account, with roles resolved to body ids (a role in a
    /// body that no longer exists grants nothing).
    pub async fn principal(&self, user_id: i64) -> Result<Option<Principal>> {
        let Some(row) = sqlx::query(
            "SELECT login, display_name, totp_enabled FROM users WHERE id = $1 AND disabled = 0",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let grants = sqlx::query(
            "SELECT r.role, r.body_key, b.id FROM user_roles r LEFT JOIN bodies b ON b.key = r.body_key \
             WHERE r.user_id = $1 ORDER BY r.id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .filter_map(|r| {
            let role = Role::from_code(r.get::<&str, _>(0))?;
            let key: Option<String> = r.get(1);
            let body_id: Option<i64> = r.get(2);
            match (key, body_id) {
                (None, _) => Some(Grant { role, body_id: None }),
                (Some(_), Some(id)) => Some(Grant {
                    role,
                    body_id: Some(id),
                }),
                (Some(_), None) => None,
            }
        })
        .collect();
        Ok(Some(Principal {
            user_id,
            login: row.get(0),
            display_name: row.get(1),
            grants,
            organizations: self.organizations_of_user(user_id).await?,
            second_factor: row.get::<i64, _>(2) == 1,
        }))
    }

    /// Checks a password, throttled per account and client, per account and per client
    /// (`client` is an address, stored only inside a hash). An account with a second factor
    /// gets a challenge for its code, which remembers `next`, instead of a session.
    pub async fn login(&self, login: &str, password: &str, client: &str) -> Result<LoginOutcome> {
        self.login_to(login, password, client, "/admin/").await
    }

    /// [`Store::login`], going on to `next` after a second factor.
    pub async fn login_to(
        &self,
        login: &str,
        password: &str,
        client: &str,
        next: &str,
    ) -> Result<LoginOutcome> {
        let login = login.trim().to_lowercase();
        let row =
            sqlx::query("SELECT id, password_hash FROM users WHERE login = $1 AND disabled = 0")
                .bind(&login)
                .fetch_optional(&self.pool)
                .await?;
        let (user_id, phc) = match row {
            Some(r) => (Some(r.get::<i64, _>(0)), r.get::<Option<String>, _>(1)),
            None => (None, None),
        };
        match self.check_throttled(&login, client, password, phc).await? {
            Err(seconds) => Ok(LoginOutcome::Wait { seconds }),
            Ok(true) if user_id.is_some() => {
                let user_id = user_id.unwrap_or_default();
                if self.totp_enabled(user_id).await? {
                    return self.challenge(user_id, next).await;
                }
                let token = self.create_session(user_id).await?;
                Ok(LoginOutcome::Session { token, user_id })
            }
            Ok(_) => Ok(LoginOutcome::Refused),
        }
    }

    /// Checks `password` against `phc` under the login throttle of `login` and `client`:
    /// `Err(seconds)` when the attempt must wait, else whether the password was right.
    /// Unknown names are checked and counted like known ones.
    async fn check_throttled(
        &self,
        login: &str,
        client: &str,
        password: &str,
        phc: Option<String>,
    ) -> Result<std::result::Result<bool, i64>> {
        let pair = Key::new("login", &[login, client], login, PAIR_RULE);
        let account = Key::new("account", &[login], login, ACCOUNT_RULE);
        let from = Key::new("client", &[client], "", CLIENT_RULE);
        let keys = [&pair, &account, &from];
        if let Err(seconds) = self.attempt(&keys).await? {
            return Ok(Err(seconds));
        }
        let ok = verify_password(password, phc).await;
        if ok {
            self.succeeded(&keys).await?;
        } else {
            self.failed(&keys).await?;
        }
        Ok(Ok(ok))
    }

    /// A new session for an account (after a password or single sign-on login).
    pub async fn create_session(&self, user_id: i64) -> Result<String> {
        let token = random_token();
        sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(now())
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(hash_token(&token))
        .bind(user_id)
        .bind(now())
        .bind(minutes_from_now(SESSION_HOURS * 60))
        .execute(&self.pool)
        .await?;
        Ok(token)
    }

    /// The account of a live session, or of an API token that has not expired (whose last
    /// use is noted, at most once a minute).
    pub async fn authenticate(&self, token: &str) -> Result<Option<Principal>> {
        let hash = hash_token(token);
        let stamp = now();
        // An API token also says when it was last used, so that the note of its use is
        // written only when a minute has passed, not on every request.
        let found: Option<(i64, i64, Option<String>)> = sqlx::query_as(
            "SELECT user_id, 0, NULL FROM sessions WHERE token_hash = $1 AND expires_at > $2 \
             UNION ALL SELECT user_id, 1, last_used_at FROM api_tokens WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(&hash)
        .bind(&stamp)
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, api, last_used)) = found else {
            return Ok(None);
        };
        let a_minute_ago = minutes_from_now(-1);
        if api == 1 && last_used.is_none_or(|t| t < a_minute_ago) {
            sqlx::query(
                "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 \
                 AND (last_used_at IS NULL OR last_used_at < $3)",
            )
            .bind(&stamp)
            .bind(&hash)
            .bind(&a_minute_ago)
            .execute(&self.pool)
            .await?;
        }
        self.principal(id).await
    }

    /// Ends one session (logout).
    pub async fn end_session(&self, token: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(hash_token(token))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends every session and API token of an account (logout everywhere: whoever holds
    /// a copy of either is out); returns how many sessions there were.
    pub async fn end_all_sessions(&self, user_id: i64) -> Result<u64> {
        let n = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(n)
    }

    /// Ends every session of the account with this login name.
    pub async fn end_sessions_of(&self, login: &str) -> Result<u64> {
        let user_id = self.user_id(login).await?;
        self.end_all_sessions(user_id).await
    }

    /// Removes an account that has done nothing yet (used when its creation fails half-way).
    pub async fn delete_user(&self, login: &str) -> Result<()> {
        let user_id = self.user_id(login).await?;
        let mut tx = self.begin().await?;
        for table in ["sessions", "api_tokens", "user_roles", "user_organizations"] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE user_id = $1"
            )))
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    /// Checks the person's own password (before switching off the second factor, say),
    /// under the login throttle: `Err(seconds)` to wait, else whether it was right.
    pub async fn check_own_password(
        &self,
        user_id: i64,
        password: &str,
        client: &str,
    ) -> Result<std::result::Result<bool, i64>> {
        let (login, phc): (String, Option<String>) =
            sqlx::query_as("SELECT login, password_hash FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?
                .ok_or(StoreError::NotFound("Konto"))?;
        self.check_throttled(&login, client, password, phc).await
    }

    /// Checks the current password before a change made by the person themselves, under
    /// the same throttle as logging in (a stolen session must not become a guessing tool).
    pub async fn change_own_password(
        &self,
        user_id: i64,
        current: &str,
        new: &str,
        client: &str,
    ) -> Result<()> {
        let row = sqlx::query("SELECT login, password_hash FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Konto"))?;
        let login: String = row.get(0);
        match self
            .check_throttled(&login, client, current, row.get(1))
            .await?
        {
            Err(seconds) => Err(StoreError::invalid(
                "current",
                format!(
                    "Zu viele Fehlversuche. Bitte in {seconds} Sekunden noch einmal versuchen."
                ),
            )),
            Ok(false) => Err(StoreError::invalid(
                "current",
                "Das bisherige Passwort stimmt nicht.",
            )),
            Ok(true) => self.set_password(&login, new).await,
        }
    }
}
