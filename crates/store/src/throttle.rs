//! Throttling of attempts that guess: logins, the current password on the account page,
//! anonymous survey answers. One row per key, kept in the database so that every app server
//! counts the same, and only as hashes (no login name, no address is stored).
//!
//! Failures make the next attempt wait longer — a few free ones, then 1, 2, 4 … seconds up
//! to a ceiling — rather than locking anybody out: the owner of an account, trying from
//! their own machine while someone guesses from elsewhere, is counted under another key. A
//! key may be *exclusive*: an attempt claims it while it runs, so twenty guesses sent at
//! once are one check and nineteen refusals, not twenty checks (the count is never read
//! before it is written).

use crate::db::{now, seconds_from_now};
use crate::{Result, Store};
use sha2::{Digest, Sha256};

/// How attempts under one kind of key are limited.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Failures (within the window) that cost no waiting.
    pub free: i64,
    /// The longest wait, in seconds.
    pub max_wait: i64,
    /// After this long without a failure, the count starts afresh.
    pub window_minutes: i64,
    /// Whether an attempt holds the key while it runs (one at a time).
    pub exclusive: bool,
}

impl Rule {
    /// Seconds to wait after the `failures`-th failure: none while free, then doubling.
    pub fn wait_after(&self, failures: i64) -> i64 {
        let over = failures - self.free;
        if over <= 0 {
            return 0;
        }
        let doubled = 1i64
            .checked_shl(u32::try_from(over - 1).unwrap_or(63))
            .unwrap_or(i64::MAX);
        doubled.min(self.max_wait)
    }
}

/// A key: what is counted (`kind` and its parts) and whose it is (`subject`, for erasure).
#[derive(Debug, Clone)]
pub struct Key {
    hash: String,
    subject: String,
    pub rule: Rule,
}

/// How long an attempt in progress holds an exclusive key: longer than a password check.
const CLAIM_SECONDS: i64 = 10;

fn hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    hex::encode(h.finalize())
}

impl Key {
    pub fn new(kind: &str, parts: &[&str], subject: &str, rule: Rule) -> Self {
        let mut all = vec![kind];
        all.extend_from_slice(parts);
        Self {
            hash: hash(&all),
            subject: subject_hash(subject),
            rule,
        }
    }
}

/// The hash under which an account's (or anything's) rows are found for erasure.
pub fn subject_hash(subject: &str) -> String {
    hash(&["subject", subject])
}

/// Seconds from now until `stamp` (0 if past).
fn seconds_until(stamp: &str) -> i64 {
    let format = time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(stamp, &format).map_or(0, |t| {
        (t - time::OffsetDateTime::now_utc()).whole_seconds().max(0) + 1
    })
}

impl Store {
    /// Asks for one attempt under every key, in order: `Ok(())` when it may go ahead (and
    /// the exclusive keys are now held by it), or the seconds to wait.
    pub async fn attempt(&self, keys: &[&Key]) -> Result<std::result::Result<(), i64>> {
        let stamp = now();
        for key in keys {
            sqlx::query(
                "INSERT INTO throttle (key_hash, subject_hash, failures, locked_until, updated_at) \
                 VALUES ($1, $2, 0, '', $3) ON CONFLICT (key_hash) DO NOTHING",
            )
            .bind(&key.hash)
            .bind(&key.subject)
            .bind(&stamp)
            .execute(&self.pool)
            .await?;
        }
        let mut held: Vec<&Key> = Vec::new();
        for key in keys {
            let free = if key.rule.exclusive {
                // Claim it: only one attempt finds it free and takes it.
                sqlx::query(
                    "UPDATE throttle SET locked_until = $1 WHERE key_hash = $2 AND locked_until <= $3",
                )
                .bind(seconds_from_now(CLAIM_SECONDS))
                .bind(&key.hash)
                .bind(&stamp)
                .execute(&self.pool)
                .await?
                .rows_affected()
                    == 1
            } else {
                let until: String =
                    sqlx::query_scalar("SELECT locked_until FROM throttle WHERE key_hash = $1")
                        .bind(&key.hash)
                        .fetch_one(&self.pool)
                        .await?;
                until.as_str() <= stamp.as_str()
            };
            if !free {
                // Give back what this attempt took before it was refused.
                for k in held {
                    self.release(k, &stamp).await?;
                }
                let until: String =
                    sqlx::query_scalar("SELECT locked_until FROM throttle WHERE key_hash = $1")
                        .bind(&key.hash)
                        .fetch_one(&self.pool)
                        .await?;
                return Ok(Err(seconds_until(&until).max(1)));
            }
            if key.rule.exclusive {
                held.push(key);
            }
        }
        Ok(Ok(()))
    }

