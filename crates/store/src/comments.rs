//! Comments on a draft in consultation, their moderation and the addresses of the people
//! who want to hear what became of them (the rules: `teilhabe_domain::comments`).
//!
//! Why a published comment becomes a contribution: the participation module already
//! tracks every contribution's fate with a public reason, shows it on the measure it went
//! into and counts it in the process's figures; a comment that went its own way would need
//! all that twice. The contribution is filed under the concept's own online event, made
//! with the first comment published.
//!
//! The notices (fate decided, version adopted) are composed by the scheduler from what
//! [`Store::comment_notices`] finds not yet told and entered with
//! [`Store::enqueue_comment_notice`], which marks the subscription in the same transaction:
//! the outbox forgets sent mails after a while, the subscription remembers what it was
//! told.

use serde::Serialize;
use sqlx::{Any, AssertSqlSafe, Transaction};
use teilhabe_domain::comments::{
    CommentDraft, CommentState, Fate, Moderation, Target, address_due, confirmation_expired, fate,
    open_on,
};
use teilhabe_domain::participation::{ContributionDraft, ContributionStatus};
use teilhabe_domain::revision::ItemKind;
use teilhabe_domain::{Coded, Date};

use crate::accounts::{hash_token, random_token};
use crate::db::{day_of, id_list, now};
use crate::outbox::{NewMail, enqueue_mail_in};
use crate::{Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Comment {
    pub id: i64,
    pub body_id: i64,
    pub concept_id: i64,
    pub target_kind: String,
    pub target_id: Option<i64>,
    pub text: String,
    /// The portal language it was written in.
    pub lang: String,
    pub state: String,
    /// Why it was not published (told to the commenter).
    pub reason: Option<String>,
    pub merged_into_id: Option<i64>,
    pub contribution_id: Option<i64>,
    pub moderated_at: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

impl Comment {
    pub fn target(&self) -> Target {
        Target::stored(&self.target_kind, self.target_id)
    }

    pub fn state(&self) -> CommentState {
        CommentState::from_code(&self.state).unwrap_or(CommentState::Pending)
    }
}

// Without spaces: the staff-text check reads `lang` among words as German.
pub(crate) const COMMENT_COLUMNS: &str = "id,body_id,concept_id,target_kind,target_id,text,lang,state,reason,merged_into_id,contribution_id,moderated_at,created_at,modified_at";

/// The tokens of a new subscription's links, for the confirmation mail only.
#[derive(Debug, Clone)]
pub struct SubscriptionLinks {
    pub confirm: String,
    pub unsubscribe: String,
}

/// What a commenter with a confirmed address is to be told.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeKind {
    /// What became of the comment, with the reason given and the measures it went into
    /// (id, title).
    Fate {
        fate: Fate,
        reason: Option<String>,
        measures: Vec<(i64, String)>,
    },
    /// The version commented on was adopted.
    Adopted { adopted_on: Option<String> },
}

/// One notice due to one address.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub comment_id: i64,
    pub body_id: i64,
    pub concept_id: i64,
    pub concept_title: String,
    pub version_label: String,
    pub email: String,
    pub lang: String,
    pub unsubscribe_token: String,
    /// The comment's first words, so the person knows which one is meant.
    pub excerpt: String,
    pub kind: NoticeKind,
}

impl Notice {
    /// What the subscription remembers once this notice is entered (and the outbox's
    /// dedupe key, so two schedulers enter it once).
    pub fn dedupe_key(&self) -> String {
        match &self.kind {
            NoticeKind::Fate { fate, .. } => {
                format!("comment-fate:{}:{}", self.comment_id, fate.code())
            }
            NoticeKind::Adopted { .. } => format!("comment-adopted:{}", self.comment_id),
        }
    }
}

/// A subscription as the GDPR export shows it.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct SubscriptionRecord {
    pub comment_id: i64,
    pub email: String,
    pub lang: String,
    pub confirmed_at: Option<String>,
    pub notified_fate: Option<String>,
    pub notified_adopted_at: Option<String>,
    pub created_at: String,
    pub text: String,
    pub state: String,
}

