//! Reporting rounds: who a round asks (the lead organisations of a concept version's
//! running measures), who receives its mails (the contact persons of those measures and
//! the accounts that speak for the organisation), the personal links (only their hashes
//! stored, each entered together with the mail that carries it), and what has been
//! answered.
//!
//! A measure counts as answered in a round when it has a report as of the round's start
//! or later ("Stand vom"), filed by an account that logged in, or any report filed
//! through the round's link.

use crate::accounts::{hash_token, random_token};
use crate::db::now;
use crate::outbox::{NewMail, enqueue_mail_in, plausible_address};
use crate::{Result, Store, StoreError};
use sqlx::AssertSqlSafe;
use std::collections::BTreeMap;
use teilhabe_domain::Date;
use teilhabe_domain::concepts::ProgressReportDraft;
use teilhabe_domain::controlling::rounds::{Answer, RoundDraft, links_work};

/// Days after a round closes until its links' hashes are deleted.
pub const LINK_RETENTION_DAYS: i64 = 30;

/// A round as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct Round {
    pub id: i64,
    pub body_id: i64,
    pub concept_id: i64,
    pub title: String,
    pub message: String,
    pub started_on: String,
    pub deadline: String,
    pub closes_on: String,
    pub remind_before_days: i64,
    pub remind_after_days: i64,
    pub closed_at: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

const ROUND_COLUMNS: &str = "id, body_id, concept_id, title, message, started_on, deadline, closes_on, remind_before_days, remind_after_days, closed_at, created_at, modified_at";

impl Round {
    // The store writes both dates in ISO form from parsed dates; an unreadable one (a
    // hand-edited database) counts as today, which keeps a round neither open for ever nor
    // silently late.
    pub fn deadline(&self) -> Date {
        Date::parse(&self.deadline).unwrap_or_else(|_| Date::today())
    }

    pub fn closes_on(&self) -> Date {
        Date::parse(&self.closes_on).unwrap_or_else(|_| Date::today())
    }

    /// Whether its links work on `today`.
    pub fn open_on(&self, today: Date) -> bool {
        links_work(self.closes_on(), self.closed_at.is_some(), today)
    }
}

/// A measure a round asks about, with its answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Asked {
    pub measure_id: i64,
    pub code: Option<String>,
    pub title: String,
    pub organization_id: i64,
    /// The newest report made since the round started: its id and date.
    pub report: Option<(i64, String)>,
    /// That report waits for a coordinator's approval.
    pub waiting: bool,
    /// The reason the coordination gave when it last returned a report of this round on
    /// the measure, if nothing newer was filed since (the organisation sees why it is asked
    /// again).
    pub returned: Option<String>,
}

/// One address a round's mails go to for an organisation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Recipient {
    pub organization_id: i64,
    pub address: String,
    pub name: String,
    /// The account's language, German for contact persons.
    pub language: String,
}

/// An organisation in a round: what it is asked, where it stands, who hears about it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Participant {
    pub organization_id: i64,
    pub name: String,
    pub asked: Vec<Asked>,
    pub recipients: Vec<Recipient>,
    /// Mails of the round to this organisation entered so far.
    pub mails: i64,
    pub revoked: bool,
}

impl Participant {
    pub fn answered(&self) -> usize {
        self.asked.iter().filter(|a| a.report.is_some()).count()
    }

    pub fn answer(&self, round: &Round, today: Date) -> Answer {
        Answer::of(self.answered() == self.asked.len(), round.deadline(), today)
    }
}

/// Where an open round stands, counted in one query (the work queue's line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundSummary {
    pub round: Round,
    pub organizations: i64,
    /// Organisations with a report on every measure asked.
    pub answered: i64,
    pub measures: i64,
    pub reported: i64,
}

/// A mail of a round with the link token it carries (only its hash is stored, in the same
/// transaction as the mail).
pub struct LinkMail {
    pub organization_id: i64,
    pub token: String,
    pub mail: NewMail,
}

