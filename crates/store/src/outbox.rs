//! The mail outbox: mails wait here until a worker has handed them to the SMTP server.
//!
//! Why a table and not a send from the request: a mail belongs to the change that causes
//! it (a reporting round started, a report returned) and must neither go out for a change
//! that was rolled back nor be lost when the SMTP server is down or the process dies. So
//! the change writes its mails in its own transaction ([`enqueue_mail_in`]) and a worker
//! in every `serve` process takes them out ([`Store::claim_mails`]): a lease per mail lets
//! several servers on one PostgreSQL take different mails (`FOR UPDATE SKIP LOCKED`), and a
//! lease that runs out without the mail being marked sent gives it to the next worker —
//! at least once, never zero times, under one Message-ID throughout.
//!
//! The retry policy lives here too, so that every worker applies the same one: a temporary
//! failure puts the mail off by [`RETRY_AFTER_SECONDS`], a permanent one (or the last
//! retry) marks it failed for the work queue.

use crate::accounts::random_token;
use crate::db::{Backend, now, seconds_from_now};
use crate::{Result, Store, StoreError};
use sqlx::{Any, AnyConnection, AssertSqlSafe};

/// Seconds before the 2nd, 3rd, … attempt after a temporary failure: a minute, then longer,
/// about a day in all; after the last the mail counts as failed.
pub const RETRY_AFTER_SECONDS: &[i64] = &[60, 300, 900, 3_600, 3 * 3_600, 6 * 3_600, 12 * 3_600];

/// Days a sent mail (recipient and content) is kept before it is deleted; failed mails
/// are kept twice as long, for the coordinator to see and resend.
pub const SENT_RETENTION_DAYS: i64 = 90;

/// The kinds of mail, as stored (`kind`); the work queue and the tests read them.
pub const KIND_TEST: &str = "test";

/// A mail to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    /// The body whose coordinator sees the mail in the work queue (None: a server mail).
    pub body_id: Option<i64>,
    pub kind: String,
    pub recipient: String,
    /// The language the mail is written in (BCP 47, e.g. `de`, `ar`).
    pub language: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// A mail with a key already in the outbox is not entered again (reminders that the
    /// scheduler on several servers may compose).
    pub dedupe_key: Option<String>,
}

/// A mail taken by a worker, to be handed to the SMTP server.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutboxMail {
    pub id: i64,
    /// The local part of the Message-ID: the same on every attempt.
    pub message_id: String,
    pub recipient: String,
    pub language: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    /// Attempts including this one.
    pub attempts: i64,
}

/// How the outbox stands, for the work queue, the metrics and the tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    /// Waiting for their first or next attempt.
    pub waiting: i64,
    /// Taken by a worker whose lease has not run out.
    pub sending: i64,
    pub sent: i64,
    pub failed: i64,
}

/// A mail that could not be delivered, as the work queue lists it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FailedMail {
    pub id: i64,
    /// The body it was sent for (None: a server mail).
    pub body_id: Option<i64>,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub attempts: i64,
    pub failed_at: String,
    pub last_error: String,
}

/// What happened to a mail that was not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The server may take it later (4xx, no connection, a timeout).
    Temporary,
    /// The server refused it for good (5xx: no such mailbox, refused sender).
    Permanent,
}

/// Writes `mail` to the outbox inside the caller's transaction; its id, or None when a
/// mail with the same `dedupe_key` is already there.
pub async fn enqueue_mail_in(conn: &mut AnyConnection, mail: &NewMail) -> Result<Option<i64>> {
    check(mail)?;
    let stamp = now();
    let id: Option<i64> = sqlx::query_scalar::<Any, i64>(
        "INSERT INTO outbox (message_id, dedupe_key, body_id, kind, recipient, language, subject, \
         text_body, html_body, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) \
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
    )
    .bind(format!("teilhabe.{}", random_token()))
    .bind(&mail.dedupe_key)
    .bind(mail.body_id)
    .bind(&mail.kind)
    .bind(mail.recipient.trim())
    .bind(&mail.language)
    .bind(&mail.subject)
    .bind(&mail.text)
    .bind(&mail.html)
    .bind(&stamp)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id)
}

/// Whether `to` can be one recipient: one address, nothing a header could be injected
/// with. Callers that mail many (a reporting round) leave the others out beforehand.
pub fn plausible_address(to: &str) -> bool {
    to.len() <= 254
        && to.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.contains('@')
        })
        && !to
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || ",;<>".contains(c))
}

/// A recipient must be one address (no list, no header injection), a subject one line.
fn check(mail: &NewMail) -> Result<()> {
    let to = mail.recipient.trim();
    if !plausible_address(to) {
        return Err(StoreError::invalid(
            "recipient",
            format!("»{to}« ist keine E-Mail-Adresse."),
        ));
    }
    if mail.subject.chars().any(char::is_control) {
        return Err(StoreError::invalid(
            "subject",
            "Der Betreff einer E-Mail ist eine Zeile.",
        ));
    }
    Ok(())
}

