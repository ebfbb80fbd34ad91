//! Revising a concept: the draft of the next version made from an old one in one
//! transaction, the decisions on the old version's measures, and the lineage that the
//! comparison of versions and a continued measure's history read.
//!
//! Carrying over copies rows with `INSERT … SELECT` per table, so a concept of 300 measures
//! is a dozen statements, and each copy keeps `carried_from_id`. Budget lines, milestones
//! and reports are not copied: the reports stay with the measure they were written for and
//! are read along the lineage; the new version plans its own years.

use std::collections::HashMap;

use crate::db::{id_list, now};
use crate::{Concept, Measure, ProgressReport, Result, Store, StoreError};
use sqlx::{Any, AssertSqlSafe, Transaction};
use teilhabe_domain::revision::{
    CarryDecision, Change, Difference, Item, ItemKind, MeasureCarry, SuccessorDraft, compare,
};
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, ConceptStatus, Priority, Scope, label_of};

/// What became of one measure of the version a draft was made from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct CarryOver {
    pub concept_id: i64,
    pub measure_id: i64,
    pub decision: String,
    pub reason: Option<String>,
    pub created_at: String,
}

impl CarryOver {
    pub fn decision(&self) -> Option<CarryDecision> {
        CarryDecision::from_code(&self.decision)
    }
}

/// The measures of a concept (for `IN (…)`), with the concept's id as `$1`.
const MEASURES_OF: &str = "SELECT m.id FROM measures m JOIN goals g ON g.id = m.goal_id \
     JOIN fields_of_action f ON f.id = g.field_id WHERE f.concept_id = $1";

/// The tables of a version's items with their kind, and how rows (`x`) are joined to their
/// concept (`… IN (concepts)` follows).
const ITEM_TABLES: [(&str, ItemKind, &str); 4] = [
    (
        "principles",
        ItemKind::Principle,
        "principles x WHERE x.concept_id",
    ),
    (
        "fields_of_action",
        ItemKind::Field,
        "fields_of_action x WHERE x.concept_id",
    ),
    (
        "goals",
        ItemKind::Goal,
        "goals x JOIN fields_of_action f ON f.id = x.field_id WHERE f.concept_id",
    ),
    (
        "measures",
        ItemKind::Measure,
        "measures x JOIN goals g ON g.id = x.goal_id JOIN fields_of_action f ON f.id = g.field_id WHERE f.concept_id",
    ),
];

impl Store {
    /// Makes the draft of the next version from `from_id`: its Leitbild summary,
    /// principles, fields, goals and the measures `d` continues or changes (with partners,
    /// target groups, indicator targets and translations), each remembering what it was
    /// carried from; and keeps every decision. Refused while another version that
    /// supersedes `from_id` is not yet adopted, and when the old version's measures are no
    /// longer those the form listed.
    pub async fn carry_over(&self, from_id: i64, d: &SuccessorDraft) -> Result<Concept> {
        let from = self.concept(from_id).await?;
        let mut tx = self.begin().await?;
        let pending: Option<(String, String)> = sqlx::query_as(
            "SELECT title, version_label FROM concepts WHERE supersedes_id = $1 AND status <> $2 AND status <> $3",
        )
        .bind(from_id)
        .bind(ConceptStatus::Adopted.code())
        .bind(ConceptStatus::Superseded.code())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((title, label)) = pending {
            return Err(StoreError::Refused(format!(
                "Die Fassung „{title}“ ({label}) soll diese Fassung schon ablösen und ist noch nicht beschlossen. Bitte arbeiten Sie in ihr weiter — oder löschen Sie sie, um neu zu beginnen."
            )));
        }
        let mut listed: Vec<i64> = d.measures.iter().map(|m| m.measure_id).collect();
        let mut present: Vec<i64> = sqlx::query_scalar(MEASURES_OF)
            .bind(from_id)
            .fetch_all(&mut *tx)
            .await?;
        listed.sort_unstable();
        present.sort_unstable();
        if listed != present {
            return Err(StoreError::Refused(
                "Die Maßnahmen der bisherigen Fassung haben sich geändert, während das Formular offen war. Bitte laden Sie es neu und entscheiden Sie noch einmal."
                    .into(),
            ));
        }
        let ts = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO concepts (body_id, title, kind, version_label, status, summary, supersedes_id, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        )
        .bind(from.body_id)
        .bind(&d.title)
        .bind(&from.kind)
        .bind(&d.version_label)
        .bind(ConceptStatus::Draft.code())
        .bind(&from.summary)
        .bind(from_id)
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await?;
        copy_items(&mut tx, from_id, id, d, &ts).await?;
        record_decisions(&mut tx, id, &d.measures, &ts).await?;
        copy_translations(&mut tx, from.body_id, from_id, id).await?;
        self.commit(tx).await?;
        self.concept(id).await
    }

