//! Reads for the OParl server: every list of a body in a stable id order, paged by keyset
//! (`id > after`), so that page 1,000 costs what page 1 costs, with the OParl filters
//! `created_since/_until` and `modified_since/_until`. Soft-deleted records are listed only
//! when `modified_since` is given. Non-public papers, agenda items and persons (with their memberships) are never listed.

use crate::{
    AgendaItem, Consultation, Location, Meeting, Organization, Paper, Person, Result, Store,
};
use sqlx::AssertSqlSafe;

/// The lists OParl knows for a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OparlList {
    Organization,
    Person,
    Meeting,
    Paper,
    AgendaItem,
    Consultation,
    Location,
    File,
    LegislativeTerm,
    Membership,
}

/// Where a list's rows come from: the FROM clause (alias `t`), the condition that ties a
/// row to the body (as an SQL expression for the body id), visibility, soft delete.
struct Source {
    from: &'static str,
    body: &'static str,
    visible: &'static str,
    has_deleted: bool,
}

impl OparlList {
    fn source(self) -> Source {
        let direct = |from, visible, has_deleted| Source {
            from,
            body: "t.body_id",
            visible,
            has_deleted,
        };
        match self {
            Self::Organization => direct("organizations t", "1 = 1", true),
            Self::Person => direct("persons t", "t.public = 1", true),
            Self::Meeting => direct("meetings t", "1 = 1", true),
            Self::Paper => direct("papers t", "t.public = 1", true),
            Self::Location => direct("locations t", "1 = 1", true),
            Self::LegislativeTerm => direct("legislative_terms t", "1 = 1", true),
            Self::File => direct("files t", crate::files::FILE_PUBLIC, true),
            Self::AgendaItem => Source {
                from: "agenda_items t JOIN meetings m ON m.id = t.meeting_id",
                body: "m.body_id",
                visible: "t.public = 1",
                has_deleted: true,
            },
            Self::Membership => Source {
                from: "memberships t JOIN persons p ON p.id = t.person_id",
                body: "p.body_id",
                visible: "p.public = 1",
                has_deleted: true,
            },
            Self::Consultation => Source {
                from: "consultations t JOIN papers p ON p.id = t.paper_id",
                body: "p.body_id",
                visible: "p.public = 1",
                has_deleted: true,
            },
        }
    }
}

/// Paging and filters of one list request. Timestamps are UTC in the stored format.
#[derive(Debug, Clone, Default)]
pub struct OparlQuery {
    pub after: i64,
    pub limit: i64,
    pub created_since: Option<String>,
    pub created_until: Option<String>,
    pub modified_since: Option<String>,
    pub modified_until: Option<String>,
}

/// One page of ids, and whether more follow.
pub struct OparlPage {
    pub ids: Vec<i64>,
    pub more: bool,
}

impl Store {
    /// The ids of one page of a list; the caller loads the records with [`Store::oparl_records`].
    pub async fn oparl_page(
        &self,
        list: OparlList,
        body_id: i64,
        q: &OparlQuery,
    ) -> Result<OparlPage> {
        let src = list.source();
        // The same condition, spelled for each planner so that it walks the (body_id, id)
        // index from the page's first row (measured in bench/oparl.sh): PostgreSQL otherwise
        // prefers the primary key and runs into other bodies' rows; SQLite handles the row
        // value worse than the plain form.
        let keyset = match (src.body == "t.body_id", self.backend()) {
            (true, crate::Backend::Postgres) => {
                "(t.body_id, t.id) > ($1, $2) AND t.body_id <= $1".to_owned()
            }
            _ => format!("{} = $1 AND t.id > $2", src.body),
        };
        let mut sql = format!(
            "SELECT t.id FROM {} WHERE {keyset} AND {}",
            src.from, src.visible
        );
        let mut binds: Vec<&str> = Vec::new();
        for (value, cond) in [
            (&q.created_since, "created_at >="),
            (&q.created_until, "created_at <="),
            (&q.modified_since, "modified_at >="),
            (&q.modified_until, "modified_at <="),
        ] {
            if let Some(v) = value {
                binds.push(v);
                sql.push_str(&format!(" AND t.{cond} ${}", binds.len() + 2));
            }
        }
        if src.has_deleted && q.modified_since.is_none() {
            sql.push_str(" AND t.deleted = 0");
        }
        let order = if src.body == "t.body_id" {
            "t.body_id, t.id"
        } else {
            "t.id"
        };
        sql.push_str(&format!(" ORDER BY {order} LIMIT ${}", binds.len() + 3));
        let mut query = sqlx::query_scalar::<_, i64>(AssertSqlSafe(sql))
            .bind(body_id)
            .bind(q.after);
        for b in binds {
            query = query.bind(b.to_owned());
        }
        let mut ids: Vec<i64> = query.bind(q.limit + 1).fetch_all(&self.pool).await?;
        let more = ids.len() as i64 > q.limit;
        ids.truncate(q.limit as usize);
        Ok(OparlPage { ids, more })
    }