/// The mails to `address` (sent, waiting or undeliverable), for the information of Art. 15
/// GDPR: kind, subject and what became of it, newest first.
pub(crate) async fn mails_to(
    conn: &mut AnyConnection,
    address: &str,
) -> Result<Vec<serde_json::Value>> {
    /// kind, subject, created, sent, failed.
    type Row = (String, String, String, Option<String>, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT kind, subject, created_at, sent_at, failed_at FROM outbox \
         WHERE LOWER(recipient) = LOWER($1) ORDER BY created_at DESC, id DESC",
    )
    .bind(address.trim())
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(kind, subject, created, sent, failed)| {
            serde_json::json!({
                "art": kind,
                "betreff": subject,
                "angelegt": created,
                "gesendet": sent,
                "nicht_zustellbar": failed,
            })
        })
        .collect())
}

/// Deletes the mails to `address` when an erasure removes the last record that holds it
/// (another person or account with the same address keeps them); how many.
pub(crate) async fn forget_mails_to(conn: &mut AnyConnection, address: &str) -> Result<u64> {
    let others: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM persons WHERE LOWER(email) = LOWER($1)) \
              + (SELECT COUNT(*) FROM users WHERE LOWER(email) = LOWER($1))",
    )
    .bind(address.trim())
    .fetch_one(&mut *conn)
    .await?;
    if others > 0 {
        return Ok(0);
    }
    Ok(
        sqlx::query("DELETE FROM outbox WHERE LOWER(recipient) = LOWER($1)")
            .bind(address.trim())
            .execute(&mut *conn)
            .await?
            .rows_affected(),
    )
}

impl Store {
    /// Writes one mail to the outbox on its own (for mails that belong to no other change);
    /// see [`enqueue_mail_in`].
    /// Which of `keys` are already in the outbox (what `notify --dry-run` would not enter).
    pub async fn known_dedupe_keys(
        &self,
        keys: &[String],
    ) -> Result<std::collections::HashSet<String>> {
        let mut known = std::collections::HashSet::new();
        for chunk in keys.chunks(500) {
            let list = (1..=chunk.len())
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let sql = format!("SELECT dedupe_key FROM outbox WHERE dedupe_key IN ({list})");
            let mut q = sqlx::query_scalar::<Any, String>(sqlx::AssertSqlSafe(sql));
            for k in chunk {
                q = q.bind(k);
            }
            known.extend(q.fetch_all(&self.pool).await?);
        }
        Ok(known)
    }

    pub async fn enqueue_mail(&self, mail: &NewMail) -> Result<Option<i64>> {
        let mut conn = self.pool.acquire().await?;
        enqueue_mail_in(&mut conn, mail).await
    }

    /// Takes up to `limit` mails that are due and not held by another worker, for
    /// `lease_seconds`, in the order they were written. `worker` names the taker; only it
    /// can then mark them sent or failed while the lease lasts.
    pub async fn claim_mails(
        &self,
        worker: &str,
        lease_seconds: i64,
        limit: i64,
    ) -> Result<Vec<OutboxMail>> {
        let stamp = now();
        let returning = "RETURNING outbox.id, outbox.message_id, outbox.recipient, outbox.language, \
                         outbox.subject, outbox.text_body, outbox.html_body, outbox.attempts";
        let sql = match self.backend() {
            // The batch is chosen once, in a materialised CTE: as `id IN (SELECT … LIMIT n
            // FOR UPDATE SKIP LOCKED)` PostgreSQL may run the subquery again for every row
            // it updates and so claim every due mail, not n (seen: 40 of 40). SKIP LOCKED
            // keeps workers from waiting for each other's rows; the lease is checked again
            // in the UPDATE, as PostgreSQL re-reads a row another transaction changed
            // meanwhile.
            Backend::Postgres => format!(
                "WITH batch AS MATERIALIZED (SELECT id FROM outbox \
                   WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $3 \
                   AND lease_until <= $3 ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED) \
                 UPDATE outbox SET lease_until = $1, leased_by = $2, attempts = outbox.attempts + 1 \
                 FROM batch WHERE outbox.id = batch.id AND outbox.sent_at IS NULL \
                   AND outbox.failed_at IS NULL AND outbox.lease_until <= $3 {returning}"
            ),
            // One writer at a time: the subquery is evaluated once, under the write lock.
            Backend::Sqlite => format!(
                "UPDATE outbox SET lease_until = $1, leased_by = $2, attempts = attempts + 1 \
                 WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL \
                   AND next_attempt_at <= $3 AND lease_until <= $3 ORDER BY id LIMIT $4) {returning}"
            ),
        };
        let mut mails: Vec<OutboxMail> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(seconds_from_now(lease_seconds))
            .bind(worker)
            .bind(&stamp)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        mails.sort_by_key(|m| m.id);
        Ok(mails)
    }