    async fn release(&self, key: &Key, stamp: &str) -> Result<()> {
        sqlx::query("UPDATE throttle SET locked_until = $1 WHERE key_hash = $2")
            .bind(stamp)
            .bind(&key.hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The attempt failed: each key counts it (atomically), and the next attempt waits as
    /// its rule says. Returns the longest wait.
    pub async fn failed(&self, keys: &[&Key]) -> Result<i64> {
        let stamp = now();
        let mut longest = 0;
        for key in keys {
            let fresh = crate::db::minutes_from_now(-key.rule.window_minutes);
            let failures: i64 = sqlx::query_scalar(
                "UPDATE throttle SET failures = CASE WHEN updated_at < $1 THEN 1 ELSE failures + 1 END, \
                 updated_at = $2 WHERE key_hash = $3 RETURNING failures",
            )
            .bind(&fresh)
            .bind(&stamp)
            .bind(&key.hash)
            .fetch_one(&self.pool)
            .await?;
            let wait = key.rule.wait_after(failures);
            longest = longest.max(wait);
            let until = seconds_from_now(wait);
            // An exclusive key is handed back with the wait; others only ever wait longer.
            let sql = if key.rule.exclusive {
                "UPDATE throttle SET locked_until = $1 WHERE key_hash = $2"
            } else {
                "UPDATE throttle SET locked_until = CASE WHEN locked_until > $1 THEN locked_until ELSE $1 END WHERE key_hash = $2"
            };
            sqlx::query(sql)
                .bind(&until)
                .bind(&key.hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(longest)
    }

    /// The attempt succeeded: exclusive keys are free and their count starts afresh.
    pub async fn succeeded(&self, keys: &[&Key]) -> Result<()> {
        for key in keys.iter().filter(|k| k.rule.exclusive) {
            sqlx::query("DELETE FROM throttle WHERE key_hash = $1")
                .bind(&key.hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Counts one more use of a plain quota key (no failure involved, e.g. a survey answer):
    /// `Ok(())` within the rule's free uses per window, otherwise the seconds until the
    /// window has passed.
    pub async fn take_quota(&self, key: &Key) -> Result<std::result::Result<(), i64>> {
        let stamp = now();
        let fresh = crate::db::minutes_from_now(-key.rule.window_minutes);
        let row: (i64, String) = sqlx::query_as(
            "INSERT INTO throttle (key_hash, subject_hash, failures, locked_until, updated_at) \
             VALUES ($1, $2, 1, $3, $3) ON CONFLICT (key_hash) DO UPDATE SET \
             failures = CASE WHEN throttle.locked_until < $4 THEN 1 ELSE throttle.failures + 1 END, \
             locked_until = CASE WHEN throttle.locked_until < $4 THEN $3 ELSE throttle.locked_until END, \
             updated_at = $3 RETURNING failures, locked_until",
        )
        .bind(&key.hash)
        .bind(&key.subject)
        .bind(&stamp)
        .bind(&fresh)
        .fetch_one(&self.pool)
        .await?;
        // Here `locked_until` holds when the window began.
        let (uses, began) = row;
        if uses <= key.rule.free {
            return Ok(Ok(()));
        }
        let ends =
            time::OffsetDateTime::parse(&began, &time::format_description::well_known::Rfc3339)
                .map(|t| t + time::Duration::minutes(key.rule.window_minutes))
                .map_or(60, |t| {
                    (t - time::OffsetDateTime::now_utc()).whole_seconds().max(1)
                });
        Ok(Err(ends))
    }

    /// Forgets every key of a subject (an erased account).
    pub(crate) async fn forget_throttle(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        subject: &str,
    ) -> Result<()> {
        sqlx::query("DELETE FROM throttle WHERE subject_hash = $1")
            .bind(subject_hash(subject))
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// Removes keys untouched for a day (retention); returns how many.
    pub async fn purge_throttle(&self) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM throttle WHERE updated_at < $1")
            .bind(crate::db::minutes_from_now(-24 * 60))
            .execute(&self.pool)
            .await?
            .rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::Rule;

    #[test]
    fn waits_double_after_the_free_failures_up_to_the_ceiling() {
        let rule = Rule {
            free: 3,
            max_wait: 900,
            window_minutes: 15,
            exclusive: true,
        };
        let waits: Vec<i64> = (1..=16).map(|n| rule.wait_after(n)).collect();
        assert_eq!(
            waits,
            [
                0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900
            ]
        );
        assert_eq!(rule.wait_after(10_000), 900);
    }
}
