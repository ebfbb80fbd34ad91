//! Single sign-on's side of the accounts: a login under way between the redirect to the
//! provider and its answer (in the database, so any app server takes the answer; bound to
//! the browser that began it), and how an identity at the provider comes to log into an
//! existing account — only by an explicit step: the holder links it while logged in with
//! the password, or an administrator allows linking by the login claim (never for an
//! account with an administrator role).

use crate::accounts::hash_token;
use crate::db::{minutes_from_now, now};
use crate::{Result, Store, StoreError};
use teilhabe_domain::Coded;
use teilhabe_domain::access::Role;

/// A single sign-on login as it starts: the values sent to the provider, the browser's
/// own value (kept in its cookie) and, when a logged-in person links their account, who.
#[derive(Debug, Clone, Copy)]
pub struct OidcLoginStart<'a> {
    pub state: &'a str,
    pub nonce: &'a str,
    pub verifier: &'a str,
    pub browser: &'a str,
    pub link_user_id: Option<i64>,
}

/// What the provider's answer comes back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OidcLoginTaken {
    /// No such login under way (expired, used, or never begun).
    Unknown,
    /// Begun in another browser: someone else's answer, sent to this one.
    OtherBrowser,
    Mine {
        nonce: String,
        verifier: String,
        next: String,
        link_user_id: Option<i64>,
    },
}

impl Store {
    /// Remembers a single sign-on login under way (ten minutes at most), for the browser
    /// that holds `browser` (a random value in a cookie set as the login starts): only that
    /// browser can finish it, so an attacker's answer URL logs nobody else in. With
    /// `link_user_id`, the logged-in person is linking their own account.
    pub async fn begin_oidc_login(&self, login: &OidcLoginStart<'_>, next: &str) -> Result<()> {
        let OidcLoginStart {
            state,
            nonce,
            verifier,
            browser,
            link_user_id,
        } = *login;
        sqlx::query("DELETE FROM oidc_logins WHERE expires_at < $1")
            .bind(now())
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO oidc_logins (state_hash, nonce, verifier, next, expires_at, browser_hash, link_user_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(hash_token(state))
        .bind(nonce)
        .bind(verifier)
        .bind(next)
        .bind(minutes_from_now(10))
        .bind(hash_token(browser))
        .bind(link_user_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Takes the login under way that `state` names, once only, and only for the browser
    /// that started it (`browser`, from its cookie).
    pub async fn take_oidc_login(&self, state: &str, browser: &str) -> Result<OidcLoginTaken> {
        let row: Option<(String, String, String, String, String, Option<i64>)> = sqlx::query_as(
            "DELETE FROM oidc_logins WHERE state_hash = $1 \
             RETURNING nonce, verifier, next, expires_at, browser_hash, link_user_id",
        )
        .bind(hash_token(state))
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            None => OidcLoginTaken::Unknown,
            Some((.., expires, _, _)) if expires.as_str() <= now().as_str() => {
                OidcLoginTaken::Unknown
            }
            Some((.., owner, _)) if owner != hash_token(browser) => OidcLoginTaken::OtherBrowser,
            Some((nonce, verifier, next, _, _, link_user_id)) => OidcLoginTaken::Mine {
                nonce,
                verifier,
                next,
                link_user_id,
            },
        })
    }

    /// Links a single sign-on identity to an account whose holder proved it (logged in with
    /// the password and came back from the provider in the same browser). An identity
    /// belongs to one account only.
    pub async fn link_oidc(&self, user_id: i64, subject: &str) -> Result<()> {
        let holder: Option<i64> =
            sqlx::query_scalar("SELECT id FROM users WHERE oidc_subject = $1")
                .bind(subject)
                .fetch_optional(&self.pool)
                .await?;
        if holder.is_some_and(|h| h != user_id) {
            return Err(StoreError::Refused(
                "Dieses Dienstkonto ist schon mit einem anderen Konto verknüpft.".into(),
            ));
        }
        self.execute(
            sqlx::query(
                "UPDATE users SET oidc_subject = $1, oidc_link_allowed = 0, modified_at = $2 WHERE id = $3",
            )
            .bind(subject)
            .bind(now())
            .bind(user_id),
        )
        .await?;
        Ok(())
    }

    /// Lets an account be linked on its first single sign-on by the login claim: the
    /// explicit step of an administrator. Refused for accounts with an administrator role,
    /// whose holders link themselves from their account page.
    pub async fn allow_oidc_link(&self, login: &str, allowed: bool) -> Result<()> {
        let user_id = self.user_id(login).await?;
        if allowed && self.holds_administrator(user_id).await? {
            return Err(StoreError::Refused(format!(
                "„{login}“ hat eine Administrationsrolle: solche Konten werden nie über den Anmeldenamen verknüpft. Die Person verknüpft ihr Dienstkonto selbst, angemeldet mit ihrem Passwort, unter „Ihr Konto“."
            )));
        }
        self.execute(
            sqlx::query("UPDATE users SET oidc_link_allowed = $1, modified_at = $2 WHERE id = $3")
                .bind(i64::from(allowed))
                .bind(now())
                .bind(user_id),
        )
        .await?;
        Ok(())
    }

    async fn holds_administrator(&self, user_id: i64) -> Result<bool> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM user_roles WHERE user_id = $1 AND role = $2")
                .bind(user_id)
                .bind(Role::Administrator.code())
                .fetch_one(&self.pool)
                .await?;
        Ok(n > 0)
    }

    /// Whether the account is linked to a single sign-on identity.
    pub async fn oidc_linked(&self, user_id: i64) -> Result<bool> {
        let subject: Option<Option<String>> =
            sqlx::query_scalar("SELECT oidc_subject FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(subject.flatten().is_some())
    }

    /// The account a single sign-on identity logs into: the one linked to `subject`, or on
    /// the first login the unlinked account whose login name is `login` — only where an
    /// administrator allowed that ([`Store::allow_oidc_link`]) and never for an account with
    /// an administrator role, since whoever controls a provider's `preferred_username` would
    /// otherwise take over any account of that name. Locked accounts get nothing.
    pub async fn oidc_account(&self, subject: &str, login: Option<&str>) -> Result<Option<i64>> {
        let linked: Option<(i64, i64)> =
            sqlx::query_as("SELECT id, disabled FROM users WHERE oidc_subject = $1")
                .bind(subject)
                .fetch_optional(&self.pool)
                .await?;
        if let Some((id, disabled)) = linked {
            return Ok((disabled == 0).then_some(id));
        }
        let Some(login) = login else {
            return Ok(None);
        };
        let candidate: Option<(i64, i64)> = sqlx::query_as(
            "SELECT id, disabled FROM users WHERE login = $1 AND oidc_subject IS NULL \
             AND oidc_link_allowed = 1 AND erased_on IS NULL",
        )
        .bind(login.trim().to_lowercase())
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, 0)) = candidate else {
            return Ok(None);
        };
        if self.holds_administrator(id).await? {
            return Ok(None);
        }
        self.link_oidc(id, subject).await?;
        Ok(Some(id))
    }
}
