//! The audit trail. Database triggers on every table of records write one `audit_log` row
//! per create, update and delete, with the row before and after as JSON; so the trail holds
//! whatever path made the change (web, API, command line, imports). Who acted is set at the
//! start of each write transaction ([`Store::begin`]) from the [`ACTOR`] of the running
//! task (the web layer sets it per request), or the store's default (`cli`, `system`).
//!
//! Not audited: raw survey answers and invitation codes (they have their own retention and
//! must be deletable), official statistics and OParl id mappings (bulk data with their own
//! import summaries), sessions and login failures. File contents and password hashes never
//! enter the trail.

use crate::{Backend, Result, Store};
use sqlx::{Any, AssertSqlSafe, Row, Transaction};
use std::sync::Arc;
use teilhabe_domain::access::Principal;

/// Who is changing data: an account (if any) and the channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Option<i64>,
    /// `web`, `api`, `cli` or `system`.
    pub via: &'static str,
    /// The person behind a request, whose limits ([`Principal::may_set`]) every write of
    /// an owned record checks; `None` for the command line and imports (the operator).
    pub principal: Option<Arc<Principal>>,
}

/// The rule of what the acting person may set ([`Principal::may_set`]), for the writes of
/// records that actors keep: the store applies it, so every edge (form, API) gets it.
/// The person behind the running request, if any (`None`: the command line, imports).
pub(crate) fn acting_principal() -> Option<Arc<Principal>> {
    ACTOR.try_with(|a| a.principal.clone()).ok().flatten()
}

pub(crate) fn check_may_set(
    body_id: i64,
    organizations: &[(&str, Option<i64>)],
    public: Option<(bool, bool)>,
) -> Result<()> {
    let principal = ACTOR.try_with(|a| a.principal.clone()).ok().flatten();
    match principal {
        Some(p) => p
            .may_set(body_id, organizations, public)
            .map_err(crate::StoreError::Invalid),
        None => Ok(()),
    }
}

tokio::task_local! {
    /// The actor of the running request; set by the web layer around each request.
    pub static ACTOR: Actor;
}

/// Audited tables with the column that names their parent record and the parent's table.
pub const AUDITED: &[(&str, Option<(&str, &str)>)] = &[
    ("bodies", None),
    ("organizations", Some(("body_id", "bodies"))),
    ("persons", Some(("body_id", "bodies"))),
    ("target_groups", Some(("body_id", "bodies"))),
    ("concepts", Some(("body_id", "bodies"))),
    ("principles", Some(("concept_id", "concepts"))),
    ("fields_of_action", Some(("concept_id", "concepts"))),
    ("goals", Some(("field_id", "fields_of_action"))),
    ("measures", Some(("goal_id", "goals"))),
    ("measure_partners", Some(("measure_id", "measures"))),
    ("measure_target_groups", Some(("measure_id", "measures"))),
    ("budget_lines", Some(("measure_id", "measures"))),
    ("progress_reports", Some(("measure_id", "measures"))),
    ("milestones", Some(("measure_id", "measures"))),
    ("outputs", Some(("measure_id", "measures"))),
    ("measure_assumptions", Some(("measure_id", "measures"))),
    ("output_values", Some(("report_id", "progress_reports"))),
    ("measure_carry_overs", Some(("concept_id", "concepts"))),
    ("comments", Some(("concept_id", "concepts"))),
    ("controlling_settings", Some(("body_id", "bodies"))),
    ("reporting_rounds", Some(("body_id", "bodies"))),
    ("resolutions", Some(("body_id", "bodies"))),
    ("funding_programmes", Some(("body_id", "bodies"))),
    ("alignment_notes", Some(("county_id", "bodies"))),
    ("peer_group_members", Some(("body_id", "bodies"))),
    (
        "funding_proofs",
        Some(("programme_id", "funding_programmes")),
    ),
    (
        "resolution_measures",
        Some(("resolution_id", "resolutions")),
    ),
    ("goal_indicators", Some(("goal_id", "goals"))),
    ("locations", Some(("body_id", "bodies"))),
    ("legislative_terms", Some(("body_id", "bodies"))),
    ("memberships", Some(("organization_id", "organizations"))),
    ("meetings", Some(("body_id", "bodies"))),
    ("meeting_organizations", Some(("meeting_id", "meetings"))),
    ("papers", Some(("body_id", "bodies"))),
    ("paper_measures", Some(("paper_id", "papers"))),
    ("agenda_items", Some(("meeting_id", "meetings"))),
    ("consultations", Some(("paper_id", "papers"))),
    ("files", Some(("body_id", "bodies"))),
    ("reporting_cycles", Some(("body_id", "bodies"))),
    ("indicators", Some(("body_id", "bodies"))),
    ("planning_areas", Some(("body_id", "bodies"))),
    ("planning_area_members", Some(("area_id", "planning_areas"))),
    ("surveys", Some(("body_id", "bodies"))),
    ("survey_questions", Some(("survey_id", "surveys"))),
    ("survey_options", Some(("question_id", "survey_questions"))),
    ("survey_translations", Some(("survey_id", "surveys"))),
    ("survey_margins", Some(("survey_id", "surveys"))),
    ("participation_processes", Some(("concept_id", "concepts"))),
    (
        "participation_phases",
        Some(("process_id", "participation_processes")),
    ),
    (
        "participation_events",
        Some(("process_id", "participation_processes")),
    ),
    (
        "event_participants",
        Some(("event_id", "participation_events")),
    ),
    ("contributions", Some(("event_id", "participation_events"))),
    (
        "contribution_fields",
        Some(("contribution_id", "contributions")),
    ),
    (
        "contribution_measures",
        Some(("contribution_id", "contributions")),
    ),
    (
        "contribution_target_groups",
        Some(("contribution_id", "contributions")),
    ),
    ("field_keywords", Some(("field_id", "fields_of_action"))),
    ("content_translations", Some(("body_id", "bodies"))),
    ("oparl_sources", Some(("body_id", "bodies"))),
    ("users", None),
    ("user_roles", Some(("user_id", "users"))),
    ("user_organizations", Some(("user_id", "users"))),
];

