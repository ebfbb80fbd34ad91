//! Comments of online consultations in the dump: each with its version by number, what it
//! is about (`version`, or `measure:3` with the item's number among the dump's items of
//! that kind), the contribution it became (process, event and position, as the dump lists
//! them), the comment it was merged into, and the address its author left — which a
//! restored server must keep telling, or erase on time.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use sqlx::{Any, AssertSqlSafe, Transaction};

use super::Dump;
use super::revision::ItemOrder;
use crate::Result;
use crate::comments::COMMENT_COLUMNS;
use teilhabe_domain::comments::{CommentState, Target};
use teilhabe_domain::{Coded, FieldErrors};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpComment {
    pub concept: usize,
    /// `version`, or an item by kind and number: `measure:3`.
    pub target: String,
    pub text: String,
    pub lang: String,
    pub state: String,
    pub reason: Option<String>,
    /// The comment (by number) it was merged into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<usize>,
    /// The contribution it became: (process, event within it, contribution within that).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contribution: Option<(usize, usize, usize)>,
    pub moderated_at: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription: Option<DumpSubscription>,
}

/// The address left with a comment; the confirmation link's hash and the unsubscribe
/// link's token as they were, so links already mailed keep working.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
#[serde(deny_unknown_fields)]
pub struct DumpSubscription {
    pub email: String,
    pub lang: String,
    pub confirm_hash: String,
    pub unsubscribe_token: String,
    pub confirmed_at: Option<String>,
    pub notified_fate: Option<String>,
    pub notified_adopted_at: Option<String>,
    pub created_at: String,
}

#[derive(sqlx::FromRow)]
struct SubscriptionRow {
    comment_id: i64,
    #[sqlx(flatten)]
    subscription: DumpSubscription,
}

pub(super) fn validate(dump: &Dump, e: &mut FieldErrors) {
    for (i, c) in dump.comments.iter().enumerate() {
        let at = format!("comments[{i}]");
        super::reference(
            e,
            &format!("{at}.concept"),
            Some(c.concept),
            dump.concepts.len(),
        );
        if Target::parse(&c.target).is_none() {
            e.add(
                format!("{at}.target"),
                format!("„{}“: erwartet ist version oder z. B. measure:3.", c.target),
            );
        }
        if CommentState::from_code(&c.state).is_none() {
            e.add(
                format!("{at}.state"),
                format!(
                    "„{}“: erlaubt sind pending, published, rejected und merged.",
                    c.state
                ),
            );
        }
        super::reference(
            e,
            &format!("{at}.merged_into"),
            c.merged_into,
            dump.comments.len(),
        );
        if c.merged_into == Some(i + 1) {
            e.add(
                format!("{at}.merged_into"),
                "Ein Kommentar kann nicht in sich selbst aufgehen.",
            );
        }
    }
}

impl crate::Store {
    /// The body's comments, oldest first.
    pub(super) async fn dump_comments(
        &self,
        body_id: i64,
        concept_no: &HashMap<i64, usize>,
        order: &ItemOrder,
        event_no: &HashMap<i64, (usize, usize)>,
    ) -> Result<Vec<DumpComment>> {
        let rows: Vec<crate::comments::Comment> = sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {COMMENT_COLUMNS} FROM comments WHERE body_id = $1 ORDER BY id"
        )))
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        // Each contribution a comment became: its event and its place there.
        let places: HashMap<i64, (i64, i64)> = sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT c.id, c.event_id, (SELECT COUNT(*) FROM contributions o WHERE o.event_id = c.event_id AND o.id <= c.id)
             FROM contributions c JOIN comments m ON m.contribution_id = c.id WHERE m.body_id = $1",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|(id, event, position)| (id, (event, position)))
        .collect();
        let mut subscriptions: HashMap<i64, DumpSubscription> =
            sqlx::query_as::<_, SubscriptionRow>(
                "SELECT s.comment_id, s.email, s.lang, s.confirm_hash, s.unsubscribe_token, s.confirmed_at, s.notified_fate, s.notified_adopted_at, s.created_at
                 FROM comment_subscriptions s JOIN comments c ON c.id = s.comment_id WHERE c.body_id = $1",
            )
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|r| (r.comment_id, r.subscription))
            .collect();
        let comment_no = super::numbering(rows.iter().map(|c| c.id));
        let mut out = Vec::new();
        for c in rows {
            let target = match c.target() {
                Target::Version => Some("version".to_owned()),
                Target::Item(kind, id) => order
                    .number_of(kind, id)
                    .map(|n| format!("{}:{n}", kind.code())),
            };
            let Some(target) = target else { continue };
            let contribution =
                c.contribution_id
                    .and_then(|id| places.get(&id))
                    .and_then(|(event, position)| {
                        event_no
                            .get(event)
                            .map(|(p, e)| (*p, *e, usize::try_from(*position).unwrap_or(0)))
                    });
            let subscription = subscriptions.remove(&c.id);
            out.push(DumpComment {
                concept: concept_no[&c.concept_id],
                target,
                text: c.text,
                lang: c.lang,
                state: c.state,
                reason: c.reason,
                merged_into: c.merged_into_id.and_then(|m| comment_no.get(&m).copied()),
                contribution,
                moderated_at: c.moderated_at,
                created_at: c.created_at,
                modified_at: c.modified_at,
                subscription,
            });
        }
        Ok(out)
    }
}

