//! API tokens: credentials for other programs (`Authorization: Bearer …`), kept only as
//! SHA-256 hashes. A token lasts 1 to 366 days, ends with "log out everywhere", a new
//! password and a lock, shows its last use, and its holder revokes it on the account page.

use crate::accounts::{hash_token, random_token};
use crate::db::{minutes_from_now, now};
use crate::{Result, Store, StoreError};

/// The longest an API token lasts, in days; 90 unless asked otherwise.
pub const MAX_TOKEN_DAYS: i64 = 366;
pub const DEFAULT_TOKEN_DAYS: i64 = 90;
/// Hex digits of a token's hash that name it on the account page.
const TOKEN_REFERENCE_LEN: usize = 12;

/// An API token as its holder sees it: never the token itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub reference: String,
    pub label: String,
    pub created_at: String,
    pub expires_at: String,
    pub last_used_at: Option<String>,
}

impl Store {
    /// Issues an API token (sent as `Authorization: Bearer …`) that lasts `days` days (1 to
    /// [`MAX_TOKEN_DAYS`]); only its hash is kept.
    pub async fn create_api_token(&self, login: &str, label: &str, days: i64) -> Result<String> {
        if !(1..=MAX_TOKEN_DAYS).contains(&days) {
            return Err(StoreError::invalid(
                "days",
                format!("Ein API-Token gilt 1 bis {MAX_TOKEN_DAYS} Tage."),
            ));
        }
        let user_id = self.user_id(login).await?;
        let token = random_token();
        sqlx::query(
            "INSERT INTO api_tokens (token_hash, user_id, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(hash_token(&token))
        .bind(user_id)
        .bind(label)
        .bind(now())
        .bind(minutes_from_now(days * 24 * 60))
        .execute(&self.pool)
        .await?;
        Ok(token)
    }

    /// The account's API tokens that have not expired, newest first. Each is named by a
    /// short reference (the start of its hash), never by the token.
    pub async fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>> {
        let rows: Vec<(String, String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT token_hash, label, created_at, expires_at, last_used_at FROM api_tokens \
             WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at DESC, token_hash",
        )
        .bind(user_id)
        .bind(now())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(hash, label, created_at, expires_at, last_used_at)| ApiToken {
                    reference: hash[..TOKEN_REFERENCE_LEN].to_owned(),
                    label,
                    created_at,
                    expires_at,
                    last_used_at,
                },
            )
            .collect())
    }

    /// Revokes one of the account's own API tokens by its reference; whether there was one.
    pub async fn revoke_api_token(&self, user_id: i64, reference: &str) -> Result<bool> {
        if reference.len() != TOKEN_REFERENCE_LEN
            || !reference.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return Ok(false);
        }
        let pattern = format!("{}%", reference.to_ascii_lowercase());
        let n = sqlx::query("DELETE FROM api_tokens WHERE user_id = $1 AND token_hash LIKE $2")
            .bind(user_id)
            .bind(pattern)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n > 0)
    }
}

#[cfg(test)]
mod tests {
    use crate::Store;
    use crate::testdb;

    /// An API token lasts its days, and ends with "log out everywhere", a new password, or
    /// when its holder revokes it.
    async fn tokens_end(store: &Store) {
        store
            .create_user("fachverfahren", "Fachverfahren", None, None)
            .await
            .unwrap();
        let user = store.user_id("fachverfahren").await.unwrap();
        assert!(
            store
                .create_api_token("fachverfahren", "x", 0)
                .await
                .is_err()
        );
        assert!(
            store
                .create_api_token("fachverfahren", "x", 367)
                .await
                .is_err()
        );
        let live =
            |token: String| async move { store.authenticate(&token).await.unwrap().is_some() };

        let token = store
            .create_api_token("fachverfahren", "Import", 1)
            .await
            .unwrap();
        assert!(live(token.clone()).await);
        let listed = store.api_tokens(user).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert!(listed[0].last_used_at.is_some(), "its use is noted");
        sqlx::query("UPDATE api_tokens SET expires_at = '2020-01-01T00:00:00Z'")
            .execute(&store.pool)
            .await
            .unwrap();
        assert!(!live(token).await, "an expired token opens nothing");
        assert!(store.api_tokens(user).await.unwrap().is_empty());

        let token = store
            .create_api_token("fachverfahren", "A", 90)
            .await
            .unwrap();
        store.end_all_sessions(user).await.unwrap();
        assert!(!live(token).await, "log out everywhere ends tokens");

        let token = store
            .create_api_token("fachverfahren", "B", 90)
            .await
            .unwrap();
        store
            .set_password("fachverfahren", "ein langes neues Passwort")
            .await
            .unwrap();
        assert!(!live(token).await, "a new password ends tokens");

        let token = store
            .create_api_token("fachverfahren", "C", 90)
            .await
            .unwrap();
        let reference = store.api_tokens(user).await.unwrap()[0].reference.clone();
        assert!(
            !store.revoke_api_token(user + 1, &reference).await.unwrap(),
            "not another's"
        );
        assert!(
            !store.revoke_api_token(user, "%").await.unwrap(),
            "no patterns"
        );
        assert!(live(token.clone()).await);
        assert!(store.revoke_api_token(user, &reference).await.unwrap());
        assert!(!live(token).await, "revoked");
    }

    #[tokio::test]
    async fn sqlite_tokens_end() {
        let (store, url) = testdb::fresh_sqlite().await.unwrap();
        tokens_end(&store).await;
        store.close().await;
        testdb::remove(&url).await.unwrap();
    }

    #[tokio::test]
    async fn postgres_tokens_end() {
        let Some(base) = testdb::postgres_base() else {
            return;
        };
        let (store, url) = testdb::fresh_postgres(&base).await.unwrap();
        tokens_end(&store).await;
        store.close().await;
        testdb::drop_postgres(&url).await.unwrap();
    }
}