/// Who is acting in this task; `via` when no request set an actor.
pub(crate) fn current_actor(via: &'static str) -> Actor {
    ACTOR.try_with(Clone::clone).unwrap_or(Actor {
        user_id: None,
        via,
        principal: None,
    })
}

/// Columns that never enter the trail: file contents, password hashes.
const SECRET_COLUMNS: &[&str] = &["data", "password_hash", "totp_secret"];

/// One entry of the trail.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub user_id: Option<i64>,
    /// The account's login when it still exists.
    pub login: Option<String>,
    pub via: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub parent_entity: Option<String>,
    pub parent_id: Option<i64>,
    pub action: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Which entries to list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// A record and its direct children (`measures`, 12: the measure, its budget lines, …).
    pub record: Option<(String, i64)>,
    pub user_id: Option<i64>,
    /// Entries from this day on (`YYYY-MM-DD`).
    pub since: Option<String>,
    pub limit: Option<i64>,
}

impl Store {
    /// Starts a write transaction and records in it who is acting, for the triggers.
    pub(crate) async fn begin(&self) -> Result<Transaction<'static, Any>> {
        let mut tx = self.pool.begin().await?;
        let actor = current_actor(self.via);
        match self.backend() {
            Backend::Sqlite => {
                sqlx::query("UPDATE audit_context SET user_id = $1, via = $2 WHERE id = 1")
                    .bind(actor.user_id)
                    .bind(actor.via)
                    .execute(&mut *tx)
                    .await?;
            }
            Backend::Postgres => {
                sqlx::query(
                    "SELECT set_config('teilhabe.user_id', $1, true), set_config('teilhabe.via', $2, true)",
                )
                .bind(actor.user_id.map(|u| u.to_string()).unwrap_or_default())
                .bind(actor.via)
                .execute(&mut *tx)
                .await?;
            }
        }
        Ok(tx)
    }

    /// Opens (or closes) the one gap in the append-only trail, within the transaction: while
    /// it is open, the triggers let an UPDATE change the `before`/`after` snapshots of an
    /// entry and nothing else. Only an erasure under Art. 17 GDPR opens it.
    pub(crate) async fn set_erasing(
        &self,
        tx: &mut Transaction<'static, Any>,
        erasing: bool,
    ) -> Result<()> {
        match self.backend() {
            Backend::Sqlite => {
                sqlx::query("UPDATE audit_context SET erasing = $1 WHERE id = 1")
                    .bind(i64::from(erasing))
                    .execute(&mut **tx)
                    .await?;
            }
            Backend::Postgres => {
                sqlx::query("SELECT set_config('teilhabe.erasing', $1, true)")
                    .bind(if erasing { "on" } else { "off" })
                    .execute(&mut **tx)
                    .await?;
            }
        }
        Ok(())
    }

    /// Commits a transaction from [`Store::begin`]. On SQLite the actor is reset first, so a
    /// write outside such a transaction is never credited to the last one's actor.
    pub(crate) async fn commit(&self, mut tx: Transaction<'static, Any>) -> Result<()> {
        if self.backend() == Backend::Sqlite {
            sqlx::query("UPDATE audit_context SET user_id = NULL, via = 'system' WHERE id = 1")
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Runs one statement in its own audited transaction.
    pub(crate) async fn execute<'q>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
    ) -> Result<sqlx::any::AnyQueryResult> {
        let mut tx = self.begin().await?;
        let done = query.execute(&mut *tx).await?;
        self.commit(tx).await?;
        Ok(done)
    }

    /// Attaches the audit triggers to every audited table (after the migrations, at each
    /// start, so that they follow new columns). On PostgreSQL one generic trigger function
    /// does the work; SQLite gets triggers that name each column.
    pub async fn install_audit_triggers(&self) -> Result<()> {
        match self.backend() {
            Backend::Postgres => self.install_postgres_triggers().await,
            Backend::Sqlite => self.install_sqlite_triggers().await,
        }
    }

    async fn install_postgres_triggers(&self) -> Result<()> {
        let existing: Vec<String> = sqlx::query_scalar(
            "SELECT tgname::text FROM pg_trigger WHERE tgname::text LIKE 'audit\\_%' ESCAPE '\\'",
        )
        .fetch_all(&self.pool)
        .await?;
        let missing: Vec<_> = AUDITED
            .iter()
            .filter(|(table, _)| !existing.contains(&format!("audit_{table}")))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        // Several app servers may start at once.
        sqlx::query("SELECT pg_advisory_xact_lock(7420001)")
            .execute(&mut *tx)
            .await?;
        for (table, parent) in missing {
            let (column, parent_table) = parent.unwrap_or(("", ""));
            let sql = format!(
                "CREATE OR REPLACE TRIGGER audit_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} \
                 FOR EACH ROW EXECUTE FUNCTION teilhabe_audit_row('{column}', '{parent_table}')"
            );
            sqlx::query(AssertSqlSafe(sql)).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Reads first, outside any transaction: on most starts nothing changes, and a server
    /// already running on the file is not made to wait.
    async fn install_sqlite_triggers(&self) -> Result<()> {
        let mut wanted = Vec::new();
        for (table, parent) in AUDITED {
            let columns: Vec<(String, String)> =
                sqlx::query(AssertSqlSafe(format!("PRAGMA table_info({table})")))
                    .fetch_all(&self.pool)
                    .await?
                    .iter()
                    .map(|r| (r.get::<String, _>(1), r.get::<String, _>(2)))
                    .collect();
            wanted.extend(sqlite_triggers(table, *parent, &columns));
        }
        let existing: Vec<(String, String)> = sqlx::query_as(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\'",
                )
                .fetch_all(&self.pool)
                .await?;
        let stale: Vec<&(String, String)> = wanted
            .iter()
            .filter(|(name, sql)| !existing.iter().any(|(n, s)| n == name && s == sql))
            .collect();
        if stale.is_empty() {
            return Ok(());
        }
        // The first statement writes, so the transaction waits for the write lock
        // instead of failing on a snapshot another writer has moved past.
        let mut tx = self.begin().await?;
        for (name, sql) in stale {
            sqlx::query(AssertSqlSafe(format!("DROP TRIGGER IF EXISTS {name}")))
                .execute(&mut *tx)
                .await?;
            sqlx::query(AssertSqlSafe(sql.clone()))
                .execute(&mut *tx)
                .await?;
        }
        self.commit(tx).await
    }

    /// Entries of the trail, newest first.
    pub async fn audit_entries(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let mut sql = String::from(
            "SELECT a.id, a.at, a.user_id, u.login, a.via, a.entity, a.entity_id, a.parent_entity, \
             a.parent_id, a.action, a.before, a.after FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE 1 = 1",
        );
        let mut n = 0;
        let mut arg = || {
            n += 1;
            format!("${n}")
        };
        if filter.record.is_some() {
            let (e, i, p, q) = (arg(), arg(), arg(), arg());
            sql += &format!(
                " AND ((a.entity = {e} AND a.entity_id = {i}) OR (a.parent_entity = {p} AND a.parent_id = {q}))"
            );
        }
        if filter.user_id.is_some() {
            sql += &format!(" AND a.user_id = {}", arg());
        }
        if filter.since.is_some() {
            sql += &format!(" AND a.at >= {}", arg());
        }
        sql += " ORDER BY a.id DESC";
        if filter.limit.is_some() {
            sql += &format!(" LIMIT {}", arg());
        }
        let mut query = sqlx::query_as::<_, AuditEntry>(AssertSqlSafe(sql));
        if let Some((entity, id)) = &filter.record {
            query = query.bind(entity).bind(id).bind(entity).bind(id);
        }
        if let Some(user) = filter.user_id {
            query = query.bind(user);
        }
        if let Some(since) = &filter.since {
            query = query.bind(since);
        }
        if let Some(limit) = filter.limit {
            query = query.bind(limit);
        }
        Ok(query.fetch_all(&self.pool).await?)
    }
}

/// The three SQLite triggers of one table as `(name, CREATE statement)`. Rows become
/// `json_object` of every column but the secret ones; an update that changes nothing writes
/// no entry.
fn sqlite_triggers(
    table: &str,
    parent: Option<(&str, &str)>,
    columns: &[(String, String)],
) -> Vec<(String, String)> {
    let kept: Vec<&str> = columns
        .iter()
        .filter(|(name, ty)| {
            !SECRET_COLUMNS.contains(&name.as_str()) && !ty.eq_ignore_ascii_case("BLOB")
        })
        .map(|(name, _)| name.as_str())
        .collect();
    let has_id = kept.contains(&"id");
    let json = |row: &str| {
        let pairs: Vec<String> = kept.iter().map(|c| format!("'{c}', {row}.{c}")).collect();
        format!("json_object({})", pairs.join(", "))
    };
    let entry = |action: &str, row: &str, before: &str, after: &str| {
        let id = if has_id {
            format!("{row}.id")
        } else {
            "NULL".into()
        };
        let (parent_entity, parent_id) = match parent {
            Some((column, parent_table)) => {
                (format!("'{parent_table}'"), format!("{row}.{column}"))
            }
            None => ("NULL".into(), "NULL".into()),
        };
        format!(
            "INSERT INTO audit_log (at, user_id, via, entity, entity_id, parent_entity, parent_id, action, before, after) \
             SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), c.user_id, c.via, '{table}', {id}, {parent_entity}, {parent_id}, \
             '{action}', {before}, {after} FROM audit_context c WHERE c.id = 1;"
        )
    };
    vec![
        (
            format!("audit_{table}_insert"),
            format!(
                "CREATE TRIGGER audit_{table}_insert AFTER INSERT ON {table} BEGIN {} END",
                entry("insert", "NEW", "NULL", &json("NEW"))
            ),
        ),
        (
            format!("audit_{table}_update"),
            format!(
                "CREATE TRIGGER audit_{table}_update AFTER UPDATE ON {table} WHEN {} IS NOT {} BEGIN {} END",
                json("OLD"),
                json("NEW"),
                entry("update", "NEW", &json("OLD"), &json("NEW"))
            ),
        ),
        (
            format!("audit_{table}_delete"),
            format!(
                "CREATE TRIGGER audit_{table}_delete AFTER DELETE ON {table} BEGIN {} END",
                entry("delete", "OLD", &json("OLD"), "NULL")
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use crate::Store;
    use crate::testdb;
    use teilhabe_domain::RawInput;
    use teilhabe_domain::bodies::BodyDraft;
    use teilhabe_domain::concepts::TargetGroupDraft;

    /// Changes are recorded with their actor, and the trail refuses to be rewritten.
    async fn trail(store: &Store) {
        let body = store
            .create_body(
                &BodyDraft::parse(&RawInput::from_pairs([
                    ("key", "03157"),
                    ("name", "Landkreis Peine"),
                    ("kind", "landkreis"),
                ]))
                .unwrap(),
            )
            .await
            .unwrap();
        let draft =
            TargetGroupDraft::parse(&RawInput::from_pairs([("name", "Geflüchtete")])).unwrap();
        let actor = super::Actor {
            user_id: Some(42),
            via: "web",
            principal: None,
        };
        super::ACTOR
            .scope(actor, store.create_target_group(body.id, &draft))
            .await
            .unwrap();
        let entries = store.audit_entries(&Default::default()).await.unwrap();
        let group = entries
            .iter()
            .find(|e| e.entity == "target_groups")
            .unwrap();
        assert_eq!((group.user_id, group.via.as_str()), (Some(42), "web"));
        assert_eq!(group.action, "insert");
        let body_entry = entries.iter().find(|e| e.entity == "bodies").unwrap();
        assert_eq!(
            (body_entry.user_id, body_entry.via.as_str()),
            (None, "system")
        );
        for sql in ["UPDATE audit_log SET via = 'x'", "DELETE FROM audit_log"] {
            let refused = sqlx::query(sql).execute(&store.pool).await;
            assert!(refused.is_err(), "{sql} must be refused");
        }
        assert_eq!(
            store.audit_entries(&Default::default()).await.unwrap(),
            entries
        );
    }

    #[tokio::test]
    async fn sqlite_trail() {
        let (store, url) = testdb::fresh_sqlite().await.unwrap();
        trail(&store).await;
        store.close().await;
        testdb::remove(&url).await.unwrap();
    }

    #[tokio::test]
    async fn postgres_trail() {
        let Some(base) = testdb::postgres_base() else {
            return;
        };
        let (store, url) = testdb::fresh_postgres(&base).await.unwrap();
        trail(&store).await;
        store.close().await;
        testdb::drop_postgres(&url).await.unwrap();
    }
}