    /// Marks a mail handed over; false when `worker` no longer held it (its lease ran out
    /// and another worker took it — the mail then goes out twice, under one Message-ID).
    pub async fn mail_sent(&self, id: i64, worker: &str) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE outbox SET sent_at = $1, lease_until = '', last_error = '' \
             WHERE id = $2 AND leased_by = $3 AND sent_at IS NULL",
        )
        .bind(now())
        .bind(id)
        .bind(worker)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records a failed attempt: a temporary failure puts the mail off (or, after the last
    /// retry, fails it), a permanent one fails it now. Whether it failed for good.
    pub async fn mail_not_sent(
        &self,
        id: i64,
        worker: &str,
        attempts: i64,
        failure: Failure,
        error: &str,
    ) -> Result<bool> {
        let retry = match failure {
            Failure::Permanent => None,
            Failure::Temporary => usize::try_from(attempts - 1)
                .ok()
                .and_then(|i| RETRY_AFTER_SECONDS.get(i)),
        };
        let error: String = error.chars().take(500).collect();
        let sql = if retry.is_some() {
            "UPDATE outbox SET next_attempt_at = $1, lease_until = '', last_error = $2 \
             WHERE id = $3 AND leased_by = $4 AND sent_at IS NULL"
        } else {
            "UPDATE outbox SET failed_at = $1, lease_until = '', last_error = $2 \
             WHERE id = $3 AND leased_by = $4 AND sent_at IS NULL"
        };
        let at = retry.map_or_else(now, |s| seconds_from_now(*s));
        sqlx::query(sql)
            .bind(at)
            .bind(error)
            .bind(id)
            .bind(worker)
            .execute(&self.pool)
            .await?;
        Ok(retry.is_none())
    }

    /// Gives failed mails another first attempt (after the settings were mended, or the
    /// address corrected elsewhere); how many. `body_id` None: every body's.
    pub async fn retry_failed_mails(&self, body_id: Option<i64>, ids: &[i64]) -> Result<u64> {
        let mut done = 0;
        for id in ids {
            done += sqlx::query(
                "UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = $1, \
                 last_error = '' WHERE id = $2 AND failed_at IS NOT NULL \
                 AND ($3 IS NULL OR body_id = $3)",
            )
            .bind(now())
            .bind(id)
            .bind(body_id)
            .execute(&self.pool)
            .await?
            .rows_affected();
        }
        Ok(done)
    }

    /// How the outbox stands (`body_id` None: the whole outbox).
    pub async fn outbox_counts(&self, body_id: Option<i64>) -> Result<OutboxCounts> {
        let stamp = now();
        let (waiting, sending, sent, failed): (i64, i64, i64, i64) = sqlx::query_as(
            "SELECT \
             COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL AND lease_until <= $1 THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL AND lease_until > $1 THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) \
             FROM outbox WHERE ($2 IS NULL OR body_id = $2)",
        )
        .bind(&stamp)
        .bind(body_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(OutboxCounts {
            waiting,
            sending,
            sent,
            failed,
        })
    }

    /// Mails of `bodies` (None: server mails and every body's) that failed for good,
    /// newest first.
    pub async fn failed_mails(&self, bodies: Option<&[i64]>) -> Result<Vec<FailedMail>> {
        Ok(sqlx::query_as(AssertSqlSafe(format!(
            "SELECT id, body_id, kind, recipient, subject, attempts, failed_at, last_error FROM outbox \
             WHERE failed_at IS NOT NULL{} ORDER BY failed_at DESC, id DESC",
            crate::db::in_bodies(bodies)
        )))
        .fetch_all(&self.pool)
        .await?)
    }

    /// Deletes sent mails older than [`SENT_RETENTION_DAYS`] and failed ones older than
    /// twice that; how many.
    pub async fn purge_outbox(&self) -> Result<u64> {
        let sent = seconds_from_now(-SENT_RETENTION_DAYS * 86_400);
        let failed = seconds_from_now(-2 * SENT_RETENTION_DAYS * 86_400);
        Ok(sqlx::query(
            "DELETE FROM outbox WHERE (sent_at IS NOT NULL AND sent_at < $1) \
             OR (failed_at IS NOT NULL AND failed_at < $2)",
        )
        .bind(sent)
        .bind(failed)
        .execute(&self.pool)
        .await?
        .rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(to: &str, subject: &str) -> NewMail {
        NewMail {
            body_id: None,
            kind: KIND_TEST.into(),
            recipient: to.into(),
            language: "de".into(),
            subject: subject.into(),
            text: "Text".into(),
            html: "<p>Text</p>".into(),
            dedupe_key: None,
        }
    }

    #[test]
    fn one_address_and_one_line() {
        assert!(check(&mail("integration@landkreis-peine.de", "Sachstand")).is_ok());
        for bad in [
            "",
            "peine",
            "a@b",
            "a@b.de, c@d.de",
            "a@b.de\r\nBcc: x@y.de",
            "<a@b.de>",
            "a@@b.de",
        ] {
            assert!(check(&mail(bad, "Sachstand")).is_err(), "{bad:?} accepted");
        }
        assert!(check(&mail("a@b.de", "Sachstand\r\nBcc: x@y.de")).is_err());
    }
}