/// Stores the dump's comments; `events[p - 1][e - 1]` is the new id of event `e` of
/// process `p`.
pub(super) async fn import_comments(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    comments: &[DumpComment],
    concepts: &[i64],
    order: &ItemOrder,
    events: &[Vec<i64>],
) -> Result<()> {
    let mut ids = vec![0i64];
    for c in comments {
        let (kind, target_id) = match Target::parse(&c.target) {
            Some(Target::Item(kind, n)) => (
                kind.code(),
                order.id_of(kind, usize::try_from(n).unwrap_or(0)),
            ),
            _ => ("version", None),
        };
        let kind = if target_id.is_none() { "version" } else { kind };
        let contribution: Option<i64> = match c.contribution {
            Some((p, e, n)) => match events.get(p.wrapping_sub(1)).and_then(|ev| ev.get(e.wrapping_sub(1))) {
                Some(event) => sqlx::query_scalar(
                    "SELECT id FROM contributions WHERE event_id = $1 ORDER BY id LIMIT 1 OFFSET $2",
                )
                .bind(*event)
                .bind(i64::try_from(n.saturating_sub(1)).unwrap_or(0))
                .fetch_optional(&mut **tx)
                .await?,
                None => None,
            },
            None => None,
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO comments (body_id, concept_id, target_kind, target_id, text, lang, state, reason, contribution_id, moderated_at, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(body_id)
        .bind(concepts[c.concept])
        .bind(kind)
        .bind(target_id)
        .bind(&c.text)
        .bind(&c.lang)
        .bind(&c.state)
        .bind(&c.reason)
        .bind(contribution)
        .bind(&c.moderated_at)
        .bind(&c.created_at)
        .bind(&c.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        ids.push(id);
        if let Some(event) = contribution {
            sqlx::query(
                "UPDATE concepts SET comment_event_id = (SELECT event_id FROM contributions WHERE id = $1) WHERE id = $2",
            )
            .bind(event)
            .bind(concepts[c.concept])
            .execute(&mut **tx)
            .await?;
        }
        if let Some(s) = &c.subscription {
            sqlx::query(
                "INSERT INTO comment_subscriptions (comment_id, email, lang, confirm_hash, unsubscribe_token, confirmed_at, notified_fate, notified_adopted_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(id)
            .bind(&s.email)
            .bind(&s.lang)
            .bind(&s.confirm_hash)
            .bind(&s.unsubscribe_token)
            .bind(&s.confirmed_at)
            .bind(&s.notified_fate)
            .bind(&s.notified_adopted_at)
            .bind(&s.created_at)
            .execute(&mut **tx)
            .await?;
        }
    }
    for (c, id) in comments.iter().zip(&ids[1..]) {
        if let Some(m) = c.merged_into {
            sqlx::query("UPDATE comments SET merged_into_id = $1 WHERE id = $2")
                .bind(ids[m])
                .bind(*id)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

/// Statements that remove a body's comments before its concepts and participation are
/// replaced (`--replace`): subscriptions, merges, the comments, and the concepts' link to the
/// event their comments are counted in.
pub(crate) const DELETE: [&str; 4] = [
    "DELETE FROM comment_subscriptions WHERE comment_id IN (SELECT id FROM comments WHERE body_id = $1)",
    "UPDATE comments SET merged_into_id = NULL WHERE body_id = $1",
    "DELETE FROM comments WHERE body_id = $1",
    "UPDATE concepts SET comment_event_id = NULL WHERE body_id = $1",
];