    /// Whether a record of a list exists and is visible: its body and deleted flag.
    pub async fn oparl_lookup(&self, list: OparlList, id: i64) -> Result<Option<(i64, bool)>> {
        let src = list.source();
        let deleted = if src.has_deleted { "t.deleted" } else { "0" };
        let sql = format!(
            "SELECT {}, {deleted} FROM {} WHERE t.id = $1 AND {}",
            src.body, src.from, src.visible
        );
        let row: Option<(i64, i64)> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|(body, d)| (body, d != 0)))
    }

    /// Loads records by id, whatever their deleted flag, in the order of `ids`.
    pub async fn oparl_records(&self, list: OparlList, ids: &[i64]) -> Result<OparlRecords> {
        let mut out = OparlRecords::default();
        if ids.is_empty() {
            return Ok(out);
        }
        let id_list = crate::db::id_list(ids);
        let order: std::collections::HashMap<i64, usize> =
            ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        macro_rules! load {
            ($ty:ty, $columns:expr, $table:expr) => {{
                let sql = format!(
                    "SELECT {} FROM {} WHERE id IN ({id_list})",
                    $columns, $table
                );
                let mut rows: Vec<$ty> = sqlx::query_as(AssertSqlSafe(sql))
                    .fetch_all(&self.pool)
                    .await?;
                rows.sort_by_key(|r| order.get(&r.id).copied().unwrap_or(usize::MAX));
                rows
            }};
        }
        match list {
            OparlList::Organization => {
                out.organizations = load!(
                    Organization,
                    crate::organizations::ORG_COLUMNS,
                    "organizations"
                );
            }
            OparlList::Person => {
                out.persons = load!(Person, crate::organizations::PERSON_COLUMNS, "persons");
            }
            OparlList::Location => {
                out.locations = load!(Location, crate::council::LOCATION_COLUMNS, "locations");
            }
            OparlList::File => {
                out.files = load!(crate::StoredFile, crate::files::FILE_COLUMNS, "files");
            }
            OparlList::LegislativeTerm => {
                out.legislative_terms = load!(
                    crate::LegislativeTerm,
                    crate::council::TERM_COLUMNS,
                    "legislative_terms"
                );
            }
            OparlList::Meeting => {
                let mut meetings = load!(Meeting, crate::council::MEETING_COLUMNS, "meetings");
                let links: Vec<(i64, i64)> = sqlx::query_as(AssertSqlSafe(format!(
                    "SELECT meeting_id, organization_id FROM meeting_organizations WHERE meeting_id IN ({id_list}) ORDER BY meeting_id, organization_id"
                )))
                .fetch_all(&self.pool)
                .await?;
                for m in &mut meetings {
                    m.organization_ids = links
                        .iter()
                        .filter(|(mid, _)| *mid == m.id)
                        .map(|(_, o)| *o)
                        .collect();
                }
                out.meetings = meetings;
            }
            OparlList::Paper => out.papers = load!(Paper, crate::council::PAPER_COLUMNS, "papers"),
            OparlList::AgendaItem => {
                out.agenda_items = load!(AgendaItem, crate::council::ITEM_COLUMNS, "agenda_items");
            }
            OparlList::Membership => {
                out.memberships = load!(
                    crate::Membership,
                    crate::organizations::MEMBERSHIP_COLUMNS,
                    "memberships"
                );
            }
            OparlList::Consultation => {
                out.consultations = load!(
                    Consultation,
                    crate::council::CONSULTATION_COLUMNS,
                    "consultations"
                );
            }
        }
        Ok(out)
    }

    /// Public agenda items of several meetings, for embedding (one query).
    pub async fn oparl_items_of_meetings(&self, meeting_ids: &[i64]) -> Result<Vec<AgendaItem>> {
        if meeting_ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = crate::db::id_list(meeting_ids);
        let sql = format!(
            "SELECT {} FROM agenda_items WHERE meeting_id IN ({list}) AND public = 1 AND deleted = 0 ORDER BY meeting_id, position, id",
            crate::council::ITEM_COLUMNS
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }

    /// Consultations of several public papers, for embedding (one query).
    pub async fn oparl_consultations_of_papers(
        &self,
        paper_ids: &[i64],
    ) -> Result<Vec<Consultation>> {
        if paper_ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = crate::db::id_list(paper_ids);
        let sql = format!(
            "SELECT {} FROM consultations WHERE paper_id IN ({list}) AND deleted = 0 ORDER BY paper_id, position, id",
            crate::council::CONSULTATION_COLUMNS
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }

    /// Which of these agenda items are public (to tell which references may be shown).
    pub async fn oparl_public_items(&self, item_ids: &[i64]) -> Result<Vec<i64>> {
        if item_ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = crate::db::id_list(item_ids);
        let sql = format!(
            "SELECT id FROM agenda_items WHERE id IN ({list}) AND public = 1 AND deleted = 0"
        );
        Ok(sqlx::query_scalar(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }

    /// For agenda items, the consultation that treats each: `(agenda item, consultation)`.
    pub async fn oparl_consultations_of_items(&self, item_ids: &[i64]) -> Result<Vec<(i64, i64)>> {
        if item_ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = crate::db::id_list(item_ids);
        let sql = format!(
            "SELECT c.agenda_item_id, c.id FROM consultations c JOIN papers p ON p.id = c.paper_id
             WHERE c.agenda_item_id IN ({list}) AND c.deleted = 0 AND p.public = 1 ORDER BY c.id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }

    /// Which of these records are soft-deleted.
    pub async fn oparl_deleted(&self, list: OparlList, ids: &[i64]) -> Result<Vec<i64>> {
        let table = match list {
            OparlList::Meeting => "meetings",
            OparlList::Paper => "papers",
            OparlList::AgendaItem => "agenda_items",
            OparlList::Consultation => "consultations",
            OparlList::Location => "locations",
            OparlList::File => "files",
            OparlList::LegislativeTerm => "legislative_terms",
            OparlList::Organization => "organizations",
            OparlList::Membership => "memberships",
            OparlList::Person => "persons",
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = crate::db::id_list(ids);
        let sql = format!("SELECT id FROM {table} WHERE id IN ({list}) AND deleted = 1");
        Ok(sqlx::query_scalar(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }
}

/// Records loaded for one OParl page; only the list's own field is filled.
#[derive(Debug, Default)]
pub struct OparlRecords {
    pub organizations: Vec<Organization>,
    pub persons: Vec<Person>,
    pub meetings: Vec<Meeting>,
    pub papers: Vec<Paper>,
    pub agenda_items: Vec<AgendaItem>,
    pub consultations: Vec<Consultation>,
    pub locations: Vec<Location>,
    pub files: Vec<crate::StoredFile>,
    pub legislative_terms: Vec<crate::LegislativeTerm>,
    pub memberships: Vec<crate::Membership>,
}

/// Whose files [`Store::oparl_files_of`] loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilesOf {
    Papers,
    Meetings,
    AgendaItems,
}

impl Store {
    /// The public files of several papers, meetings or agenda items, for embedding (one
    /// query). A meeting's include its agenda items' (public ones only).
    pub async fn oparl_files_of(
        &self,
        owner: FilesOf,
        ids: &[i64],
    ) -> Result<Vec<crate::StoredFile>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let column = match owner {
            FilesOf::Papers => "paper_id",
            FilesOf::Meetings => "meeting_id",
            FilesOf::AgendaItems => "agenda_item_id",
        };
        let list = crate::db::id_list(ids);
        let sql = format!(
            "SELECT {} FROM files t WHERE t.{column} IN ({list}) AND {} AND t.deleted = 0 ORDER BY t.{column}, t.id",
            crate::files::FILE_COLUMNS,
            crate::files::FILE_PUBLIC
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }
}
