//! Data protection (GDPR): what the database holds about a person or an account (Art. 15),
//! erasure (Art. 17) — anonymisation where records must keep referring to the row — and the
//! storage limits for survey raw data and invitation codes (Art. 5(1)(e)).
//!
//! Erasure reaches the audit trail as well: the snapshots of the erased row are redacted in
//! the same transaction, under the one exception the append-only trigger allows, and the
//! erasure itself is logged.

use serde::Serialize;
use serde_json::{Map, Value, json};
use sqlx::{AssertSqlSafe, Row};

use crate::audit::AuditFilter;
use crate::db::{now, today};
use crate::{Result, Store, StoreError};

/// Written in place of erased personal data.
pub const REDACTED: &str = "[gelöscht]";

/// The personal columns of a person (council member, contact) and of an account.
const PERSON_FIELDS: &[&str] = &["name", "role_title", "email", "phone"];
const USER_FIELDS: &[&str] = &["login", "display_name", "email", "oidc_subject"];

/// What an erasure did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Erasure {
    /// `deleted` when nothing referred to the row, else `anonymised`.
    pub outcome: &'static str,
    /// Audit entries whose snapshots were redacted.
    pub redacted_entries: u64,
    /// Records that no longer refer to the person (e.g. measures it was the contact for).
    pub detached: u64,
}

/// What a retention run deleted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Retention {
    pub responses: u64,
    pub invitations: u64,
    pub sessions: u64,
    pub login_failures: u64,
    /// Sent and failed mails past their retention period.
    pub mails: u64,
    /// Links of reporting rounds closed for a month.
    pub round_links: u64,
    /// Commenters' addresses past their time (unconfirmed, or the version adopted long
    /// enough ago).
    pub comment_addresses: u64,
}

impl Store {
    /// Everything held about a person: the record, seats, submitted papers, measures it is
    /// the contact for, and its history in the audit trail.
    pub async fn person_export(&self, id: i64) -> Result<Value> {
        let p = self.person_referred(id).await?;
        let body = self.body(p.body_id).await?;
        let organization = match p.organization_id {
            Some(o) => Some(self.organization_referred(o).await?.name),
            None => None,
        };
        let seats = self
            .json_rows(
                "SELECT o.name, m.role, m.start_date, m.end_date,
                 CASE WHEN m.voting_right <> 0 THEN 'ja' ELSE 'nein' END FROM memberships m
                 JOIN organizations o ON o.id = m.organization_id WHERE m.person_id = $1 ORDER BY m.id",
                id,
                &["gremium", "rolle", "beginn", "ende", "stimmberechtigt"],
            )
            .await?;
        let papers = self
            .json_rows(
                "SELECT reference, name, date FROM papers WHERE submitter_person_id = $1 ORDER BY id",
                id,
                &["aktenzeichen", "titel", "datum"],
            )
            .await?;
        let measures = self
            .json_rows(
                "SELECT id, code, title FROM measures WHERE contact_person_id = $1 ORDER BY id",
                id,
                &["id", "kennung", "titel"],
            )
            .await?;
        Ok(json!({
            "auskunft": "Auskunft nach Art. 15 DSGVO: gespeicherte Daten einer Person",
            "erstellt": now(),
            "koerperschaft": body.name,
            "person": {
                "id": p.id,
                "name": p.name,
                "funktion": p.role_title,
                "organisation": organization,
                "email": p.email,
                "telefon": p.phone,
                "angelegt": p.created_at,
                "geaendert": p.modified_at,
            },
            "mitgliedschaften": seats,
            "eingereichte_vorlagen": papers,
            "ansprechperson_fuer_massnahmen": measures,
            "e_mails": self.mails_of(p.email.as_deref()).await?,
            "aenderungsverlauf": self.history_json("persons", id).await?,
        }))
    }