impl Store {
    pub async fn comment(&self, id: i64) -> Result<Comment> {
        let sql = format!("SELECT {COMMENT_COLUMNS} FROM comments WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Kommentar"))
    }

    /// A concept's comments in these states (all: `None`), oldest first.
    pub async fn comments_of_concept(
        &self,
        concept_id: i64,
        states: Option<&[CommentState]>,
    ) -> Result<Vec<Comment>> {
        let filter = states.map_or(String::new(), |s| {
            let codes: Vec<String> = s.iter().map(|s| format!("'{}'", s.code())).collect();
            format!(" AND state IN ({})", codes.join(", "))
        });
        let sql = format!(
            "SELECT {COMMENT_COLUMNS} FROM comments WHERE concept_id = $1{filter} ORDER BY id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(concept_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The comments of a concept whose authors left an address (confirmed or not).
    pub async fn comments_with_address(&self, concept_id: i64) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT s.comment_id FROM comment_subscriptions s JOIN comments c ON c.id = s.comment_id WHERE c.concept_id = $1",
        )
        .bind(concept_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Comments waiting for moderation, per concept of these bodies (None: all): the
    /// concept's id, title and version label, and how many wait.
    pub async fn pending_comment_counts(
        &self,
        bodies: Option<&[i64]>,
    ) -> Result<Vec<(i64, String, String, i64)>> {
        if bodies.is_some_and(<[i64]>::is_empty) {
            return Ok(Vec::new());
        }
        let filter = bodies.map_or(String::new(), |b| {
            format!(" AND c.body_id IN ({})", id_list(b))
        });
        let sql = format!(
            "SELECT c.concept_id, cc.title, cc.version_label, COUNT(*) FROM comments c JOIN concepts cc ON cc.id = c.concept_id
             WHERE c.state = 'pending'{filter} GROUP BY c.concept_id, cc.title, cc.version_label ORDER BY c.concept_id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }

    /// Takes a comment on a version in consultation: refused outside its period and for
    /// an item that is not the version's or not public. With an address, the subscription
    /// and its confirmation mail (composed by `confirmation` from the comment and the
    /// links' tokens) are written in the same transaction.
    pub async fn submit_comment(
        &self,
        concept_id: i64,
        d: &CommentDraft,
        lang: &str,
        today: Date,
        confirmation: impl FnOnce(&Comment, &SubscriptionLinks) -> NewMail,
    ) -> Result<Comment> {
        let concept = self.concept(concept_id).await?;
        if !open_on(
            &concept.status,
            concept.consultation_from.as_deref(),
            concept.consultation_until.as_deref(),
            today,
        ) {
            return Err(StoreError::Refused(
                "Diese Fassung ist nicht (mehr) in der Beteiligung: Kommentare sind nur im Beteiligungszeitraum möglich.".into(),
            ));
        }
        let mut tx = self.begin().await?;
        if let Target::Item(kind, id) = d.target {
            check_target(&mut tx, concept_id, kind, id).await?;
        }
        let (kind, target_id) = match d.target {
            Target::Version => ("version", None),
            Target::Item(kind, id) => (kind.code(), Some(id)),
        };
        let stamp = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO comments (body_id, concept_id, target_kind, target_id, text, lang, state, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $7) RETURNING id",
        )
        .bind(concept.body_id)
        .bind(concept_id)
        .bind(kind)
        .bind(target_id)
        .bind(&d.text)
        .bind(lang)
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?;
        let sql = format!("SELECT {COMMENT_COLUMNS} FROM comments WHERE id = $1");
        let comment: Comment = sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        if let Some(email) = &d.email {
            let links = SubscriptionLinks {
                confirm: random_token(),
                unsubscribe: random_token(),
            };
            sqlx::query(
                "INSERT INTO comment_subscriptions (comment_id, email, lang, confirm_hash, unsubscribe_token, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(email)
            .bind(lang)
            .bind(hash_token(&links.confirm))
            .bind(&links.unsubscribe)
            .bind(&stamp)
            .execute(&mut *tx)
            .await?;
            enqueue_mail_in(&mut tx, &confirmation(&comment, &links)).await?;
        }
        self.commit(tx).await?;
        Ok(comment)
    }

    /// The comment whose confirmation link this is, and whether it was confirmed already;
    /// None for an unknown (or erased, or expired) link.
    pub async fn comment_of_confirmation(&self, token: &str) -> Result<Option<(Comment, bool)>> {
        let row: Option<(i64, Option<String>, String)> = sqlx::query_as(
            "SELECT comment_id, confirmed_at, created_at FROM comment_subscriptions WHERE confirm_hash = $1",
        )
        .bind(hash_token(token))
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, confirmed, created)) = row else {
            return Ok(None);
        };
        let expired = confirmed.is_none()
            && day_of(Some(&created)).is_some_and(|d| confirmation_expired(d, Date::today()));
        if expired {
            return Ok(None);
        }
        Ok(Some((self.comment(id).await?, confirmed.is_some())))
    }

    /// Confirms the address behind a confirmation link: the comment's id, None for an
    /// unknown link. Confirming twice is harmless.
    pub async fn confirm_comment_address(&self, token: &str) -> Result<Option<i64>> {
        let Some((comment, _)) = self.comment_of_confirmation(token).await? else {
            return Ok(None);
        };
        sqlx::query(
            "UPDATE comment_subscriptions SET confirmed_at = $1 WHERE comment_id = $2 AND confirmed_at IS NULL",
        )
        .bind(now())
        .bind(comment.id)
        .execute(&self.pool)
        .await?;
        Ok(Some(comment.id))
    }

    /// Records an address as confirmed without the mail round (a commenter who confirmed
    /// elsewhere, as in the demo): fresh link tokens, the unsubscribe one returned.
    pub async fn add_confirmed_address(
        &self,
        comment_id: i64,
        email: &str,
        lang: &str,
    ) -> Result<String> {
        let unsubscribe = random_token();
        let stamp = now();
        sqlx::query(
            "INSERT INTO comment_subscriptions (comment_id, email, lang, confirm_hash, unsubscribe_token, confirmed_at, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(comment_id)
        .bind(email.trim().to_lowercase())
        .bind(lang)
        .bind(hash_token(&random_token()))
        .bind(&unsubscribe)
        .bind(&stamp)
        .execute(&self.pool)
        .await?;
        Ok(unsubscribe)
    }

    /// Erases the address behind an unsubscribe link; whether there was one.
    pub async fn unsubscribe_comment(&self, token: &str) -> Result<bool> {
        Ok(
            sqlx::query("DELETE FROM comment_subscriptions WHERE unsubscribe_token = $1")
                .bind(token)
                .execute(&self.pool)
                .await?
                .rows_affected()
                > 0,
        )
    }

    /// Moderates a waiting comment. Publishing makes it a contribution of the concept's
    /// online event (made with the first); merging needs a published comment of the same
    /// version to merge into.
    pub async fn moderate_comment(&self, id: i64, m: &Moderation) -> Result<Comment> {
        let comment = self.comment(id).await?;
        if comment.state() != CommentState::Pending {
            return Err(StoreError::Refused(format!(
                "Der Kommentar Nr. {id} ist schon moderiert ({}).",
                comment.state().label()
            )));
        }
        let stamp = now();
        let mut tx = self.begin().await?;
        // Claimed inside the transaction: of two moderators deciding at once, the second
        // finds it decided (PostgreSQL re-reads the row after the first commits).
        let claimed = sqlx::query(
            "UPDATE comments SET moderated_at = $1 WHERE id = $2 AND state = 'pending' AND moderated_at IS NULL",
        )
        .bind(&stamp)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            return Err(StoreError::Refused(format!(
                "Der Kommentar Nr. {id} ist eben schon moderiert worden."
            )));
        }
        match m {
            Moderation::Publish {
                kind,
                field_ids,
                target_group_ids,
            } => {
                let event_id = self.comment_event(&mut tx, comment.concept_id).await?;
                let d = ContributionDraft {
                    kind: *kind,
                    text: comment.text.clone(),
                    field_ids: field_ids.clone(),
                    target_group_ids: target_group_ids.clone(),
                    status: ContributionStatus::Open,
                    reason: None,
                    measure_ids: Vec::new(),
                    public: true,
                    organization_id: None,
                };
                crate::participation::check_contribution(&mut tx, comment.body_id, &d).await?;
                let contribution: i64 = sqlx::query_scalar(
                    "INSERT INTO contributions (event_id, kind, text, status, created_at, modified_at) VALUES ($1, $2, $3, 'open', $4, $4) RETURNING id",
                )
                .bind(event_id)
                .bind(kind.code())
                .bind(&comment.text)
                .bind(&stamp)
                .fetch_one(&mut *tx)
                .await?;
                crate::participation::write_contribution(&mut tx, contribution, &d, &stamp).await?;
                sqlx::query("UPDATE comments SET state = 'published', contribution_id = $1, moderated_at = $2, modified_at = $2 WHERE id = $3")
                    .bind(contribution)
                    .bind(&stamp)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            Moderation::Reject { reason } => {
                sqlx::query("UPDATE comments SET state = 'rejected', reason = $1, moderated_at = $2, modified_at = $2 WHERE id = $3")
                    .bind(reason)
                    .bind(&stamp)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            Moderation::Merge { into } => {
                let target: Option<(i64, String)> =
                    sqlx::query_as("SELECT concept_id, state FROM comments WHERE id = $1")
                        .bind(*into)
                        .fetch_optional(&mut *tx)
                        .await?;
                if *into == id
                    || target
                        != Some((
                            comment.concept_id,
                            CommentState::Published.code().to_owned(),
                        ))
                {
                    return Err(StoreError::invalid(
                        "into",
                        "Zusammenführen geht nur mit einem veröffentlichten Kommentar zu derselben Fassung.",
                    ));
                }
                sqlx::query("UPDATE comments SET state = 'merged', merged_into_id = $1, moderated_at = $2, modified_at = $2 WHERE id = $3")
                    .bind(*into)
                    .bind(&stamp)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        self.commit(tx).await?;
        self.comment(id).await
    }

    /// The online event a concept's published comments are filed under: made with the
    /// first, in the concept's first participation process (made too, if it has none).
    async fn comment_event(&self, tx: &mut Transaction<'_, Any>, concept_id: i64) -> Result<i64> {
        let concept = self.concept(concept_id).await?;
        let known: Option<i64> =
            sqlx::query_scalar("SELECT comment_event_id FROM concepts WHERE id = $1")
                .bind(concept_id)
                .fetch_one(&mut **tx)
                .await?;
        if let Some(id) = known {
            return Ok(id);
        }
        let stamp = now();
        let process: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM participation_processes WHERE concept_id = $1 ORDER BY id LIMIT 1",
        )
        .bind(concept_id)
        .fetch_optional(&mut **tx)
        .await?;
        let process = match process {
            Some(p) => p,
            None => {
                sqlx::query_scalar(
                    "INSERT INTO participation_processes (concept_id, title, created_at, modified_at) VALUES ($1, $2, $3, $3) RETURNING id",
                )
                .bind(concept_id)
                .bind(format!("Beteiligung an {} ({})", concept.title, concept.version_label))
                .bind(&stamp)
                .fetch_one(&mut **tx)
                .await?
            }
        };
        let start = concept
            .consultation_from
            .clone()
            .unwrap_or_else(|| Date::today().iso());
        let event: i64 = sqlx::query_scalar(
            "INSERT INTO participation_events (process_id, format, title, start_date, end_date, description, public, created_at, modified_at)
             VALUES ($1, 'online', $2, $3, $4, $5, 1, $6, $6) RETURNING id",
        )
        .bind(process)
        .bind(format!("Online-Kommentierung des Entwurfs ({})", concept.version_label))
        .bind(&start)
        .bind(&concept.consultation_until)
        .bind("Kommentare zum Entwurf im Portal, nach der Moderation veröffentlicht.")
        .bind(&stamp)
        .fetch_one(&mut **tx)
        .await?;
        sqlx::query("UPDATE concepts SET comment_event_id = $1 WHERE id = $2")
            .bind(event)
            .bind(concept_id)
            .execute(&mut **tx)
            .await?;
        Ok(event)
    }

    /// The notices due: for each confirmed address, a comment's fate not yet told (or
    /// changed since) and the version's adoption not yet told.
    pub async fn comment_notices(&self) -> Result<Vec<Notice>> {
        let rows: Vec<NoticeRow> = sqlx::query_as(
            "SELECT s.comment_id, s.email, s.lang, s.unsubscribe_token, s.notified_fate, s.notified_adopted_at,
                    c.body_id, c.concept_id, c.state, c.reason, c.text,
                    COALESCE(c.contribution_id, m.contribution_id) AS contribution_id,
                    k.status AS contribution_status, k.reason AS contribution_reason,
                    cc.title AS concept_title, cc.version_label, cc.status AS concept_status, cc.adopted_on
             FROM comment_subscriptions s JOIN comments c ON c.id = s.comment_id
             JOIN concepts cc ON cc.id = c.concept_id
             LEFT JOIN comments m ON m.id = c.merged_into_id
             LEFT JOIN contributions k ON k.id = COALESCE(c.contribution_id, m.contribution_id)
             WHERE s.confirmed_at IS NOT NULL ORDER BY s.comment_id",
        )
        .fetch_all(&self.pool)
        .await?;
        // The measures of the contributions taken, in one query.
        let taken: Vec<i64> = rows
            .iter()
            .filter(|r| r.contribution_status.as_deref() == Some(ContributionStatus::Taken.code()))
            .filter_map(|r| r.contribution_id)
            .collect();
        let mut measures: Vec<(i64, i64, String)> = Vec::new();
        if !taken.is_empty() {
            let sql = format!(
                "SELECT cm.contribution_id, m.id, m.title FROM contribution_measures cm JOIN measures m ON m.id = cm.measure_id
                 WHERE cm.contribution_id IN ({}) AND m.public = 1 ORDER BY cm.contribution_id, m.id",
                id_list(&taken)
            );
            measures = sqlx::query_as(AssertSqlSafe(sql))
                .fetch_all(&self.pool)
                .await?;
        }
        let mut out = Vec::new();
        for r in rows {
            let state = CommentState::from_code(&r.state).unwrap_or(CommentState::Pending);
            let status = r
                .contribution_status
                .as_deref()
                .and_then(ContributionStatus::from_code);
            let base = |kind: NoticeKind| Notice {
                comment_id: r.comment_id,
                body_id: r.body_id,
                concept_id: r.concept_id,
                concept_title: r.concept_title.clone(),
                version_label: r.version_label.clone(),
                email: r.email.clone(),
                lang: r.lang.clone(),
                unsubscribe_token: r.unsubscribe_token.clone(),
                excerpt: excerpt(&r.text),
                kind,
            };
            if let Some(f) = fate(state, status)
                && r.notified_fate.as_deref() != Some(f.code())
            {
                let reason = match f {
                    Fate::Rejected => r.reason.clone(),
                    _ => r.contribution_reason.clone(),
                };
                let went_into = measures
                    .iter()
                    .filter(|(c, _, _)| Some(*c) == r.contribution_id && f == Fate::Taken)
                    .map(|(_, id, title)| (*id, title.clone()))
                    .collect();
                out.push(base(NoticeKind::Fate {
                    fate: f,
                    reason,
                    measures: went_into,
                }));
            }
            let adopted = [
                teilhabe_domain::ConceptStatus::Adopted.code(),
                teilhabe_domain::ConceptStatus::Superseded.code(),
            ]
            .contains(&r.concept_status.as_str());
            if adopted && r.notified_adopted_at.is_none() && state != CommentState::Pending {
                out.push(base(NoticeKind::Adopted {
                    adopted_on: r.adopted_on.clone(),
                }));
            }
        }
        Ok(out)
    }

    /// Enters a notice's mail and marks its subscription as told, in one transaction;
    /// false when it was told already (another scheduler was first) or the address is gone.
    pub async fn enqueue_comment_notice(&self, notice: &Notice, mail: &NewMail) -> Result<bool> {
        let mut tx = self.begin().await?;
        let marked = match &notice.kind {
            NoticeKind::Fate { fate, .. } => {
                sqlx::query(
                    "UPDATE comment_subscriptions SET notified_fate = $1
                 WHERE comment_id = $2 AND (notified_fate IS NULL OR notified_fate <> $1)",
                )
                .bind(fate.code())
                .bind(notice.comment_id)
                .execute(&mut *tx)
                .await?
            }
            NoticeKind::Adopted { .. } => {
                sqlx::query(
                    "UPDATE comment_subscriptions SET notified_adopted_at = $1
                 WHERE comment_id = $2 AND notified_adopted_at IS NULL",
                )
                .bind(now())
                .bind(notice.comment_id)
                .execute(&mut *tx)
                .await?
            }
        }
        .rows_affected()
            == 1;
        if marked {
            enqueue_mail_in(&mut tx, mail).await?;
        }
        self.commit(tx).await?;
        Ok(marked)
    }

    /// Erases the addresses due on `today` (`teilhabe_domain::comments::address_due`).
    pub async fn purge_comment_addresses(&self, today: Date) -> Result<u64> {
        let rows: Vec<AddressRow> =
            sqlx::query_as(
                "SELECT s.comment_id, s.created_at, s.confirmed_at, cc.adopted_on, cc.consultation_until
                 FROM comment_subscriptions s JOIN comments c ON c.id = s.comment_id
                 JOIN concepts cc ON cc.id = c.concept_id",
            )
            .fetch_all(&self.pool)
            .await?;
        let due: Vec<i64> = rows
            .into_iter()
            .filter(|(_, created, confirmed, adopted, until)| {
                day_of(Some(created)).is_some_and(|created| {
                    address_due(
                        created,
                        confirmed.is_some(),
                        day_of(adopted.as_deref()),
                        day_of(until.as_deref()),
                        today,
                    )
                })
            })
            .map(|(id, ..)| id)
            .collect();
        if due.is_empty() {
            return Ok(0);
        }
        let sql = format!(
            "DELETE FROM comment_subscriptions WHERE comment_id IN ({})",
            id_list(&due)
        );
        Ok(sqlx::query(AssertSqlSafe(sql))
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    /// Everything kept under an address (GDPR access): its subscriptions with the comments.
    pub async fn comment_address_export(&self, email: &str) -> Result<Vec<SubscriptionRecord>> {
        Ok(sqlx::query_as(
            "SELECT s.comment_id, s.email, s.lang, s.confirmed_at, s.notified_fate, s.notified_adopted_at, s.created_at, c.text, c.state
             FROM comment_subscriptions s JOIN comments c ON c.id = s.comment_id
             WHERE s.email = $1 ORDER BY s.comment_id",
        )
        .bind(email.trim().to_lowercase())
        .fetch_all(&self.pool)
        .await?)
    }

    /// Erases an address (GDPR erasure) with the mails to it the outbox still holds: the
    /// comments stay, anonymous as they always were. The subscriptions erased.
    pub async fn erase_comment_address(&self, email: &str) -> Result<u64> {
        let email = email.trim().to_lowercase();
        let mut tx = self.begin().await?;
        let n = sqlx::query("DELETE FROM comment_subscriptions WHERE email = $1")
            .bind(&email)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM outbox WHERE LOWER(recipient) = $1 AND kind LIKE 'comment%'")
            .bind(&email)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(n)
    }
}

/// A subscription with what decides its erasure: (comment, created, confirmed, the
/// version's adoption, the end of its consultation).
type AddressRow = (i64, String, Option<String>, Option<String>, Option<String>);

#[derive(sqlx::FromRow)]
struct NoticeRow {
    comment_id: i64,
    email: String,
    lang: String,
    unsubscribe_token: String,
    notified_fate: Option<String>,
    notified_adopted_at: Option<String>,
    body_id: i64,
    concept_id: i64,
    state: String,
    reason: Option<String>,
    text: String,
    contribution_id: Option<i64>,
    contribution_status: Option<String>,
    contribution_reason: Option<String>,
    concept_title: String,
    version_label: String,
    concept_status: String,
    adopted_on: Option<String>,
}

/// A comment's first words (up to 80 characters, cut at a word).
pub fn excerpt(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= 80 {
        return flat;
    }
    let cut: String = flat.chars().take(80).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

/// Refuses a target that is not an item of the version, or a measure that is not public.
async fn check_target(
    tx: &mut Transaction<'_, Any>,
    concept_id: i64,
    kind: ItemKind,
    id: i64,
) -> Result<()> {
    let sql = match kind {
        ItemKind::Principle => "SELECT concept_id, 1 FROM principles WHERE id = $1",
        ItemKind::Field => "SELECT concept_id, 1 FROM fields_of_action WHERE id = $1",
        ItemKind::Goal => {
            "SELECT f.concept_id, 1 FROM goals g JOIN fields_of_action f ON f.id = g.field_id WHERE g.id = $1"
        }
        ItemKind::Measure => {
            "SELECT f.concept_id, m.public FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id WHERE m.id = $1"
        }
    };
    let found: Option<(i64, i64)> = sqlx::query_as(sql)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    if found != Some((concept_id, 1)) {
        return Err(StoreError::invalid(
            "target",
            "Dazu kann hier nicht kommentiert werden: es gehört nicht zu diesem Entwurf.",
        ));
    }
    Ok(())
}