    /// Records that items of `concept_id` continue items of the version it supersedes
    /// (`(kind, item, carried from)`), and what became of that version's measures: for
    /// versions typed in one after the other, as older ones were, rather than made by
    /// [`Store::carry_over`]. Anything outside those two versions is refused.
    pub async fn link_versions(
        &self,
        concept_id: i64,
        links: &[(ItemKind, i64, i64)],
        decisions: &[MeasureCarry],
    ) -> Result<()> {
        let concept = self.concept(concept_id).await?;
        let Some(from) = concept.supersedes_id else {
            return Err(StoreError::Refused(format!(
                "„{}“ ({}) löst keine andere Fassung ab.",
                concept.title, concept.version_label
            )));
        };
        let mut tx = self.begin().await?;
        let of = async |tx: &mut Transaction<'_, Any>,
                        kind: ItemKind,
                        c: i64|
               -> Result<Vec<i64>> {
            let (_, _, rows_of) = ITEM_TABLES
                .iter()
                .find(|t| t.1 == kind)
                .copied()
                .unwrap_or(ITEM_TABLES[0]);
            Ok(
                sqlx::query_scalar(AssertSqlSafe(format!("SELECT x.id FROM {rows_of} IN ($1)")))
                    .bind(c)
                    .fetch_all(&mut **tx)
                    .await?,
            )
        };
        for &(kind, item, carried_from) in links {
            if !of(&mut tx, kind, concept_id).await?.contains(&item)
                || !of(&mut tx, kind, from).await?.contains(&carried_from)
            {
                return Err(StoreError::Refused(format!(
                    "{} Nr. {item} und Nr. {carried_from} gehören nicht zu dieser und der abgelösten Fassung.",
                    kind.label()
                )));
            }
            let table = ITEM_TABLES
                .iter()
                .find(|t| t.1 == kind)
                .map_or("principles", |t| t.0);
            sqlx::query(AssertSqlSafe(format!(
                "UPDATE {table} SET carried_from_id = $1 WHERE id = $2"
            )))
            .bind(carried_from)
            .bind(item)
            .execute(&mut *tx)
            .await?;
        }
        let old_measures = of(&mut tx, ItemKind::Measure, from).await?;
        if let Some(m) = decisions
            .iter()
            .find(|m| !old_measures.contains(&m.measure_id))
        {
            return Err(StoreError::Refused(format!(
                "Die Maßnahme Nr. {} gehört nicht zur abgelösten Fassung.",
                m.measure_id
            )));
        }
        record_decisions(&mut tx, concept_id, decisions, &now()).await?;
        self.commit(tx).await
    }

