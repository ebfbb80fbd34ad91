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
        if !self.skipped.is_empty() {
            writeln!(f, "  {} Objekte nicht übernommen:", self.skipped.len())?;
            for s in self.skipped.iter().take(20) {
                writeln!(f, "    {s}")?;
            }
            if self.skipped.len() > 20 {
                writeln!(f, "    … und {} weitere", self.skipped.len() - 20)?;
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

    fn resolve(&self, kind: &str, external: Option<&String>) -> Option<i64> {
        external.and_then(|e| self.ids.local(kind, e))
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
        if self.backend() == crate::Backend::Postgres {
            // The tables grow by many thousand rows inside this transaction; a plan cached
            // while they were small would scan them on every later row.
            sqlx::query("SET LOCAL plan_cache_mode = force_custom_plan")
                .execute(&mut *tx)
                .await?;
        }
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
                ..ImportReport::default()
            },
        };
        let written = match write_all(&mut w, h).await {
            Ok(()) => w.flush().await,
            Err(e) => Err(e),
        };
        let report = w.report;
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

/// Writes a body's harvest record family by record family, each after the ones it refers to.
async fn write_all(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    write_people(w, h).await?;
    write_meetings(w, h).await?;
    write_papers(w, h).await?;
    write_consultations(w, h).await?;
    write_files(w, h).await?;
    Ok(())
}

/// Organisations, persons, memberships, locations and legislative terms.
async fn write_people(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    let body_id = w.body_id;
    for o in &h.organizations {
        w.put(
            "Organisationen",
            "organization",
            "organizations",
            &o.meta,
            &[
                ("body_id", V::I(Some(body_id))),
                ("name", t(&o.name)),
                ("short_name", ot(&o.short_name)),
                ("kind", t(&o.kind)),
                ("classification", ot(&o.classification)),
                ("website", ot(&o.website)),
                ("start_date", ot(&o.start_date)),
                ("end_date", ot(&o.end_date)),
            ],
        )
        .await?;
    }
    for p in &h.persons {
        w.put(
            "Personen",
            "person",
            "persons",
            &p.meta,
            &[
                ("body_id", V::I(Some(body_id))),
                ("name", t(&p.name)),
                ("role_title", ot(&p.role_title)),
            ],
        )
        .await?;
    }
    for m in &h.memberships {
        let person = w.resolve("person", Some(&m.person));
        let organization = w.resolve("organization", Some(&m.organization));
        let (Some(person), Some(organization)) = (person, organization) else {
            w.skip(
                "Mitgliedschaft",
                &m.meta,
                "Person oder Gremium ist nicht bekannt",
            );
            continue;
        };
        w.put(
            "Mitgliedschaften",
            "membership",
            "memberships",
            &m.meta,
            &[
                ("person_id", V::I(Some(person))),
                ("organization_id", V::I(Some(organization))),
                ("role", ot(&m.role)),
                ("voting_right", flag(m.voting_right)),
                ("start_date", ot(&m.start_date)),
                ("end_date", ot(&m.end_date)),
            ],
        )
        .await?;
    }
    for l in &h.locations {
        w.put(
            "Orte",
            "location",
            "locations",
            &l.meta,
            &[
                ("body_id", V::I(Some(body_id))),
                ("description", ot(&l.description)),
                ("room", ot(&l.room)),
                ("street_address", ot(&l.street_address)),
                ("postal_code", ot(&l.postal_code)),
                ("locality", ot(&l.locality)),
            ],
        )
        .await?;
    }
    for l in &h.legislative_terms {
        w.put(
            "Wahlperioden",
            "legislativeTerm",
            "legislative_terms",
            &l.meta,
            &[
                ("body_id", V::I(Some(body_id))),
                ("name", t(&l.name)),
                ("start_date", ot(&l.start_date)),
                ("end_date", ot(&l.end_date)),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Meetings with their committees, and their agenda items.
async fn write_meetings(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    let body_id = w.body_id;
    for m in &h.meetings {
        let location = w.resolve("location", m.location.as_ref());
        let written = w
            .put(
                "Sitzungen",
                "meeting",
                "meetings",
                &m.meta,
                &[
                    ("body_id", V::I(Some(body_id))),
                    ("name", t(&m.name)),
                    ("state", t(&m.state)),
                    ("cancelled", flag(m.cancelled)),
                    ("start_at", t(&m.start_at)),
                    ("end_at", ot(&m.end_at)),
                    ("location_id", V::I(location)),
                ],
            )
            .await?;
        if let (Some(id), false) = (written, m.meta.deleted) {
            sqlx::query("DELETE FROM meeting_organizations WHERE meeting_id = $1")
                .bind(id)
                .execute(&mut **w.tx)
                .await?;
            let mut seen = Vec::new();
            for o in &m.organizations {
                if let Some(org) = w.resolve("organization", Some(o))
                    && !seen.contains(&org)
                {
                    seen.push(org);
                    sqlx::query(
                        "INSERT INTO meeting_organizations (meeting_id, organization_id) VALUES ($1, $2)",
                    )
                    .bind(id)
                    .bind(org)
                    .execute(&mut **w.tx)
                    .await?;
                }
            }
        }
    }
    for a in &h.agenda_items {
        let Some(meeting) = w.resolve("meeting", Some(&a.meeting)) else {
            w.skip("Tagesordnungspunkt", &a.meta, "Sitzung ist nicht bekannt");
            continue;
        };
        w.put(
            "Tagesordnungspunkte",
            "agendaItem",
            "agenda_items",
            &a.meta,
            &[
                ("meeting_id", V::I(Some(meeting))),
                ("position", V::I(Some(a.position))),
                ("number", ot(&a.number)),
                ("name", t(&a.name)),
                ("public", flag(a.public)),
                ("result", ot(&a.result)),
                ("resolution_text", ot(&a.resolution_text)),
                ("votes_yes", V::I(a.votes[0])),
                ("votes_no", V::I(a.votes[1])),
                ("votes_abstain", V::I(a.votes[2])),
                ("votes_conflicted", V::I(a.votes[3])),
                ("votes_unanimous", flag(a.unanimous)),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Papers; a reference already carried by another paper of the body is skipped, one typed in
/// locally is taken over.
async fn write_papers(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    let body_id = w.body_id;
    // References are unique per body. Loaded once: one query per paper would make a large
    // import quadratic where the planner's statistics still describe an empty table.
    let mut references: HashMap<String, i64> =
        sqlx::query_as::<_, (String, i64)>("SELECT reference, id FROM papers WHERE body_id = $1")
            .bind(body_id)
            .fetch_all(&mut **w.tx)
            .await?
            .into_iter()
            .collect();
    let mut reference_of: HashMap<i64, String> =
        references.iter().map(|(r, id)| (*id, r.clone())).collect();
    let mut taken: std::collections::HashSet<i64> = sqlx::query_scalar(
        "SELECT local_id FROM oparl_ids WHERE kind = 'paper' AND local_id IN (SELECT id FROM papers WHERE body_id = $1)",
    )
    .bind(body_id)
    .fetch_all(&mut **w.tx)
    .await?
    .into_iter()
    .collect();
    for p in &h.papers {
        let mine = w.ids.local("paper", &p.meta.id);
        if !p.meta.deleted {
            match (references.get(&p.reference).copied(), mine) {
                // Another paper already carries this reference.
                (Some(other), Some(own)) if other != own => {
                    w.skip(
                        "Vorlage",
                        &p.meta,
                        &format!("Aktenzeichen {} ist schon vergeben", p.reference),
                    );
                    continue;
                }
                (Some(other), None) if taken.contains(&other) => {
                    w.skip(
                        "Vorlage",
                        &p.meta,
                        &format!("Aktenzeichen {} ist schon vergeben", p.reference),
                    );
                    continue;
                }
                // A paper typed in locally with the same reference is taken over, not doubled.
                (Some(local), None) => {
                    w.remember("paper", &p.meta.id, local, None).await?;
                }
                _ => {}
            }
        }
        let person = w.resolve("person", p.submitter_person.as_ref());
        let originator = w.resolve("organization", p.submitter_organization.as_ref());
        let lead = w.resolve("organization", p.lead_organization.as_ref());
        let written = w
            .put(
                "Vorlagen",
                "paper",
                "papers",
                &p.meta,
                &[
                    ("body_id", V::I(Some(body_id))),
                    ("reference", t(&p.reference)),
                    ("name", t(&p.name)),
                    ("paper_type", t(&p.paper_type)),
                    ("date", ot(&p.date)),
                    ("submitter_person_id", V::I(person)),
                    ("submitter_organization_id", V::I(originator)),
                    ("lead_organization_id", V::I(lead)),
                ],
            )
            .await?
            .filter(|_| !p.meta.deleted);
        if let Some(id) = written {
            if let Some(old) = reference_of.insert(id, p.reference.clone()) {
                references.remove(&old);
            }
            references.insert(p.reference.clone(), id);
            taken.insert(id);
        }
    }
    Ok(())
}

/// Consultations, each linking its agenda item to the paper; the committee taken from the
/// meeting where the server names none.
async fn write_consultations(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    for c in &h.consultations {
        let Some(paper) = w.resolve("paper", Some(&c.paper)) else {
            w.skip("Beratung", &c.meta, "Vorlage ist nicht bekannt");
            continue;
        };
        let meeting = w.resolve("meeting", c.meeting.as_ref());
        let item = w.resolve("agendaItem", c.agenda_item.as_ref());
        // OParl makes the committee optional; Teilhabe needs it, and takes the meeting's.
        let mut organization = w.resolve("organization", c.organization.as_ref());
        if organization.is_none()
            && let Some(m) = meeting
        {
            organization = sqlx::query_scalar(
                "SELECT organization_id FROM meeting_organizations WHERE meeting_id = $1 ORDER BY organization_id LIMIT 1",
            )
            .bind(m)
            .fetch_optional(&mut **w.tx)
            .await?;
        }
        let Some(organization) = organization else {
            w.skip(
                "Beratung",
                &c.meta,
                "kein Gremium angegeben und keines aus der Sitzung ableitbar",
            );
            continue;
        };
        w.put(
            "Beratungen",
            "consultation",
            "consultations",
            &c.meta,
            &[
                ("paper_id", V::I(Some(paper))),
                ("position", V::I(Some(c.position))),
                ("organization_id", V::I(Some(organization))),
                ("meeting_id", V::I(meeting)),
                ("agenda_item_id", V::I(item)),
                ("role", t(&c.role)),
                ("authoritative", flag(c.authoritative)),
            ],
        )
        .await?;
        if let Some(item) = item {
            sqlx::query("UPDATE agenda_items SET paper_id = $1 WHERE id = $2")
                .bind(paper)
                .bind(item)
                .execute(&mut **w.tx)
                .await?;
        }
    }
    Ok(())
}

/// Files with their content, where it could be fetched.
async fn write_files(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    let body_id = w.body_id;
    for f in &h.files {
        let paper = w.resolve("paper", f.paper.as_ref());
        let data: &[u8] = match (&f.data, w.step("file", &f.meta)) {
            (Some(d), _) => d,
            (None, Step::Insert | Step::Update(_)) => {
                w.skip("Datei", &f.meta, "Inhalt nicht abrufbar");
                continue;
            }
            (None, _) => &[],
        };
        use sha2::Digest;
        let sha = hex::encode(sha2::Sha256::digest(data));
        let mut columns = vec![
            ("body_id", V::I(Some(body_id))),
            ("paper_id", V::I(paper)),
            ("name", t(&f.name)),
            ("file_name", t(&f.file_name)),
            ("mime_type", t(&f.mime_type)),
        ];
        if f.data.is_some() {
            columns.push(("size", V::I(Some(data.len() as i64))));
            columns.push(("sha256", V::T(Some(&sha))));
            columns.push(("data", V::B(data)));
        }
        w.put("Dateien", "file", "files", &f.meta, &columns).await?;
    }
    Ok(())
}