    /// Everything held about an account: the account, roles, organisations, open sessions,
    /// API tokens, its history, and every change it made.
    pub async fn user_export(&self, login: &str) -> Result<Value> {
        let user_id = self.user_id(login).await?;
        let row = sqlx::query(
            "SELECT login, display_name, email, CASE WHEN oidc_subject IS NULL THEN 0 ELSE 1 END, disabled, created_at, modified_at, language
             FROM users WHERE id = $1",
        )
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?;
        let roles = self
            .json_rows(
                "SELECT role, body_key FROM user_roles WHERE user_id = $1 ORDER BY role, body_key",
                user_id,
                &["rolle", "koerperschaft"],
            )
            .await?;
        let organizations: Vec<String> = sqlx::query_scalar(
            "SELECT o.name FROM user_organizations uo JOIN organizations o ON o.id = uo.organization_id
             WHERE uo.user_id = $1 ORDER BY o.name",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        let sessions = self
            .json_rows(
                "SELECT created_at, expires_at FROM sessions WHERE user_id = $1 ORDER BY created_at",
                user_id,
                &["angemeldet", "gueltig_bis"],
            )
            .await?;
        let tokens = self
            .json_rows(
                "SELECT label, created_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at",
                user_id,
                &["bezeichnung", "angelegt"],
            )
            .await?;
        let made = self
            .audit_entries(&AuditFilter {
                user_id: Some(user_id),
                ..AuditFilter::default()
            })
            .await?
            .into_iter()
            .map(|e| {
                json!({
                    "zeit": e.at,
                    "weg": e.via,
                    "tabelle": e.entity,
                    "datensatz": e.entity_id,
                    "aktion": e.action,
                })
            })
            .collect::<Vec<_>>();
        Ok(json!({
            "auskunft": "Auskunft nach Art. 15 DSGVO: gespeicherte Daten eines Kontos",
            "erstellt": now(),
            "konto": {
                "anmeldename": row.get::<String, _>(0),
                "name": row.get::<String, _>(1),
                "email": row.get::<Option<String>, _>(2),
                "single_sign_on": row.get::<i64, _>(3) != 0,
                "gesperrt": row.get::<i64, _>(4) != 0,
                "angelegt": row.get::<String, _>(5),
                "geaendert": row.get::<String, _>(6),
                "sprache_der_emails": row.get::<Option<String>, _>(7).unwrap_or_else(|| "de".to_owned()),
                "passwort": "nur als Argon2id-Hash gespeichert, nicht Teil der Auskunft",
            },
            "rollen": roles,
            "organisationen": organizations,
            "sitzungen": sessions,
            "api_tokens": tokens,
            "e_mails": self.mails_of(row.get::<Option<String>, _>(2).as_deref()).await?,
            "aenderungsverlauf": self.history_json("users", user_id).await?,
            "vorgenommene_aenderungen": made,
        }))
    }

    /// The mails to an address held about someone (none without one).
    async fn mails_of(&self, address: Option<&str>) -> Result<Vec<Value>> {
        match address.filter(|a| !a.trim().is_empty()) {
            Some(a) => crate::outbox::mails_to(&mut *self.pool.acquire().await?, a).await,
            None => Ok(Vec::new()),
        }
    }

    /// The rows of `sql` (one `$1`) as JSON objects with the given keys; text and whole
    /// numbers, NULL as null.
    async fn json_rows(&self, sql: &'static str, id: i64, keys: &[&str]) -> Result<Vec<Value>> {
        let rows = sqlx::query(sql).bind(id).fetch_all(&self.pool).await?;
        Ok(rows
            .iter()
            .map(|r| {
                let object: Map<String, Value> = keys
                    .iter()
                    .enumerate()
                    .map(|(i, k)| {
                        let v = match r.try_get::<Option<String>, _>(i) {
                            Ok(text) => text.map_or(Value::Null, Value::String),
                            Err(_) => r
                                .try_get::<Option<i64>, _>(i)
                                .ok()
                                .flatten()
                                .map_or(Value::Null, Value::from),
                        };
                        ((*k).to_owned(), v)
                    })
                    .collect();
                Value::Object(object)
            })
            .collect())
    }

    async fn history_json(&self, entity: &str, id: i64) -> Result<Vec<Value>> {
        let entries = self
            .audit_entries(&AuditFilter {
                record: Some((entity.to_owned(), id)),
                ..AuditFilter::default()
            })
            .await?;
        Ok(entries
            .into_iter()
            .filter(|e| e.entity == entity)
            .map(|e| {
                let parse = |s: Option<String>| {
                    s.and_then(|s| serde_json::from_str::<Value>(&s).ok())
                        .unwrap_or(Value::Null)
                };
                json!({
                    "zeit": e.at,
                    "von": e.login,
                    "weg": e.via,
                    "aktion": e.action,
                    "vorher": parse(e.before),
                    "nachher": parse(e.after),
                })
            })
            .collect())
    }

    /// Erases a person: deleted when no record refers to it, otherwise anonymised (name,
    /// function, e-mail and phone), so that seats and submitted papers keep their history
    /// without naming anyone. It is no longer the contact of any measure. Its snapshots in
    /// the audit trail are redacted alike, and the mails to its address are deleted.
    pub async fn erase_person(&self, id: i64) -> Result<Erasure> {
        let person = self.person_referred(id).await?;
        if person.erased_on.is_some() {
            return Err(StoreError::Refused(
                "Die Daten dieser Person wurden bereits gelöscht.".into(),
            ));
        }
        let mut tx = self.begin().await?;
        let detached = sqlx::query(
            "UPDATE measures SET contact_person_id = NULL WHERE contact_person_id = $1",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let refs: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM memberships WHERE person_id = $1)
                  + (SELECT COUNT(*) FROM papers WHERE submitter_person_id = $1)",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        let outcome = if refs == 0 {
            sqlx::query("DELETE FROM persons WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            "deleted"
        } else {
            sqlx::query(
                "UPDATE persons SET name = $1, role_title = NULL, email = NULL, phone = NULL,
                 erased_on = $2, modified_at = $3 WHERE id = $4",
            )
            .bind(format!("Gelöschte Person {id}"))
            .bind(today())
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
            "anonymised"
        };
        if let Some(address) = person.email.as_deref() {
            crate::outbox::forget_mails_to(&mut tx, address).await?;
        }
        let redacted = self
            .redact_trail(&mut tx, "persons", id, PERSON_FIELDS)
            .await?;
        self.commit(tx).await?;
        Ok(Erasure {
            outcome,
            redacted_entries: redacted,
            detached,
        })
    }

    /// Erases an account: roles, organisations, sessions, tokens and failed logins go; the
    /// row stays, anonymised and disabled, because the audit trail names it as the author
    /// of changes. Its own snapshots in the trail are redacted.
    pub async fn erase_user(&self, login: &str) -> Result<Erasure> {
        let user_id = self.user_id(login).await?;
        let email: Option<String> = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?;
        let mut tx = self.begin().await?;
        for sql in [
            "DELETE FROM sessions WHERE user_id = $1",
            "DELETE FROM api_tokens WHERE user_id = $1",
            "DELETE FROM user_roles WHERE user_id = $1",
            "DELETE FROM user_organizations WHERE user_id = $1",
            "DELETE FROM recovery_codes WHERE user_id = $1",
            "DELETE FROM login_challenges WHERE user_id = $1",
        ] {
            sqlx::query(sql).bind(user_id).execute(&mut *tx).await?;
        }
        self.forget_throttle(&mut tx, &login.trim().to_lowercase())
            .await?;
        sqlx::query(
            "UPDATE users SET login = $1, display_name = $2, email = NULL, password_hash = NULL,
             oidc_subject = NULL, totp_secret = NULL, totp_enabled = 0, language = NULL, disabled = 1, erased_on = $3, modified_at = $4 WHERE id = $5",
        )
        .bind(format!("geloescht-{user_id}"))
        .bind("Gelöschtes Konto")
        .bind(today())
        .bind(now())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        if let Some(address) = email.as_deref() {
            crate::outbox::forget_mails_to(&mut tx, address).await?;
        }
        let redacted = self
            .redact_trail(&mut tx, "users", user_id, USER_FIELDS)
            .await?;
        self.commit(tx).await?;
        Ok(Erasure {
            outcome: "anonymised",
            redacted_entries: redacted,
            detached: 0,
        })
    }

    /// Replaces `fields` in every snapshot of the record in the trail, and logs the erasure.
    async fn redact_trail(
        &self,
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        entity: &str,
        id: i64,
        fields: &[&str],
    ) -> Result<u64> {
        let rows = sqlx::query(
            "SELECT id, before, after FROM audit_log WHERE entity = $1 AND entity_id = $2",
        )
        .bind(entity)
        .bind(id)
        .fetch_all(&mut **tx)
        .await?;
        self.set_erasing(tx, true).await?;
        let mut redacted = 0;
        for row in &rows {
            let entry: i64 = row.get(0);
            let before = redact(row.get(1), fields);
            let after = redact(row.get(2), fields);
            sqlx::query("UPDATE audit_log SET before = $1, after = $2 WHERE id = $3")
                .bind(before)
                .bind(after)
                .bind(entry)
                .execute(&mut **tx)
                .await?;
            redacted += 1;
        }
        self.set_erasing(tx, false).await?;
        let actor = crate::audit::current_actor(self.via);
        sqlx::query(
            "INSERT INTO audit_log (at, user_id, via, entity, entity_id, action)
             VALUES ($1, $2, $3, $4, $5, 'erase')",
        )
        .bind(now())
        .bind(actor.user_id)
        .bind(actor.via)
        .bind(entity)
        .bind(id)
        .execute(&mut **tx)
        .await?;
        Ok(redacted)
    }

    /// Applies the storage limits as of `today` (`YYYY-MM-DD`): raw answers and invitation
    /// codes of surveys closed long enough ago, expired sessions, failed logins older
    /// than a day, and mails sent or failed long enough ago. Safe to run from several servers at once.
    pub async fn apply_retention(&self, today: &str) -> Result<Retention> {
        let due = |column: &str| {
            format!(
                "SELECT id, closed_on, {column} FROM surveys
                 WHERE status = 'closed' AND closed_on IS NOT NULL AND {column} IS NOT NULL"
            )
        };
        let mut done = Retention::default();
        for (column, raw) in [("raw_data_days", true), ("invitation_days", false)] {
            let surveys: Vec<(i64, String, i64)> = sqlx::query_as(AssertSqlSafe(due(column)))
                .fetch_all(&self.pool)
                .await?;
            for (survey_id, closed_on, days) in surveys {
                if !is_due(&closed_on, days, today) {
                    continue;
                }
                if raw {
                    // The survey indicators keep their values of this survey.
                    self.keep_survey_indicators(survey_id).await?;
                }
                let mut tx = self.begin().await?;
                if raw {
                    sqlx::query(
                        "DELETE FROM survey_answers WHERE response_id IN
                         (SELECT id FROM survey_responses WHERE survey_id = $1)",
                    )
                    .bind(survey_id)
                    .execute(&mut *tx)
                    .await?;
                    done.responses +=
                        sqlx::query("DELETE FROM survey_responses WHERE survey_id = $1")
                            .bind(survey_id)
                            .execute(&mut *tx)
                            .await?
                            .rows_affected();
                    sqlx::query(
                        "UPDATE surveys SET raw_data_deleted_on = $1
                         WHERE id = $2 AND raw_data_deleted_on IS NULL",
                    )
                    .bind(today)
                    .bind(survey_id)
                    .execute(&mut *tx)
                    .await?;
                } else {
                    done.invitations +=
                        sqlx::query("DELETE FROM survey_invitations WHERE survey_id = $1")
                            .bind(survey_id)
                            .execute(&mut *tx)
                            .await?
                            .rows_affected();
                }
                self.commit(tx).await?;
            }
        }
        done.sessions = sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(now())
            .execute(&self.pool)
            .await?
            .rows_affected();
        done.login_failures = self.purge_throttle().await?;
        done.mails = self.purge_outbox().await?;
        done.round_links = self
            .purge_round_links(crate::controlling::rounds::LINK_RETENTION_DAYS)
            .await?;
        if let Ok(day) = teilhabe_domain::Date::parse(today) {
            done.comment_addresses = self.purge_comment_addresses(day).await?;
        }
        Ok(done)
    }
}

/// Whether `days` after `closed_on` has been reached by `today` (all `YYYY-MM-DD`).
fn is_due(closed_on: &str, days: i64, today: &str) -> bool {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match (
        time::Date::parse(closed_on, format),
        time::Date::parse(today, format),
    ) {
        (Ok(closed), Ok(today)) => closed + time::Duration::days(days) <= today,
        _ => false,
    }
}

/// A snapshot with `fields` replaced (those that held a value).
fn redact(snapshot: Option<String>, fields: &[&str]) -> Option<String> {
    let text = snapshot?;
    let Ok(Value::Object(mut map)) = serde_json::from_str::<Value>(&text) else {
        return Some(text);
    };
    for f in fields {
        if let Some(v) = map.get_mut(*f)
            && !v.is_null()
        {
            *v = Value::String(REDACTED.into());
        }
    }
    Some(Value::Object(Map::from_iter(map)).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_counts_days_from_closing() {
        assert!(!is_due("2026-01-01", 30, "2026-01-30"));
        assert!(is_due("2026-01-01", 30, "2026-01-31"));
        assert!(is_due("2026-01-01", 0, "2026-01-01"));
        assert!(!is_due("kaputt", 0, "2026-01-01"));
    }

    #[test]
    fn redaction_keeps_everything_but_the_personal_fields() {
        let s = r#"{"id":4,"name":"Erika Muster","email":null,"body_id":1}"#;
        let r: Value =
            serde_json::from_str(&redact(Some(s.into()), PERSON_FIELDS).unwrap()).unwrap();
        assert_eq!(r["name"], REDACTED);
        assert_eq!(r["email"], Value::Null);
        assert_eq!(r["id"], 4);
        assert_eq!(r["body_id"], 1);
        assert_eq!(redact(None, PERSON_FIELDS), None);
    }
}