    /// The decisions on the measures of the version `concept_id` was made from.
    pub async fn carry_overs(&self, concept_id: i64) -> Result<Vec<CarryOver>> {
        Ok(sqlx::query_as(
            "SELECT concept_id, measure_id, decision, reason, created_at FROM measure_carry_overs \
             WHERE concept_id = $1 ORDER BY measure_id",
        )
        .bind(concept_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Which item every carried item of the body's versions was carried from.
    pub async fn lineage(&self, body_id: i64) -> Result<HashMap<(ItemKind, i64), i64>> {
        let mut out = HashMap::new();
        for (_, kind, rows_of) in ITEM_TABLES {
            let sql = format!(
                "SELECT x.id, x.carried_from_id FROM {rows_of} IN (SELECT id FROM concepts WHERE body_id = $1) \
                 AND x.carried_from_id IS NOT NULL"
            );
            let rows: Vec<(i64, i64)> = sqlx::query_as(AssertSqlSafe(sql))
                .bind(body_id)
                .fetch_all(&self.pool)
                .await?;
            out.extend(rows.into_iter().map(|(id, from)| ((kind, id), from)));
        }
        Ok(out)
    }

    /// The measures a measure continues, nearest first, each with its version.
    pub async fn measure_predecessors(&self, measure_id: i64) -> Result<Vec<(Measure, Concept)>> {
        let mut out = Vec::new();
        let mut at = self.measure(measure_id).await?.carried_from_id;
        while let Some(id) = at {
            if out.iter().any(|(m, _): &(Measure, Concept)| m.id == id) || out.len() > 100 {
                break;
            }
            let m = self.measure(id).await?;
            let concept = self.concept_of_measure(id).await?;
            at = m.carried_from_id;
            out.push((m, concept));
        }
        Ok(out)
    }

    /// The approved reports of these measures (a measure and those it continues, for its
    /// whole history), newest first, each report once.
    pub async fn progress_reports_of(&self, measure_ids: &[i64]) -> Result<Vec<ProgressReport>> {
        if measure_ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {} FROM progress_reports r WHERE r.measure_id IN ({}) AND {} \
             ORDER BY r.reported_on DESC, r.id DESC",
            crate::measures::REPORT_COLUMNS,
            id_list(measure_ids),
            crate::measures::APPROVED
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }

    /// The measures that continue this one in later versions, each with its version.
    pub async fn measure_successors(&self, measure_id: i64) -> Result<Vec<(Measure, Concept)>> {
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM measures WHERE carried_from_id = $1 ORDER BY id")
                .bind(measure_id)
                .fetch_all(&self.pool)
                .await?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push((self.measure(id).await?, self.concept_of_measure(id).await?));
        }
        Ok(out)
    }

    /// A version's items as the comparison reads them, in plan order: principles, fields,
    /// goals, measures, each with the texts that make it (a measure also its lead, period,
    /// territory and priority, in German words). Non-public measures only
    /// `with_non_public`.
    pub async fn version_items(&self, concept_id: i64, with_non_public: bool) -> Result<Vec<Item>> {
        let concept = self.concept(concept_id).await?;
        let orgs = self.organization_names(concept.body_id).await?;
        self.items_of(concept_id, with_non_public, &orgs).await
    }

    /// [`Self::version_items`] with the body's organisations' names already read.
    async fn items_of(
        &self,
        concept_id: i64,
        with_non_public: bool,
        orgs: &HashMap<i64, String>,
    ) -> Result<Vec<Item>> {
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        let mut out = Vec::new();
        for p in self.principles(concept_id).await? {
            out.push(Item {
                kind: ItemKind::Principle,
                id: p.id,
                carried_from: p.carried_from_id,
                parent: None,
                title: p.title,
                texts: vec![("text", text(&p.text))],
            });
        }
        let fields = self.fields_of_action(concept_id).await?;
        let goals = self.goals_of_concept(concept_id).await?;
        let measures = self.measure_list_of_concept(concept_id).await?;
        for f in &fields {
            out.push(Item {
                kind: ItemKind::Field,
                id: f.id,
                carried_from: f.carried_from_id,
                parent: None,
                title: f.title.clone(),
                texts: vec![("description", text(&f.description))],
            });
        }
        // Goals and measures in the plan's order: field by field, goal by goal.
        for f in &fields {
            for g in goals.iter().filter(|g| g.field_id == f.id) {
                out.push(Item {
                    kind: ItemKind::Goal,
                    id: g.id,
                    carried_from: g.carried_from_id,
                    parent: Some(f.id),
                    title: g.title.clone(),
                    texts: vec![
                        ("description", text(&g.description)),
                        ("target_note", text(&g.target_note)),
                    ],
                });
            }
        }
        for f in &fields {
            for g in goals.iter().filter(|g| g.field_id == f.id) {
                for m in measures
                    .iter()
                    .filter(|m| m.goal_id == g.id && (with_non_public || m.public.0))
                {
                    out.push(measure_item(m, orgs));
                }
            }
        }
        Ok(out)
    }

    async fn concept_of_measure(&self, measure_id: i64) -> Result<Concept> {
        let id: i64 = sqlx::query_scalar(
            "SELECT f.concept_id FROM measures m JOIN goals g ON g.id = m.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id WHERE m.id = $1",
        )
        .bind(measure_id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("Maßnahme"))?;
        self.concept(id).await
    }
}

fn measure_item(m: &Measure, orgs: &HashMap<i64, String>) -> Item {
    let period = match (&m.start_date, &m.end_date) {
        (None, None) => String::new(),
        (start, end) => format!(
            "{} – {}",
            start.as_deref().map(german_date).unwrap_or_default(),
            end.as_deref().map(german_date).unwrap_or_default()
        ),
    };
    let scope = match &m.scope_detail {
        Some(d) => format!("{} ({d})", label_of::<Scope>(&m.scope)),
        None => label_of::<Scope>(&m.scope).to_owned(),
    };
    Item {
        kind: ItemKind::Measure,
        id: m.id,
        carried_from: m.carried_from_id,
        parent: Some(m.goal_id),
        title: m.title.clone(),
        texts: vec![
            ("code", m.code.clone().unwrap_or_default()),
            ("description", m.description.clone().unwrap_or_default()),
            (
                "lead",
                orgs.get(&m.lead_organization_id)
                    .cloned()
                    .unwrap_or_default(),
            ),
            ("period", period),
            ("scope", scope),
            ("priority", label_of::<Priority>(&m.priority).to_owned()),
        ],
    }
}

/// Keeps what became of the superseded version's measures with the version `concept_id`.
async fn record_decisions(
    tx: &mut Transaction<'_, Any>,
    concept_id: i64,
    decisions: &[MeasureCarry],
    ts: &str,
) -> Result<()> {
    for m in decisions {
        sqlx::query(
            "INSERT INTO measure_carry_overs (concept_id, measure_id, decision, reason, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(concept_id)
        .bind(m.measure_id)
        .bind(m.decision.code())
        .bind(&m.reason)
        .bind(ts)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Before an item is deleted: the items carried from it continue what it continued (the
/// lineage closes over the gap), and a measure's carry-over decisions go with it.
pub(crate) async fn forget_lineage(
    tx: &mut Transaction<'_, Any>,
    table: &str,
    id: i64,
) -> Result<()> {
    let sql = format!(
        "UPDATE {table} SET carried_from_id = (SELECT c.carried_from_id FROM (SELECT carried_from_id FROM {table} WHERE id = $1) c) \
         WHERE carried_from_id = $1"
    );
    sqlx::query(AssertSqlSafe(sql))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    if table == "measures" {
        sqlx::query("DELETE FROM measure_carry_overs WHERE measure_id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Copies the items of `from` into the draft `to`; the measures as `d` decides.
async fn copy_items(
    tx: &mut Transaction<'_, Any>,
    from: i64,
    to: i64,
    d: &SuccessorDraft,
    ts: &str,
) -> Result<()> {
    // Each statement reads the old version ($1) and writes into the new one ($2) at $3.
    let statements = [
        "INSERT INTO principles (concept_id, position, title, text, carried_from_id, created_at, modified_at) \
         SELECT $2, position, title, text, id, $3, $3 FROM principles WHERE concept_id = $1",
        "INSERT INTO fields_of_action (concept_id, position, title, description, carried_from_id, created_at, modified_at) \
         SELECT $2, position, title, description, id, $3, $3 FROM fields_of_action WHERE concept_id = $1",
        // A goal goes into the copy of its field.
        "INSERT INTO goals (field_id, position, title, description, target_note, carried_from_id, created_at, modified_at) \
         SELECT nf.id, g.position, g.title, g.description, g.target_note, g.id, $3, $3 \
         FROM goals g JOIN fields_of_action f ON f.id = g.field_id AND f.concept_id = $1 \
         JOIN fields_of_action nf ON nf.carried_from_id = f.id AND nf.concept_id = $2",
    ];
    for sql in statements {
        sqlx::query(sql)
            .bind(from)
            .bind(to)
            .bind(ts)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query(
        "INSERT INTO goal_indicators (goal_id, indicator_id, target_value, target_year, assumption) \
         SELECT ng.id, gi.indicator_id, gi.target_value, gi.target_year, gi.assumption FROM goal_indicators gi \
         JOIN goals ng ON ng.carried_from_id = gi.goal_id \
         JOIN fields_of_action nf ON nf.id = ng.field_id AND nf.concept_id = $1",
    )
    .bind(to)
    .execute(&mut **tx)
    .await?;
    let carried: Vec<i64> = d
        .measures
        .iter()
        .filter(|m| m.decision.carries())
        .map(|m| m.measure_id)
        .collect();
    if carried.is_empty() {
        return Ok(());
    }
    // A measure goes into the copy of its goal, with its status and progress: it goes on.
    let sql = format!(
        "INSERT INTO measures (goal_id, position, code, title, description, lead_organization_id, contact_person_id, \
         scope, scope_detail, start_date, end_date, priority, status, progress, public, report_interval_months, \
         carried_from_id, created_at, modified_at) \
         SELECT ng.id, m.position, m.code, m.title, m.description, m.lead_organization_id, m.contact_person_id, \
         m.scope, m.scope_detail, m.start_date, m.end_date, m.priority, m.status, m.progress, m.public, \
         m.report_interval_months, m.id, $2, $2 \
         FROM measures m JOIN goals ng ON ng.carried_from_id = m.goal_id \
         JOIN fields_of_action nf ON nf.id = ng.field_id AND nf.concept_id = $1 \
         WHERE m.id IN ({})",
        id_list(&carried)
    );
    sqlx::query(AssertSqlSafe(sql))
        .bind(to)
        .bind(ts)
        .execute(&mut **tx)
        .await?;
    for (table, column) in [
        ("measure_partners", "organization_id"),
        ("measure_target_groups", "target_group_id"),
    ] {
        let sql = format!(
            "INSERT INTO {table} (measure_id, {column}) SELECT nm.id, x.{column} FROM {table} x \
             JOIN measures nm ON nm.carried_from_id = x.measure_id WHERE nm.id IN ({MEASURES_OF})"
        );
        sqlx::query(AssertSqlSafe(sql))
            .bind(to)
            .execute(&mut **tx)
            .await?;
    }
    // The impact chain's assumption of a carried measure goes with it.
    let sql = format!(
        "INSERT INTO measure_assumptions (measure_id, assumption, modified_at) \
         SELECT nm.id, x.assumption, x.modified_at FROM measure_assumptions x \
         JOIN measures nm ON nm.carried_from_id = x.measure_id WHERE nm.id IN ({MEASURES_OF})"
    );
    sqlx::query(AssertSqlSafe(sql))
        .bind(to)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Copies the translations of the concept and its items to their copies in `to`; a
/// translation keeps the German text it was made from, so one whose item is then edited
/// shows as outdated.
async fn copy_translations(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    from: i64,
    to: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO content_translations (body_id, entity, record_id, field, lang, text, source, modified_at) \
         SELECT body_id, entity, $2, field, lang, text, source, modified_at FROM content_translations \
         WHERE entity = 'concepts' AND record_id = $1 AND body_id = $3",
    )
    .bind(from)
    .bind(to)
    .bind(body_id)
    .execute(&mut **tx)
    .await?;
    for (table, _, rows_of) in ITEM_TABLES {
        let sql = format!(
            "INSERT INTO content_translations (body_id, entity, record_id, field, lang, text, source, modified_at) \
             SELECT t.body_id, t.entity, x.id, t.field, t.lang, t.text, t.source, t.modified_at \
             FROM content_translations t JOIN {table} n ON n.carried_from_id = t.record_id AND t.entity = '{table}' \
             JOIN (SELECT x.id FROM {rows_of} IN ($1)) x ON x.id = n.id WHERE t.body_id = $2"
        );
        sqlx::query(AssertSqlSafe(sql))
            .bind(to)
            .bind(body_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

// ---- comparing two versions

/// Two versions compared: the differences, every item of both (for the titles of a moved
/// item's parents) and what became of a measure that is not in the newer version.
pub struct Comparison {
    pub old: Concept,
    pub new: Concept,
    pub differences: Vec<Difference>,
    /// Every item of both versions by kind and id, for the titles of moved items' parents.
    items: HashMap<(ItemKind, i64), Item>,
    /// The newer version's decisions on measures, by measure.
    decisions: HashMap<i64, CarryOver>,
}

impl Comparison {
    /// An item of either version.
    pub fn item(&self, kind: ItemKind, id: i64) -> Option<&Item> {
        self.items.get(&(kind, id))
    }

    /// For a measure that is not in the newer version: whether it ended (with the reason)
    /// or was dropped, when the newer version was made from the older one.
    pub fn decision(&self, d: &Difference) -> Option<(CarryDecision, Option<&str>)> {
        if d.kind != ItemKind::Measure || d.new.is_some() {
            return None;
        }
        let c = self.decisions.get(&d.old?)?;
        Some((c.decision()?, c.reason.as_deref()))
    }

    /// How many items of each kind were added, changed (also moved), and removed.
    pub fn counts(&self) -> Vec<(ItemKind, [usize; 3])> {
        ItemKind::ALL
            .iter()
            .map(|&kind| {
                let mut n = [0; 3];
                for d in self.differences.iter().filter(|d| d.kind == kind) {
                    n[match d.change() {
                        Change::Added => 0,
                        Change::Removed => 2,
                        _ => 1,
                    }] += 1;
                }
                (kind, n)
            })
            .collect()
    }
}

/// Two versions in the order of their validity: an adopted one before one that never was
/// (a draft), earlier adoptions first, then the one made first.
pub fn older_first(a: Concept, b: Concept) -> (Concept, Concept) {
    let key = |c: &Concept| (c.adopted_on.is_none(), c.adopted_on.clone(), c.id);
    if key(&a) <= key(&b) { (a, b) } else { (b, a) }
}

impl Store {
    /// The differences from `old` to `new` as a reader sees them: non-public measures
    /// only for a `reader` of the body's internal records.
    pub async fn comparison(&self, old: Concept, new: Concept, reader: bool) -> Result<Comparison> {
        let orgs = self.organization_names(old.body_id).await?;
        let before = self.items_of(old.id, reader, &orgs).await?;
        let after = self.items_of(new.id, reader, &orgs).await?;
        let lineage = self.lineage(old.body_id).await?;
        let decisions = self.carry_overs(new.id).await?;
        let differences = compare(&before, &after, &lineage);
        let items = before
            .into_iter()
            .chain(after)
            .map(|i| ((i.kind, i.id), i))
            .collect();
        Ok(Comparison {
            old,
            new,
            differences,
            items,
            decisions: decisions.into_iter().map(|c| (c.measure_id, c)).collect(),
        })
    }
}
