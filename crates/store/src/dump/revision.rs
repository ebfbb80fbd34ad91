//! Revision in the dump: which item was carried from which (by their numbers among the
//! dump's items of that kind, in the order the dump lists them: concept by concept,
//! principles, then fields with their goals and measures), and what became of each
//! measure when a version was made from another.

use serde::{Deserialize, Serialize};
use sqlx::{Any, AssertSqlSafe, Transaction};

use super::Dump;
use crate::Result;
use teilhabe_domain::Coded;
use teilhabe_domain::FieldErrors;
use teilhabe_domain::revision::{CarryDecision, ItemKind};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpRevision {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<DumpCarried>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carry_overs: Vec<DumpCarryOver>,
}

impl DumpRevision {
    pub fn is_empty(&self) -> bool {
        self.lineage.is_empty() && self.carry_overs.is_empty()
    }
}

/// An item carried from an item of an earlier version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpCarried {
    /// `principle`, `field`, `goal` or `measure`.
    pub kind: String,
    pub item: usize,
    pub from: usize,
}

/// What became of a measure (of the version `concept` was made from).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpCarryOver {
    pub concept: usize,
    pub measure: usize,
    pub decision: String,
    pub reason: Option<String>,
    pub created_at: String,
}

fn kind_of(code: &str) -> Option<(usize, ItemKind, &'static str)> {
    ItemKind::ALL
        .into_iter()
        .enumerate()
        .find(|(_, k)| k.code() == code)
        .map(|(i, k)| (i, k, k.table()))
}

/// The items of each kind in the order a dump lists them, with what each was carried from
/// (database ids on export, new ids on import).
#[derive(Debug, Default)]
pub(super) struct ItemOrder {
    items: [Vec<(i64, Option<i64>)>; 4],
}

impl ItemOrder {
    pub(super) fn push(&mut self, kind: ItemKind, id: i64, carried_from: Option<i64>) {
        self.items[kind as usize].push((id, carried_from));
    }

    /// An item's number among the dump's items of its kind (from 1).
    pub(super) fn number_of(&self, kind: ItemKind, id: i64) -> Option<usize> {
        self.items[kind as usize]
            .iter()
            .position(|(x, _)| *x == id)
            .map(|i| i + 1)
    }

    /// The id of the item with this number among those of its kind.
    pub(super) fn id_of(&self, kind: ItemKind, number: usize) -> Option<i64> {
        number
            .checked_sub(1)
            .and_then(|i| self.items[kind as usize].get(i))
            .map(|(id, _)| *id)
    }

    /// The measures' ids in order.
    pub(super) fn measures(&self) -> impl Iterator<Item = i64> + '_ {
        self.items[ItemKind::Measure as usize]
            .iter()
            .map(|(id, _)| *id)
    }

    /// The dump's lineage: every carried item whose origin is in the dump too.
    pub(super) fn lineage(&self) -> Vec<DumpCarried> {
        let mut out = Vec::new();
        for (i, kind) in ItemKind::ALL.iter().enumerate() {
            let no = super::numbering(self.items[i].iter().map(|(id, _)| *id));
            for (id, from) in &self.items[i] {
                if let Some(from) = from.and_then(|f| no.get(&f)) {
                    out.push(DumpCarried {
                        kind: kind.code().to_owned(),
                        item: no[id],
                        from: *from,
                    });
                }
            }
        }
        out
    }
}

/// The number of items of each kind a dump holds, in [`ItemKind::ALL`] order.
fn counts(dump: &Dump) -> [usize; 4] {
    let mut n = [0; 4];
    for c in &dump.concepts {
        n[0] += c.principles.len();
        n[1] += c.fields_of_action.len();
        for f in &c.fields_of_action {
            n[2] += f.goals.len();
            n[3] += f.goals.iter().map(|g| g.measures.len()).sum::<usize>();
        }
    }
    n
}

pub(super) fn validate(dump: &Dump, e: &mut FieldErrors) {
    let n = counts(dump);
    for (i, c) in dump.revision.lineage.iter().enumerate() {
        let at = format!("revision.lineage[{i}]");
        match kind_of(&c.kind) {
            None => e.add(
                format!("{at}.kind"),
                format!(
                    "„{}“ ist keine Art: principle, field, goal oder measure.",
                    c.kind
                ),
            ),
            Some((k, _, _)) => {
                super::reference(e, &format!("{at}.item"), Some(c.item), n[k]);
                super::reference(e, &format!("{at}.from"), Some(c.from), n[k]);
                if c.item == c.from {
                    e.add(
                        format!("{at}.from"),
                        "Ein Eintrag kann nicht aus sich selbst hervorgehen.",
                    );
                }
            }
        }
    }
    for (i, c) in dump.revision.carry_overs.iter().enumerate() {
        let at = format!("revision.carry_overs[{i}]");
        super::reference(
            e,
            &format!("{at}.concept"),
            Some(c.concept),
            dump.concepts.len(),
        );
        super::reference(e, &format!("{at}.measure"), Some(c.measure), n[3]);
        match CarryDecision::from_code(&c.decision) {
            None => e.add(
                format!("{at}.decision"),
                format!(
                    "„{}“: erlaubt sind continue, change, end und drop.",
                    c.decision
                ),
            ),
            Some(CarryDecision::End) if c.reason.as_deref().is_none_or(|r| r.trim().is_empty()) => {
                e.add(
                    format!("{at}.reason"),
                    "Eine beendete Maßnahme braucht ihren Grund.",
                )
            }
            Some(_) => {}
        }
    }
}

/// Stores the dump's lineage and decisions; `order` holds the new ids in dump order and
/// `concepts` maps concept numbers to new ids.
pub(super) async fn import_revision(
    tx: &mut Transaction<'_, Any>,
    r: &DumpRevision,
    order: &ItemOrder,
    concepts: &[i64],
) -> Result<()> {
    for c in &r.lineage {
        let Some((k, _, table)) = kind_of(&c.kind) else {
            continue;
        };
        let (item, from) = (order.items[k][c.item - 1].0, order.items[k][c.from - 1].0);
        sqlx::query(AssertSqlSafe(format!(
            "UPDATE {table} SET carried_from_id = $1 WHERE id = $2"
        )))
        .bind(from)
        .bind(item)
        .execute(&mut **tx)
        .await?;
    }
    for c in &r.carry_overs {
        sqlx::query(
            "INSERT INTO measure_carry_overs (concept_id, measure_id, decision, reason, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(concepts[c.concept])
        .bind(order.items[3][c.measure - 1].0)
        .bind(&c.decision)
        .bind(&c.reason)
        .bind(&c.created_at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
