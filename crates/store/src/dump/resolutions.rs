//! Resolution tracking in the dump: each entry with its agenda item and paper by the
//! dump's numbers (agenda items numbered across all meetings), its lead organisation and
//! measures likewise. Its publicity is not written: it follows from the item and paper.

use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};
use std::collections::HashMap;

use super::Dump;
use crate::{Result, Store};
use teilhabe_domain::resolutions::{ResolutionKind, ResolutionStatus};
use teilhabe_domain::{Coded, FieldErrors};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpResolution {
    pub agenda_item: Option<usize>,
    pub paper: Option<usize>,
    pub kind: String,
    pub title: String,
    pub lead_organization: Option<usize>,
    pub due_on: Option<String>,
    pub resubmission_on: Option<String>,
    pub status: String,
    pub done_on: Option<String>,
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<usize>,
    pub created_at: String,
    pub modified_at: String,
}

/// The dump's numbers of what an entry refers to.
pub(super) struct Numbers<'a> {
    pub orgs: &'a HashMap<i64, usize>,
    pub measures: &'a HashMap<i64, usize>,
    pub items: &'a HashMap<i64, usize>,
    pub papers: &'a HashMap<i64, usize>,
}

/// Rows of the body's resolution tracking, children first (for `--replace`).
pub(super) const DELETE: [&str; 2] = [
    "DELETE FROM resolution_measures WHERE resolution_id IN (SELECT id FROM resolutions WHERE body_id = $1)",
    "DELETE FROM resolutions WHERE body_id = $1",
];

pub(super) fn validate(dump: &Dump, measure_count: usize, e: &mut FieldErrors) {
    let items: usize = dump.meetings.iter().map(|m| m.agenda_items.len()).sum();
    for (i, r) in dump.resolutions.iter().enumerate() {
        let at = format!("resolutions[{i}]");
        super::reference(e, &format!("{at}.agenda_item"), r.agenda_item, items);
        super::reference(e, &format!("{at}.paper"), r.paper, dump.papers.len());
        super::reference(
            e,
            &format!("{at}.lead_organization"),
            r.lead_organization,
            dump.organizations.len(),
        );
        for m in &r.measures {
            super::reference(e, &format!("{at}.measures"), Some(*m), measure_count);
        }
        if r.agenda_item.is_none() && r.paper.is_none() {
            e.add(
                &at,
                "Ein Beschluss gehört zu einem Tagesordnungspunkt oder einer Vorlage.",
            );
        }
        if r.title.trim().is_empty() {
            e.add(
                format!("{at}.title"),
                "Ein Beschluss braucht eine Bezeichnung.",
            );
        }
        if ResolutionKind::from_code(&r.kind).is_none() {
            e.add(
                format!("{at}.kind"),
                format!(
                    "„{}“ ist keine Art (resolution, review_request, deferral).",
                    r.kind
                ),
            );
        }
        match ResolutionStatus::from_code(&r.status) {
            None => e.add(
                format!("{at}.status"),
                format!(
                    "„{}“ ist kein Stand (open, in_progress, done, deferred).",
                    r.status
                ),
            ),
            Some(s) if (s == ResolutionStatus::Done) != r.done_on.is_some() => e.add(
                format!("{at}.done_on"),
                "Genau die erledigten Beschlüsse haben ein Erledigungsdatum.",
            ),
            Some(_) => {}
        }
        for (field, value) in [
            ("due_on", &r.due_on),
            ("resubmission_on", &r.resubmission_on),
            ("done_on", &r.done_on),
        ] {
            super::date(e, &format!("{at}.{field}"), value);
        }
    }
}

impl Store {
    /// The body's entries for its dump, in the order they were made.
    pub(super) async fn dump_resolutions(
        &self,
        body_id: i64,
        n: &Numbers<'_>,
    ) -> Result<Vec<DumpResolution>> {
        let mut all = self.resolutions(body_id, true).await?;
        all.sort_by_key(|r| r.id);
        let num = |map: &HashMap<i64, usize>, id: i64| map.get(&id).copied();
        Ok(all
            .into_iter()
            .map(|r| DumpResolution {
                agenda_item: r.agenda_item_id.and_then(|i| num(n.items, i)),
                paper: r.paper_id.and_then(|p| num(n.papers, p)),
                lead_organization: r.lead_organization_id.and_then(|o| num(n.orgs, o)),
                measures: r
                    .measures
                    .iter()
                    .filter_map(|m| num(n.measures, m.id))
                    .collect(),
                kind: r.kind,
                title: r.title,
                due_on: r.due_on,
                resubmission_on: r.resubmission_on,
                status: r.status,
                done_on: r.done_on,
                notes: r.notes,
                created_at: r.created_at,
                modified_at: r.modified_at,
            })
            .collect())
    }
}

/// Stores the dump's entries; the slices map dump numbers to new ids (index 0 unused).
pub(super) async fn import_resolutions(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    list: &[DumpResolution],
    ids: (&[i64], &[i64], &[i64], &[i64]),
) -> Result<()> {
    let (items, papers, orgs, measures) = ids;
    for r in list {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO resolutions (body_id, agenda_item_id, paper_id, kind, title, lead_organization_id, \
             due_on, resubmission_on, status, done_on, notes, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(body_id)
        .bind(r.agenda_item.map(|i| items[i]))
        .bind(r.paper.map(|p| papers[p]))
        .bind(&r.kind)
        .bind(&r.title)
        .bind(r.lead_organization.map(|o| orgs[o]))
        .bind(&r.due_on)
        .bind(&r.resubmission_on)
        .bind(&r.status)
        .bind(&r.done_on)
        .bind(&r.notes)
        .bind(&r.created_at)
        .bind(&r.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        for m in &r.measures {
            sqlx::query(
                "INSERT INTO resolution_measures (resolution_id, measure_id) VALUES ($1, $2)",
            )
            .bind(id)
            .bind(measures[*m])
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}
