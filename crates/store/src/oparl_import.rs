//! Writing council records harvested from an OParl server (see the `teilhabe-oparl-import`
//! crate), in one transaction: each object's source id is remembered in `oparl_ids`, so a
//! second run updates the record it made the first time instead of adding it again, and
//! skips objects whose source `modified` has not changed.
//!
//! The harvest refers to other objects by their source id; a reference resolves to an
//! object of the same harvest or of an earlier run of the same source.

use crate::db::now;
use crate::{Result, Store, StoreError};
use sqlx::{Any, AssertSqlSafe, Transaction};
use std::collections::HashMap;
use std::fmt;

mod write;

/// What every harvested object carries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    /// The object's `id` at the source (its URL).
    pub id: String,
    /// Stored form (RFC 3339 UTC with `Z`), or `None` if the source gave none.
    pub created: Option<String>,
    pub modified: Option<String>,
    pub deleted: bool,
    /// What tells a changed object from an unchanged one on the next run: `modified`, or
    /// for objects without it, a fingerprint of their content.
    pub version: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InBody {
    pub meta: Meta,
    pub key: String,
    pub kind: String,
    pub name: String,
    pub short_name: Option<String>,
    pub website: Option<String>,
    pub contact_email: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InOrganization {
    pub meta: Meta,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: String,
    pub classification: Option<String>,
    pub website: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InPerson {
    pub meta: Meta,
    pub name: String,
    pub role_title: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InMembership {
    pub meta: Meta,
    pub person: String,
    pub organization: String,
    pub role: Option<String>,
    pub voting_right: bool,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InLocation {
    pub meta: Meta,
    pub description: Option<String>,
    pub room: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub locality: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InLegislativeTerm {
    pub meta: Meta,
    pub name: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InMeeting {
    pub meta: Meta,
    pub name: String,
    pub state: String,
    pub cancelled: bool,
    /// Stored form: local date, or date and time with offset.
    pub start_at: String,
    pub end_at: Option<String>,
    pub location: Option<String>,
    pub organizations: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InAgendaItem {
    pub meta: Meta,
    pub meeting: String,
    pub position: i64,
    pub number: Option<String>,
    pub name: String,
    pub public: bool,
    pub result: Option<String>,
    pub resolution_text: Option<String>,
    pub votes: [Option<i64>; 4],
    /// The vote was declared unanimous (with or without counts).
    pub unanimous: bool,
}

#[derive(Debug, Clone, Default)]
pub struct InPaper {
    pub meta: Meta,
    pub reference: String,
    pub name: String,
    pub paper_type: String,
    pub date: Option<String>,
    pub submitter_person: Option<String>,
    pub submitter_organization: Option<String>,
    pub lead_organization: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InConsultation {
    pub meta: Meta,
    pub paper: String,
    pub position: i64,
    pub organization: Option<String>,
    pub meeting: Option<String>,
    pub agenda_item: Option<String>,
    pub role: String,
    pub authoritative: bool,
}

#[derive(Debug, Clone, Default)]
pub struct InFile {
    pub meta: Meta,
    pub name: String,
    pub file_name: String,
    pub mime_type: String,
    /// `None` for a deleted file, whose content is not fetched.
    pub data: Option<Vec<u8>>,
    /// Where the content is fetched from.
    pub access_url: Option<String>,
    pub paper: Option<String>,
    /// The meeting whose file it is (also for an agenda item's file).
    pub meeting: Option<String>,
    pub agenda_item: Option<String>,
    /// A [`teilhabe_domain::FileRole`] code; `None` when no owner names the file.
    pub role: Option<String>,
    /// Why the content is missing (not reachable, refused by the upload check), in German,
    /// for the run's summary.
    pub problem: Option<String>,
}

/// Everything harvested from one body of one server.
#[derive(Debug, Clone, Default)]
pub struct Harvest {
    pub system_url: String,
    pub body: InBody,
    pub organizations: Vec<InOrganization>,
    pub persons: Vec<InPerson>,
    pub memberships: Vec<InMembership>,
    pub locations: Vec<InLocation>,
    pub legislative_terms: Vec<InLegislativeTerm>,
    pub meetings: Vec<InMeeting>,
    pub agenda_items: Vec<InAgendaItem>,
    pub papers: Vec<InPaper>,
    pub consultations: Vec<InConsultation>,
    pub files: Vec<InFile>,
    /// Objects the harvest could not read, each with the reason.
    pub skipped: Vec<String>,
    /// What the run's report should say besides (how a body's key was found), in German.
    pub notes: Vec<String>,
}

impl Harvest {
    /// The newest `modified` of all objects: where the next run starts (`modified_since`).
    pub fn newest_modified(&self) -> Option<String> {
        let metas = std::iter::once(&self.body.meta)
            .chain(self.organizations.iter().map(|x| &x.meta))
            .chain(self.persons.iter().map(|x| &x.meta))
            .chain(self.memberships.iter().map(|x| &x.meta))
            .chain(self.locations.iter().map(|x| &x.meta))
            .chain(self.legislative_terms.iter().map(|x| &x.meta))
            .chain(self.meetings.iter().map(|x| &x.meta))
            .chain(self.agenda_items.iter().map(|x| &x.meta))
            .chain(self.papers.iter().map(|x| &x.meta))
            .chain(self.consultations.iter().map(|x| &x.meta))
            .chain(self.files.iter().map(|x| &x.meta));
        metas.filter_map(|m| m.modified.clone()).max()
    }
}

/// What an import did with the objects of one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub deleted: u64,
}

/// The outcome of writing one harvest.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    pub body_key: String,
    pub body_created: bool,
    /// Per kind, in import order (`Organisationen`, `Personen`, …).
    pub tallies: Vec<(&'static str, Tally)>,
    /// Objects that could not be taken over, each with the reason.
    pub skipped: Vec<String>,
    /// What is worth knowing besides, in German: how the body's key was found when the
    /// server does not say (from the harvest), papers kept with a reference in use, and
    /// references to objects the source never delivered (from the writing).
    pub notes: Vec<String>,
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Körperschaft {}{}",
            self.body_key,
            if self.body_created {
                " (neu angelegt)"
            } else {
                ""
            }
        )?;
        for (what, t) in &self.tallies {
            if *t == Tally::default() {
                continue;
            }
            writeln!(
                f,
                "  {what:<20} {:>6} neu  {:>6} geändert  {:>6} unverändert  {:>6} gelöscht",
                t.created, t.updated, t.unchanged, t.deleted
            )?;
        }
        for n in &self.notes {
            writeln!(f, "  Hinweis: {n}")?;
        }
        // All of it: what was left out is what someone has to look at.
        if !self.skipped.is_empty() {
            writeln!(f, "  {} nicht übernommen, mit Grund:", self.skipped.len())?;
            for s in &self.skipped {
                writeln!(f, "    {s}")?;
            }
        }
        Ok(())
    }
}

/// A source's state: where its last run ended.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OparlSource {
    pub id: i64,
    pub body_id: i64,
    pub system_url: String,
    pub body_url: String,
    pub newest_modified: Option<String>,
    pub last_run: String,
}

/// A column value for the generic insert/update below.
enum V<'a> {
    T(Option<&'a str>),
    I(Option<i64>),
    B(&'a [u8]),
}

fn t(s: &str) -> V<'_> {
    V::T(Some(s))
}
fn ot(s: &Option<String>) -> V<'_> {
    V::T(s.as_deref())
}
fn flag(b: bool) -> V<'static> {
    V::I(Some(i64::from(b)))
}

/// Binds the values of `columns` to a query, in order (a macro: plain and scalar queries
/// are different types).
macro_rules! bind_columns {
    ($q:ident, $columns:expr) => {
        for (_, v) in $columns {
            $q = match v {
                V::T(s) => $q.bind(s.map(str::to_owned)),
                V::I(i) => $q.bind(*i),
                V::B(b) => $q.bind(b.to_vec()),
            };
        }
    };
}

/// The import's view of the ids already known for this source.
struct Ids {
    source_id: i64,
    /// external id → (kind, local id, source modified)
    map: HashMap<String, (String, i64, Option<String>)>,
}

impl Ids {
    fn local(&self, kind: &str, external: &str) -> Option<i64> {
        self.map
            .get(external)
            .filter(|(k, _, _)| k == kind)
            .map(|(_, id, _)| *id)
    }
}

struct Writer<'t, 'c> {
    tx: &'t mut Transaction<'c, Any>,
    ids: Ids,
    /// New `oparl_ids` rows not yet written: external id → (kind, local id, version).
    /// Written in batches; one statement per row doubled the time of a large import.
    pending: HashMap<String, (String, i64, Option<String>)>,
    body_id: i64,
    stamp: String,
    report: ImportReport,
    /// References to objects the source never delivered, per kind: how many, and the
    /// first, for the run's report.
    unresolved: std::collections::BTreeMap<&'static str, (u64, String)>,
}

/// What to do with an incoming object, decided from the id map.
enum Step {
    Insert,
    Update(i64),
    Unchanged(i64),
    Delete(i64),
    Ignore,
}

impl Writer<'_, '_> {
    fn step(&self, kind: &str, meta: &Meta) -> Step {
        match (self.ids.map.get(&meta.id), meta.deleted) {
            (Some((k, _, _)), _) if k != kind => Step::Ignore,
            (Some((_, id, _)), true) => Step::Delete(*id),
            (Some((_, id, m)), false) if m.is_some() && *m == meta.version => Step::Unchanged(*id),
            (Some((_, id, _)), false) => Step::Update(*id),
            (None, true) => Step::Ignore,
            (None, false) => Step::Insert,
        }
    }

    fn tally(&mut self, label: &'static str) -> &mut Tally {
        if let Some(i) = self.report.tallies.iter().position(|(l, _)| *l == label) {
            return &mut self.report.tallies[i].1;
        }
        self.report.tallies.push((label, Tally::default()));
        &mut self.report.tallies.last_mut().expect("just pushed").1
    }

    /// `created` and `modified` as the source gives them; what it leaves out is the time
    /// of this import (so that Teilhabe's own OParl clients see the change).
    fn stamps(&self, meta: &Meta) -> (String, String) {
        let created = meta.created.clone().unwrap_or_else(|| self.stamp.clone());
        let modified = meta.modified.clone().unwrap_or_else(|| self.stamp.clone());
        (created, modified)
    }

    /// Soft-deletes the live records of `table` whose `parent` column is `id` (the parts of
    /// an object deleted at the source), counted under `label`.
    async fn cascade(
        &mut self,
        label: &'static str,
        table: &'static str,
        parent: &'static str,
        id: i64,
        meta: &Meta,
    ) -> Result<()> {
        let (_, modified) = self.stamps(meta);
        let sql = format!(
            "UPDATE {table} SET deleted = 1, modified_at = $1 WHERE {parent} = $2 AND deleted = 0"
        );
        let n = sqlx::query(AssertSqlSafe(sql))
            .bind(&modified)
            .bind(id)
            .execute(&mut **self.tx)
            .await?
            .rows_affected();
        self.tally(label).deleted += n;
        Ok(())
    }

    /// An object deleted at the source, which may be no more than its id: soft-deletes what
    /// it was here, if anything; the references a live object needs are not asked for.
    async fn put_deleted(
        &mut self,
        label: &'static str,
        kind: &'static str,
        table: &'static str,
        meta: &Meta,
    ) -> Result<Option<i64>> {
        debug_assert!(meta.deleted);
        self.put(label, kind, table, meta, &[]).await
    }

    /// Writes one object: insert (returning the new id), update, soft delete, or nothing.
    async fn put(
        &mut self,
        label: &'static str,
        kind: &'static str,
        table: &'static str,
        meta: &Meta,
        columns: &[(&str, V<'_>)],
    ) -> Result<Option<i64>> {
        let step = self.step(kind, meta);
        let (created, modified) = self.stamps(meta);
        let id = match step {
            Step::Ignore => return Ok(None),
            Step::Unchanged(id) => {
                self.tally(label).unchanged += 1;
                return Ok(Some(id));
            }
            Step::Delete(id) => {
                let sql = format!("UPDATE {table} SET deleted = 1, modified_at = $1 WHERE id = $2");
                sqlx::query(AssertSqlSafe(sql))
                    .bind(&modified)
                    .bind(id)
                    .execute(&mut **self.tx)
                    .await?;
                self.tally(label).deleted += 1;
                id
            }
            Step::Update(id) => {
                let sets: Vec<String> = columns
                    .iter()
                    .enumerate()
                    .map(|(i, (c, _))| format!("{c} = ${}", i + 1))
                    .collect();
                let n = columns.len();
                let sql = format!(
                    "UPDATE {table} SET {}, deleted = 0, modified_at = ${} WHERE id = ${}",
                    sets.join(", "),
                    n + 1,
                    n + 2
                );
                let mut q = sqlx::query(AssertSqlSafe(sql));
                bind_columns!(q, columns);
                q.bind(&modified).bind(id).execute(&mut **self.tx).await?;
                self.tally(label).updated += 1;
                id
            }
            Step::Insert => {
                let names: Vec<&str> = columns.iter().map(|(c, _)| *c).collect();
                let n = columns.len();
                let marks: Vec<String> = (1..=n + 2).map(|i| format!("${i}")).collect();
                let sql = format!(
                    "INSERT INTO {table} ({}, created_at, modified_at) VALUES ({}) RETURNING id",
                    names.join(", "),
                    marks.join(", ")
                );
                let mut q = sqlx::query_scalar::<_, i64>(AssertSqlSafe(sql));
                bind_columns!(q, columns);
                let id = q
                    .bind(&created)
                    .bind(&modified)
                    .fetch_one(&mut **self.tx)
                    .await?;
                self.tally(label).created += 1;
                id
            }
        };
        self.remember(kind, &meta.id, id, meta.version.clone())
            .await?;
        Ok(Some(id))
    }

    async fn remember(
        &mut self,
        kind: &str,
        external: &str,
        local: i64,
        modified: Option<String>,
    ) -> Result<()> {
        if let Some(p) = self.pending.get_mut(external) {
            *p = (kind.to_owned(), local, modified.clone());
        } else if self.ids.map.contains_key(external) {
            sqlx::query(
                "UPDATE oparl_ids SET local_id = $1, modified = $2 WHERE source_id = $3 AND external_id = $4",
            )
            .bind(local)
            .bind(&modified)
            .bind(self.ids.source_id)
            .bind(external)
            .execute(&mut **self.tx)
            .await?;
        } else {
            self.pending.insert(
                external.to_owned(),
                (kind.to_owned(), local, modified.clone()),
            );
            if self.pending.len() >= 500 {
                self.flush().await?;
            }
        }
        self.ids
            .map
            .insert(external.to_owned(), (kind.to_owned(), local, modified));
        Ok(())
    }

    /// Writes the pending `oparl_ids` rows, a few hundred per statement.
    async fn flush(&mut self) -> Result<()> {
        let rows: Vec<_> = self.pending.drain().collect();
        for chunk in rows.chunks(100) {
            let sql = format!(
                "INSERT INTO oparl_ids (source_id, external_id, kind, local_id, modified) VALUES {}",
                crate::db::value_rows(self.tx, chunk.len(), 5)
            );
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for (external, (kind, local, modified)) in chunk {
                q = q
                    .bind(self.ids.source_id)
                    .bind(external.clone())
                    .bind(kind.clone())
                    .bind(*local)
                    .bind(modified.clone());
            }
            q.execute(&mut **self.tx).await?;
        }
        Ok(())
    }

    /// The local id of a referenced object; a reference to one the source never delivered
    /// is counted for the run's report (the field then stays empty, as before, but not
    /// without a word).
    fn resolve(&mut self, kind: &'static str, external: Option<&String>) -> Option<i64> {
        let e = external?;
        let local = self.ids.local(kind, e);
        if local.is_none() {
            let entry = self.unresolved.entry(kind).or_insert((0, e.clone()));
            entry.0 += 1;
        }
        local
    }

    /// The notes on unresolved references, one per kind.
    fn unresolved_notes(&self) -> Vec<String> {
        self.unresolved
            .iter()
            .map(|(kind, (n, first))| {
                let what = match *kind {
                    "person" => "Personen",
                    "organization" => "Gremien",
                    "meeting" => "Sitzungen",
                    "paper" => "Vorlagen",
                    "agendaItem" => "Tagesordnungspunkte",
                    "location" => "Orte",
                    other => other,
                };
                format!(
                    "{n} Verweis(e) auf {what}, die die Quelle nicht liefert, bleiben leer (z. B. {first})"
                )
            })
            .collect()
    }

    fn skip(&mut self, what: &str, meta: &Meta, why: &str) {
        if !meta.deleted {
            self.report
                .skipped
                .push(format!("{what} {}: {why}", meta.id));
        }
    }
}

impl Store {
    /// All sources imported before.
    pub async fn oparl_sources(&self) -> Result<Vec<OparlSource>> {
        Ok(sqlx::query_as(
            "SELECT id, body_id, system_url, body_url, newest_modified, last_run FROM oparl_sources ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// The source ids of one kind known from a source, with the source's `modified`.
    pub async fn oparl_known(
        &self,
        source_id: i64,
        kind: &str,
    ) -> Result<HashMap<String, Option<String>>> {
        let rows: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT external_id, modified FROM oparl_ids WHERE source_id = $1 AND kind = $2",
        )
        .bind(source_id)
        .bind(kind)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().collect())
    }

    /// The import state of a source body, if it was imported before.
    pub async fn oparl_source(&self, body_url: &str) -> Result<Option<OparlSource>> {
        Ok(sqlx::query_as(
            "SELECT id, body_id, system_url, body_url, newest_modified, last_run FROM oparl_sources WHERE body_url = $1",
        )
        .bind(body_url)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Writes one harvest in one transaction; on any error nothing is written.
    pub async fn import_oparl(&self, h: &Harvest) -> Result<ImportReport> {
        let mut tx = self.begin().await?;
        self.plan_each_statement(&mut tx).await?;
        let stamp = now();
        let source: Option<(i64, i64)> =
            sqlx::query_as("SELECT id, body_id FROM oparl_sources WHERE body_url = $1")
                .bind(&h.body.meta.id)
                .fetch_optional(&mut *tx)
                .await?;
        let mut body_created = false;
        let (source_id, body_id) = if let Some(s) = source {
            s
        } else {
            let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE key = $1")
                .bind(&h.body.key)
                .fetch_optional(&mut *tx)
                .await?;
            let body_id = if let Some(id) = existing {
                id
            } else {
                body_created = true;
                let created = h.body.meta.created.clone().unwrap_or(stamp.clone());
                let modified = h.body.meta.modified.clone().unwrap_or(created.clone());
                sqlx::query_scalar(
                    "INSERT INTO bodies (key, name, short_name, kind, website, contact_email, created_at, modified_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(&h.body.key)
                .bind(&h.body.name)
                .bind(&h.body.short_name)
                .bind(&h.body.kind)
                .bind(&h.body.website)
                .bind(&h.body.contact_email)
                .bind(&created)
                .bind(&modified)
                .fetch_one(&mut *tx)
                .await?
            };
            let source_id: i64 = sqlx::query_scalar(
                "INSERT INTO oparl_sources (body_id, system_url, body_url, last_run) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(body_id)
            .bind(&h.system_url)
            .bind(&h.body.meta.id)
            .bind(&stamp)
            .fetch_one(&mut *tx)
            .await?;
            (source_id, body_id)
        };
        let body_key: String = sqlx::query_scalar("SELECT key FROM bodies WHERE id = $1")
            .bind(body_id)
            .fetch_one(&mut *tx)
            .await?;
        if body_key != h.body.key {
            return Err(StoreError::invalid(
                "body.ags",
                format!(
                    "Die Körperschaft {} wurde früher als {body_key} importiert, meldet jetzt aber den Schlüssel {}.",
                    h.body.meta.id, h.body.key
                ),
            ));
        }
        let rows: Vec<(String, String, i64, Option<String>)> = sqlx::query_as(
            "SELECT external_id, kind, local_id, modified FROM oparl_ids WHERE source_id = $1",
        )
        .bind(source_id)
        .fetch_all(&mut *tx)
        .await?;
        let ids = Ids {
            source_id,
            map: rows
                .into_iter()
                .map(|(e, k, l, m)| (e, (k, l, m)))
                .collect(),
        };
        let mut w = Writer {
            tx: &mut tx,
            ids,
            pending: HashMap::new(),
            body_id,
            stamp: stamp.clone(),
            report: ImportReport {
                body_key,
                body_created,
                skipped: h.skipped.clone(),
                notes: h.notes.clone(),
                ..ImportReport::default()
            },
            unresolved: std::collections::BTreeMap::new(),
        };
        let written = match w.write_all(h).await {
            Ok(()) => w.flush().await,
            Err(e) => Err(e),
        };
        let unresolved = w.unresolved_notes();
        let mut report = w.report;
        report.notes.extend(unresolved);
        if let Err(e) = written {
            // Explicitly: a dropped transaction would keep SQLite's write lock until its
            // connection is used again.
            tx.rollback().await.ok();
            return Err(e);
        }
        let newest = h.newest_modified();
        sqlx::query(
            "UPDATE oparl_sources SET last_run = $1, system_url = $2,
             newest_modified = CASE WHEN newest_modified IS NULL OR newest_modified < $3 THEN $3 ELSE newest_modified END
             WHERE id = $4",
        )
        .bind(&stamp)
        .bind(&h.system_url)
        .bind(newest)
        .bind(source_id)
        .execute(&mut *tx)
        .await?;
        self.commit(tx).await?;
        Ok(report)
    }
}