impl LinkMail {
    /// A new token for a mail to `organization_id`.
    pub fn token() -> String {
        random_token()
    }
}

/// What a working link opens: one organisation's measures in one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkScope {
    pub link_id: i64,
    pub round: Round,
    pub organization_id: i64,
    pub organization: String,
}

impl Store {
    /// Starts a round for a concept version (not a superseded one) and enters the mails
    /// `invite` composes for its organisations in the same transaction: the round exists
    /// with its invitations or not at all.
    pub async fn start_round(
        &self,
        concept_id: i64,
        d: &RoundDraft,
        invite: impl FnOnce(&Round, &[Participant]) -> Vec<LinkMail>,
    ) -> Result<(Round, usize)> {
        self.start_round_on(concept_id, d, Date::today(), invite)
            .await
    }

    /// [`Self::start_round`] as if started on `started_on` (the demo's round of last
    /// autumn, imports of rounds run before Teilhabe).
    pub async fn start_round_on(
        &self,
        concept_id: i64,
        d: &RoundDraft,
        started_on: Date,
        invite: impl FnOnce(&Round, &[Participant]) -> Vec<LinkMail>,
    ) -> Result<(Round, usize)> {
        let concept = self.concept(concept_id).await?;
        if concept.status == "superseded" {
            return Err(StoreError::Refused(
                "Für eine abgelöste Fassung des Konzepts gibt es keine Berichtsabfrage mehr."
                    .into(),
            ));
        }
        let ts = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO reporting_rounds (body_id, concept_id, title, message, started_on, deadline, closes_on, remind_before_days, remind_after_days, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $10, $5, $6, $7, $8, $9, $9) RETURNING id",
        )
        .bind(concept.body_id)
        .bind(concept_id)
        .bind(&d.title)
        .bind(&d.message)
        .bind(d.deadline.iso())
        .bind(d.closes_on.iso())
        .bind(d.remind_before_days)
        .bind(d.remind_after_days)
        .bind(&ts)
        .bind(started_on.iso())
        .fetch_one(&mut *tx)
        .await?;
        let round: Round = sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {ROUND_COLUMNS} FROM reporting_rounds WHERE id = $1"
        )))
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        // Who is asked depends on the measures, not on the new row: read outside the
        // transaction (SQLite has one writer, and it is this one).
        let participants = self.round_participants(&round).await?;
        let entered = enqueue_links_in(&mut tx, round.id, &invite(&round, &participants)).await?;
        self.commit(tx).await?;
        Ok((round, entered))
    }

    /// Changes a round's texts, deadline and reminders.
    pub async fn update_round(&self, id: i64, d: &RoundDraft) -> Result<Round> {
        self.round(id).await?;
        self.execute(
            sqlx::query(
                "UPDATE reporting_rounds SET title = $1, message = $2, deadline = $3, closes_on = $4, remind_before_days = $5, remind_after_days = $6, modified_at = $7 WHERE id = $8",
            )
            .bind(&d.title)
            .bind(&d.message)
            .bind(d.deadline.iso())
            .bind(d.closes_on.iso())
            .bind(d.remind_before_days)
            .bind(d.remind_after_days)
            .bind(now())
            .bind(id),
        )
        .await?;
        self.round(id).await
    }

    /// Ends a round before its links close: no link works any more, no reminder goes out.
    pub async fn close_round(&self, id: i64) -> Result<Round> {
        self.round(id).await?;
        let ts = now();
        self.execute(
            sqlx::query(
                "UPDATE reporting_rounds SET closed_at = $1, modified_at = $1 WHERE id = $2 AND closed_at IS NULL",
            )
            .bind(&ts)
            .bind(id),
        )
        .await?;
        self.round(id).await
    }

    pub async fn round(&self, id: i64) -> Result<Round> {
        sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {ROUND_COLUMNS} FROM reporting_rounds WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("Berichtsabfrage"))
    }

    /// A body's rounds, newest deadline first.
    pub async fn rounds(&self, body_id: i64) -> Result<Vec<Round>> {
        Ok(sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {ROUND_COLUMNS} FROM reporting_rounds WHERE body_id = $1 ORDER BY deadline DESC, id DESC"
        )))
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Every round of every body whose links work on `today` (the reminder scheduler's).
    pub async fn open_rounds(&self, today: Date) -> Result<Vec<Round>> {
        Ok(sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {ROUND_COLUMNS} FROM reporting_rounds WHERE closed_at IS NULL AND closes_on >= $1 ORDER BY body_id, id"
        )))
        .bind(today.iso())
        .fetch_all(&self.pool)
        .await?)
    }

    /// Where the open rounds of `body_ids` stand on `today`, in two queries whatever their
    /// number (the work queue of a coordinator of many bodies).
    pub async fn open_round_summaries(
        &self,
        body_ids: &[i64],
        today: Date,
    ) -> Result<Vec<RoundSummary>> {
        if body_ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = (2..body_ids.len() + 2)
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut q = sqlx::query_as::<_, Round>(AssertSqlSafe(format!(
            "SELECT {ROUND_COLUMNS} FROM reporting_rounds
             WHERE closed_at IS NULL AND closes_on >= $1 AND body_id IN ({list}) ORDER BY deadline, id"
        )))
        .bind(today.iso());
        for id in body_ids {
            q = q.bind(id);
        }
        let rounds = q.fetch_all(&self.pool).await?;
        let mut q = sqlx::query_as::<_, (i64, i64, i64, i64, i64)>(AssertSqlSafe(format!(
            "SELECT x.round_id, COUNT(*), SUM(CASE WHEN x.unanswered = 0 THEN 1 ELSE 0 END),
                    CAST(SUM(x.asked) AS BIGINT), CAST(SUM(x.asked - x.unanswered) AS BIGINT)
             FROM (SELECT r.id AS round_id, m.lead_organization_id, COUNT(*) AS asked,
                          SUM(CASE WHEN EXISTS (SELECT 1 FROM progress_reports p WHERE p.measure_id = m.id AND p.review_state <> 'returned'
                                                AND (p.reported_on >= r.started_on OR p.round_id = r.id))
                                   THEN 0 ELSE 1 END) AS unanswered
                   FROM reporting_rounds r JOIN fields_of_action f ON f.concept_id = r.concept_id
                   JOIN goals g ON g.field_id = f.id JOIN measures m ON m.goal_id = g.id
                   WHERE r.closed_at IS NULL AND r.closes_on >= $1 AND r.body_id IN ({list})
                     AND m.status NOT IN ('completed', 'cancelled')
                   GROUP BY r.id, m.lead_organization_id) x
             GROUP BY x.round_id"
        )))
        .bind(today.iso());
        for id in body_ids {
            q = q.bind(id);
        }
        let counts: std::collections::HashMap<i64, (i64, i64, i64, i64)> = q
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|(id, o, a, m, r)| (id, (o, a, m, r)))
            .collect();
        Ok(rounds
            .into_iter()
            .map(|round| {
                let (organizations, answered, measures, reported) =
                    counts.get(&round.id).copied().unwrap_or_default();
                RoundSummary {
                    round,
                    organizations,
                    answered,
                    measures,
                    reported,
                }
            })
            .collect())
    }

    /// The measures a round asks about — the concept version's measures that are neither
    /// completed nor cancelled — with the newest report as of the round's start or later,
    /// in plan order.
    pub async fn round_asks(&self, round: &Round) -> Result<Vec<Asked>> {
        type Row = (
            i64,
            Option<String>,
            String,
            i64,
            Option<i64>,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT m.id, m.code, m.title, m.lead_organization_id, r.id, r.reported_on, r.review_state,
                    (SELECT x.review_note FROM progress_reports x WHERE x.measure_id = m.id AND x.review_state = 'returned'
                       AND (x.reported_on >= $2 OR x.round_id = $3) ORDER BY x.reviewed_at DESC, x.id DESC LIMIT 1)
             FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id
             LEFT JOIN progress_reports r ON r.id = (
                 SELECT r2.id FROM progress_reports r2 WHERE r2.measure_id = m.id AND r2.review_state <> 'returned' AND (r2.reported_on >= $2 OR r2.round_id = $3)
                 ORDER BY r2.reported_on DESC, r2.id DESC LIMIT 1)
             WHERE f.concept_id = $1 AND m.status NOT IN ('completed', 'cancelled')
             ORDER BY f.position, f.id, g.position, g.id, m.position, m.id",
        )
        .bind(round.concept_id)
        .bind(&round.started_on)
        .bind(round.id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(measure_id, code, title, org, report, day, state, returned)| Asked {
                    measure_id,
                    code,
                    title,
                    organization_id: org,
                    waiting: state.as_deref() == Some("submitted"),
                    // Shown while the measure is open again.
                    returned: returned.filter(|_| report.is_none()),
                    report: report.zip(day),
                },
            )
            .collect())
    }

    /// Every organisation a round asks, with its measures, mail addresses and mails.
    pub async fn round_participants(&self, round: &Round) -> Result<Vec<Participant>> {
        let asked = self.round_asks(round).await?;
        let names: BTreeMap<i64, String> = self
            .organizations(round.body_id)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        let recipients = self.round_recipients(round).await?;
        let mails: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT organization_id, COUNT(*), SUM(CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END)
             FROM round_links WHERE round_id = $1 GROUP BY organization_id",
        )
        .bind(round.id)
        .fetch_all(&self.pool)
        .await?;
        let mut out: BTreeMap<i64, Participant> = BTreeMap::new();
        for a in asked {
            out.entry(a.organization_id)
                .or_insert_with(|| Participant {
                    organization_id: a.organization_id,
                    name: names.get(&a.organization_id).cloned().unwrap_or_default(),
                    asked: Vec::new(),
                    recipients: Vec::new(),
                    mails: 0,
                    revoked: false,
                })
                .asked
                .push(a);
        }
        for r in recipients {
            if let Some(p) = out.get_mut(&r.organization_id) {
                p.recipients.push(r);
            }
        }
        for (org, count, revoked) in mails {
            if let Some(p) = out.get_mut(&org) {
                p.mails = count;
                p.revoked = revoked > 0 && revoked == count;
            }
        }
        let mut list: Vec<Participant> = out.into_values().collect();
        list.sort_by_key(|p| p.name.to_lowercase());
        Ok(list)
    }

    /// Who hears about a round for each organisation: its contact persons (persons of the
    /// organisation with an address), the contact persons of the measures it leads in the
    /// concept version unless they belong to another organisation, and the enabled
    /// accounts that report for it — each address once per organisation (an account's
    /// language wins).
    pub async fn round_recipients(&self, round: &Round) -> Result<Vec<Recipient>> {
        let contacts: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT DISTINCT m.lead_organization_id, p.email, p.name
             FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id
             JOIN persons p ON p.id = m.contact_person_id
             WHERE f.concept_id = $1 AND m.status NOT IN ('completed', 'cancelled')
               AND (p.organization_id IS NULL OR p.organization_id = m.lead_organization_id)
               AND p.email IS NOT NULL AND p.email <> ''
             UNION
             SELECT DISTINCT p.organization_id, p.email, p.name FROM persons p
             WHERE p.body_id = $2 AND p.organization_id IS NOT NULL AND p.email IS NOT NULL AND p.email <> ''",
        )
        .bind(round.concept_id)
        .bind(round.body_id)
        .fetch_all(&self.pool)
        .await?;
        let accounts: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
            "SELECT uo.organization_id, u.email, u.display_name, u.language
             FROM users u JOIN user_organizations uo ON uo.user_id = u.id
             JOIN organizations o ON o.id = uo.organization_id
             WHERE o.body_id = $1 AND u.disabled = 0 AND u.email IS NOT NULL AND u.email <> ''",
        )
        .bind(round.body_id)
        .fetch_all(&self.pool)
        .await?;
        let mut by_address: BTreeMap<(i64, String), Recipient> = BTreeMap::new();
        let accounts = accounts
            .into_iter()
            .filter(|(_, address, _, _)| plausible_address(address.trim()));
        let contacts = contacts
            .into_iter()
            .filter(|(_, address, _)| plausible_address(address.trim()));
        for (org, address, name, language) in accounts {
            by_address.insert(
                (org, address.trim().to_lowercase()),
                Recipient {
                    organization_id: org,
                    address: address.trim().to_owned(),
                    name,
                    language: language.unwrap_or_else(|| "de".to_owned()),
                },
            );
        }
        for (org, address, name) in contacts {
            by_address
                .entry((org, address.trim().to_lowercase()))
                .or_insert_with(|| Recipient {
                    organization_id: org,
                    address: address.trim().to_owned(),
                    name,
                    language: "de".to_owned(),
                });
        }
        Ok(by_address.into_values().collect())
    }

    /// The body's coordinators (not the server's administrators) with an address: who gets
    /// a round's digest. `organization_id` is 0.
    pub async fn coordinator_recipients(&self, body_id: i64) -> Result<Vec<Recipient>> {
        let rows: Vec<(String, String, Option<String>)> = sqlx::query_as(
            "SELECT DISTINCT u.email, u.display_name, u.language FROM users u
             JOIN user_roles r ON r.user_id = u.id JOIN bodies b ON b.key = r.body_key
             WHERE b.id = $1 AND r.role = 'coordinator' AND u.disabled = 0
               AND u.email IS NOT NULL AND u.email <> '' ORDER BY u.email",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter(|(address, _, _)| plausible_address(address.trim()))
            .map(|(address, name, language)| Recipient {
                organization_id: 0,
                address: address.trim().to_owned(),
                name,
                language: language.unwrap_or_else(|| "de".to_owned()),
            })
            .collect())
    }

    /// Who hears about one measure: as in a round, the leading organisation's contact
    /// persons, the measure's contact person unless of another organisation, and the
    /// accounts that report for the organisation (for the notice of a late milestone).
    pub async fn measure_recipients(&self, measure_id: i64) -> Result<Vec<Recipient>> {
        let rows: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
            "SELECT m.lead_organization_id, u.email, u.display_name, u.language
             FROM measures m JOIN user_organizations uo ON uo.organization_id = m.lead_organization_id
             JOIN users u ON u.id = uo.user_id
             WHERE m.id = $1 AND u.disabled = 0 AND u.email IS NOT NULL AND u.email <> ''
             UNION
             SELECT m.lead_organization_id, p.email, p.name, NULL
             FROM measures m JOIN persons p
               ON p.id = m.contact_person_id AND (p.organization_id IS NULL OR p.organization_id = m.lead_organization_id)
                  OR p.organization_id = m.lead_organization_id
             WHERE m.id = $1 AND p.email IS NOT NULL AND p.email <> ''",
        )
        .bind(measure_id)
        .fetch_all(&self.pool)
        .await?;
        let mut by_address: BTreeMap<String, Recipient> = BTreeMap::new();
        for (org, address, name, language) in rows {
            if !plausible_address(address.trim()) {
                continue;
            }
            let r = Recipient {
                organization_id: org,
                address: address.trim().to_owned(),
                name,
                language: language.clone().unwrap_or_else(|| "de".to_owned()),
            };
            let key = address.trim().to_lowercase();
            if language.is_some() || !by_address.contains_key(&key) {
                by_address.insert(key, r);
            }
        }
        Ok(by_address.into_values().collect())
    }

    /// Enters a round's mails, each with the hash of the link it carries, in one
    /// transaction. A mail whose dedupe key is already in the outbox is left out, and so is
    /// its link (another server composed the same reminder). Returns how many were entered.
    pub async fn enqueue_round_mails(&self, round: &Round, mails: &[LinkMail]) -> Result<usize> {
        let mut tx = self.begin().await?;
        let entered = enqueue_links_in(&mut tx, round.id, mails).await?;
        self.commit(tx).await?;
        Ok(entered)
    }

    /// Stops every link of an organisation in a round (a mail that reached the wrong
    /// person). A new mail brings a new link.
    pub async fn revoke_round_links(&self, round_id: i64, organization_id: i64) -> Result<u64> {
        let done = self
            .execute(
                sqlx::query(
                    "UPDATE round_links SET revoked_at = $1 WHERE round_id = $2 AND organization_id = $3 AND revoked_at IS NULL",
                )
                .bind(now())
                .bind(round_id)
                .bind(organization_id),
            )
            .await?;
        Ok(done.rows_affected())
    }

    /// What a link opens on `today`: `None` for an unknown, revoked or expired link, or one
    /// of a closed round — the caller cannot tell which, and neither can whoever guesses.
    pub async fn round_link(&self, token: &str, today: Date) -> Result<Option<LinkScope>> {
        let row: Option<(i64, i64, i64, Option<String>, String)> = sqlx::query_as(
            "SELECT l.id, l.round_id, l.organization_id, l.revoked_at, o.name
             FROM round_links l JOIN organizations o ON o.id = l.organization_id WHERE l.token_hash = $1",
        )
        .bind(hash_token(token))
        .fetch_optional(&self.pool)
        .await?;
        let Some((link_id, round_id, organization_id, revoked, organization)) = row else {
            return Ok(None);
        };
        let round = self.round(round_id).await?;
        if revoked.is_some() || !round.open_on(today) {
            return Ok(None);
        }
        sqlx::query("UPDATE round_links SET last_used_at = $1 WHERE id = $2")
            .bind(now())
            .bind(link_id)
            .execute(&self.pool)
            .await?;
        Ok(Some(LinkScope {
            link_id,
            round,
            organization_id,
            organization,
        }))
    }

    /// Files a report through a link: only on a measure the round asks the link's
    /// organisation about, in that organisation's name.
    pub async fn file_round_report(
        &self,
        scope: &LinkScope,
        measure_id: i64,
        d: &ProgressReportDraft,
    ) -> Result<crate::ProgressReport> {
        let asked = self.round_asks(&scope.round).await?;
        if !asked
            .iter()
            .any(|a| a.measure_id == measure_id && a.organization_id == scope.organization_id)
        {
            return Err(StoreError::NotFound("Maßnahme"));
        }
        let mut d = d.clone();
        d.reporter_organization_id = Some(scope.organization_id);
        self.insert_progress_report(measure_id, &d, Some(scope.round.id))
            .await
    }

    /// Deletes the links of rounds closed more than `days` ago (their hashes are of no use
    /// any more). Returns how many went.
    pub async fn purge_round_links(&self, days: i64) -> Result<u64> {
        let before = Date::today().add_days(-days).iso();
        let done = sqlx::query(
            "DELETE FROM round_links WHERE round_id IN (SELECT id FROM reporting_rounds WHERE closes_on < $1 OR (closed_at IS NOT NULL AND closed_at < $1))",
        )
        .bind(before)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }
}

/// [`Store::enqueue_round_mails`] inside the caller's transaction.
async fn enqueue_links_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    round_id: i64,
    mails: &[LinkMail],
) -> Result<usize> {
    let ts = now();
    let mut entered = 0;
    for m in mails {
        if enqueue_mail_in(tx, &m.mail).await?.is_none() {
            continue;
        }
        sqlx::query(
            "INSERT INTO round_links (round_id, organization_id, token_hash, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(round_id)
        .bind(m.organization_id)
        .bind(hash_token(&m.token))
        .bind(&ts)
        .execute(&mut **tx)
        .await?;
        entered += 1;
    }
    Ok(entered)
}
