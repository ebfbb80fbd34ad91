//! A filled-in sheet compared with what is stored: per row what would change, every
//! problem with its sheet, row and column, and the checked changes themselves. Nothing is
//! stored here; the preview shows the comparison, the import stores its changes.

use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use teilhabe_domain::concepts::{MeasureDraft, ProgressReportDraft};
use teilhabe_domain::controlling::MilestoneDraft;
use teilhabe_domain::plan_sheet::{
    KEY_COLUMN, MEASURE_COLUMNS, MEASURE_KEY_COLUMN, MEASURES_SHEET, MILESTONE_COLUMNS,
    MILESTONES_SHEET, Problem, Sheet, column_of, parse_key, progress, status_code,
};
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, Date, FieldErrors, MeasureStatus, RawInput};
use teilhabe_store::plan_sheet::{Named, PlanChange};
use teilhabe_store::{Concept, Measure};

/// What one row changes, in words.
pub struct RowChanges {
    pub sheet: &'static str,
    pub row: u64,
    /// The measure (or milestone) the row is about.
    pub what: String,
    pub lines: Vec<String>,
}

pub struct Comparison {
    pub rows: Vec<RowChanges>,
    pub problems: Vec<Problem>,
    pub changes: Vec<PlanChange>,
    /// Leads of new measures that are no organisation of the body yet, as written: the
    /// coordinator assigns each to an existing one, or it is made.
    pub unknown: Vec<String>,
}

impl Comparison {
    /// A fingerprint of the changes and of what they change from: the import stores them
    /// only if the sheet, compared again, still gives exactly what the preview showed.
    pub fn fingerprint(&self) -> String {
        let mut h = std::hash::DefaultHasher::new();
        format!("{:?}", self.changes).hash(&mut h);
        // What the preview said about them, old values included.
        for r in &self.rows {
            (&r.what, &r.lines).hash(&mut h);
        }
        format!("{:016x}", h.finish())
    }
}

/// The measure's label in lists: "1.2 Sprachkurse".
fn label(m: &Measure) -> String {
    match &m.code {
        Some(c) => format!("{c} {}", m.title),
        None => m.title.clone(),
    }
}

/// The form errors of a parser, placed on their columns.
fn place(
    sheet: &Sheet,
    row: u64,
    columns: &[(&'static str, Option<&'static str>)],
    e: &FieldErrors,
) -> Vec<Problem> {
    e.iter()
        .map(|f| sheet.problem(row, column_of(columns, &f.field), f.message.clone()))
        .collect()
}

/// The key of a name: without case and surrounding spaces.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// What a new measure's row is placed under: the concept's fields of action and goals by
/// their (lower-case) titles, and the body's organisations by name, short name and the
/// coordinator's assignments.
struct Places {
    fields: HashMap<String, i64>,
    goals: HashMap<(i64, String), i64>,
    orgs: HashMap<String, i64>,
}

/// A field's title without the number the plan puts before it ("1. Sprache" → "sprache").
fn title_key(title: &str) -> String {
    let t = title.trim();
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    let t = match rest.strip_prefix(". ") {
        Some(r) if rest.len() < t.len() => r,
        _ => t,
    };
    name_key(t)
}

/// Compares `sheets` with the stored measures of `concept` on `today`; `assigned` maps
/// the names of unknown leads (by [`name_key`]) to the organisations the coordinator chose.
pub async fn compare(
    app: &AppState,
    concept: &Concept,
    sheets: &[Sheet],
    today: Date,
    assigned: &HashMap<String, i64>,
) -> Result<Comparison, HtmlError> {
    let measures: HashMap<i64, Measure> = app
        .store
        .measures_of_concept(concept.id)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let mut out = Comparison {
        rows: Vec::new(),
        problems: Vec::new(),
        changes: Vec::new(),
        unknown: Vec::new(),
    };
    let (plan, stones) = (
        sheets.iter().find(|s| s.name == MEASURES_SHEET),
        sheets.iter().find(|s| s.name == MILESTONES_SHEET),
    );
    if plan.is_none() && stones.is_none() {
        out.problems.push(Problem {
            sheet: sheets.first().map(|s| s.name.clone()).unwrap_or_default(),
            row: None,
            column: None,
            message: format!(
                "Die Datei hat weder ein Blatt „{MEASURES_SHEET}“ noch „{MILESTONES_SHEET}“. Bitte die Tabelle verwenden, die Teilhabe zum Ausfüllen herunterlädt."
            ),
        });
    }
    if let Some(sheet) = plan {
        let mut orgs: HashMap<String, i64> = app
            .store
            .organizations(concept.body_id)
            .await?
            .into_iter()
            .flat_map(|o| {
                let mut names = vec![(name_key(&o.name), o.id)];
                if let Some(s) = o.short_name.as_deref().filter(|s| !s.trim().is_empty()) {
                    names.push((name_key(s), o.id));
                }
                names
            })
            .collect();
        let existing: HashSet<i64> = orgs.values().copied().collect();
        orgs.extend(
            assigned
                .iter()
                .filter(|(_, id)| existing.contains(id))
                .map(|(n, id)| (n.clone(), *id)),
        );
        let fields: HashMap<String, i64> = app
            .store
            .fields_of_action(concept.id)
            .await?
            .into_iter()
            .map(|f| (title_key(&f.title), f.id))
            .collect();
        let goals = app
            .store
            .goals_of_concept(concept.id)
            .await?
            .into_iter()
            .map(|g| ((g.field_id, title_key(&g.title)), g.id))
            .collect();
        let places = Places {
            fields,
            goals,
            orgs,
        };
        measure_rows(sheet, &measures, &places, today, &mut out);
    }
    if let Some(sheet) = stones {
        let milestones = app
            .store
            .milestones_of_concept(concept.id)
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
        milestone_rows(sheet, &measures, &milestones, &mut out);
    }
    Ok(out)
}

/// The cell of `header` in `cells`, if the sheet has that column.
fn cell<'a>(
    cells: &'a [String],
    at: &[Option<usize>],
    columns: &[(&'static str, Option<&'static str>)],
    header: &str,
) -> Option<&'a str> {
    let i = columns.iter().position(|(h, _)| *h == header)?;
    at[i].map(|c| cells.get(c).map_or("", |s| s.trim()))
}

/// A date cell as the form would send it (empty stays empty).
fn date_cell(v: &str) -> String {
    Date::parse(v).map_or_else(|_| v.to_owned(), |d| d.iso())
}

fn measure_rows(
    sheet: &Sheet,
    measures: &HashMap<i64, Measure>,
    places: &Places,
    today: Date,
    out: &mut Comparison,
) {
    let orgs = &places.orgs;
    let at = match sheet.positions(&MEASURE_COLUMNS, &["Maßnahme"]) {
        Ok(at) => at,
        Err(p) => return out.problems.extend(p),
    };
    let mut seen = HashSet::new();
    for (row, cells) in &sheet.rows {
        let get = |h: &str| cell(cells, &at, &MEASURE_COLUMNS, h);
        let m = match parse_key(get(KEY_COLUMN).unwrap_or("")) {
            Err(e) => {
                out.problems.push(sheet.problem(*row, Some(KEY_COLUMN), e));
                continue;
            }
            Ok(None) => {
                new_measure(sheet, *row, &get, places, out);
                continue;
            }
            Ok(Some(id)) => match measures.get(&id) {
                None => {
                    out.problems.push(sheet.problem(
                        *row,
                        Some(KEY_COLUMN),
                        format!("Die Kennung {id} ist keine Maßnahme dieser Konzeptfassung."),
                    ));
                    continue;
                }
                Some(_) if !seen.insert(id) => {
                    out.problems.push(sheet.problem(
                        *row,
                        Some(KEY_COLUMN),
                        format!("Die Maßnahme mit der Kennung {id} steht zweimal in der Tabelle."),
                    ));
                    continue;
                }
                Some(m) => m,
            },
        };
        let mut lines = Vec::new();
        measure_fields(sheet, *row, m, &get, orgs, &mut lines, out);
        measure_report(sheet, *row, m, &get, today, &mut lines, out);
        if !lines.is_empty() {
            out.rows.push(RowChanges {
                sheet: MEASURES_SHEET,
                row: *row,
                what: label(m),
                lines,
            });
        }
    }
}

/// The measure's own fields the row changes.
fn measure_fields<'a>(
    sheet: &Sheet,
    row: u64,
    m: &Measure,
    get: &impl Fn(&str) -> Option<&'a str>,
    orgs: &HashMap<String, i64>,
    lines: &mut Vec<String>,
    out: &mut Comparison,
) {
    let before = crate::measures::measure_input(m);
    let mut after = before.clone();
    let mut changed = Vec::new();
    for (header, field) in MEASURE_COLUMNS.iter().take(9).skip(3) {
        let (Some(field), Some(value)) = (field, get(header)) else {
            continue;
        };
        let (new, shown_old, shown_new) = match *field {
            "lead_organization_id" => {
                let Some(id) = orgs.get(&value.to_lowercase()) else {
                    out.problems.push(sheet.problem(row, Some(*header), format!("„{value}“ ist keine Organisation dieser Körperschaft. Bitte den Namen so schreiben, wie ihn die Verwaltung führt.")));
                    continue;
                };
                (id.to_string(), String::new(), value.to_owned())
            }
            "start_date" | "end_date" => {
                let new = date_cell(value);
                let old = before.get(field).unwrap_or("").to_owned();
                (new.clone(), german_date(&old), german_date(&new))
            }
            _ => {
                let old = before.get(field).unwrap_or("").to_owned();
                (value.to_owned(), old, value.to_owned())
            }
        };
        if before.get(field).unwrap_or("") != new.trim() {
            after.set(*field, new);
            changed.push(if *field == "lead_organization_id" {
                format!("{header}: {shown_new}")
            } else {
                format!("{header}: „{shown_old}“ → „{shown_new}“")
            });
        }
    }
    if changed.is_empty() {
        return;
    }
    match MeasureDraft::parse(&after) {
        Ok(draft) => {
            out.changes.push(PlanChange::Measure { id: m.id, draft });
            lines.extend(changed);
        }
        Err(e) => out.problems.extend(place(sheet, row, &MEASURE_COLUMNS, &e)),
    }
}

/// The progress report the row brings: when status or progress differ from the stored
/// ones, or a new state of affairs is written.
fn measure_report<'a>(
    sheet: &Sheet,
    row: u64,
    m: &Measure,
    get: &impl Fn(&str) -> Option<&'a str>,
    today: Date,
    lines: &mut Vec<String>,
    out: &mut Comparison,
) {
    let status = match get("Status").filter(|s| !s.is_empty()) {
        None => m.status.clone(),
        Some(s) => match status_code(s) {
            Ok(code) => code.to_owned(),
            Err(e) => {
                out.problems.push(sheet.problem(row, Some("Status"), e));
                return;
            }
        },
    };
    let percent = get("Fortschritt (%)")
        .filter(|s| !s.is_empty())
        .map_or_else(|| m.progress.to_string(), progress);
    let narrative = get("Neuer Sachstand").unwrap_or("");
    if status == m.status && percent == m.progress.to_string() && narrative.is_empty() {
        return;
    }
    let reported_on = get("Stand vom")
        .filter(|s| !s.is_empty())
        .map_or_else(|| today.iso(), date_cell);
    let input = RawInput::from_pairs([
        ("reported_on", reported_on),
        ("status", status.clone()),
        ("progress", percent),
        ("narrative", narrative.to_owned()),
    ]);
    match ProgressReportDraft::parse(&input) {
        Ok(draft) => {
            let word = |code: &str| {
                MeasureStatus::from_code(code).map_or(code.to_owned(), |s| s.label().to_owned())
            };
            lines.push(format!(
                "Neue Sachstandsmeldung vom {}: {} → {}, {} % → {} %",
                draft.reported_on.german(),
                word(&m.status),
                word(&status),
                m.progress,
                draft.progress.value()
            ));
            out.changes.push(PlanChange::Report {
                measure_id: m.id,
                draft,
            });
        }
        Err(e) => out.problems.extend(place(sheet, row, &MEASURE_COLUMNS, &e)),
    }
}

fn milestone_rows(
    sheet: &Sheet,
    measures: &HashMap<i64, Measure>,
    milestones: &HashMap<i64, teilhabe_store::controlling::Milestone>,
    out: &mut Comparison,
) {
    let at = match sheet.positions(&MILESTONE_COLUMNS, &[KEY_COLUMN, MEASURE_KEY_COLUMN]) {
        Ok(at) => at,
        Err(p) => return out.problems.extend(p),
    };
    for (row, cells) in &sheet.rows {
        let get = |h: &str| cell(cells, &at, &MILESTONE_COLUMNS, h).unwrap_or("");
        let own = match parse_key(get(KEY_COLUMN)) {
            Err(e) => {
                out.problems.push(sheet.problem(*row, Some(KEY_COLUMN), e));
                continue;
            }
            Ok(own) => own,
        };
        let measure = match parse_key(get(MEASURE_KEY_COLUMN)) {
            Err(e) => {
                out.problems
                    .push(sheet.problem(*row, Some(MEASURE_KEY_COLUMN), e));
                continue;
            }
            Ok(None) => {
                out.problems.push(sheet.problem(
                    *row,
                    Some(MEASURE_KEY_COLUMN),
                    "Bitte die Kennung der Maßnahme angeben.",
                ));
                continue;
            }
            Ok(Some(m)) => m,
        };
        let Some(m) = measures.get(&measure) else {
            out.problems.push(sheet.problem(
                *row,
                Some(MEASURE_KEY_COLUMN),
                format!("Die Kennung {measure} ist keine Maßnahme dieser Konzeptfassung."),
            ));
            continue;
        };
        let old = match own.map(|id| milestones.get(&id).filter(|s| s.measure_id == m.id)) {
            Some(None) => {
                out.problems.push(sheet.problem(
                    *row,
                    Some(KEY_COLUMN),
                    "Diesen Meilenstein gibt es bei dieser Maßnahme nicht.",
                ));
                continue;
            }
            Some(Some(s)) => Some(s),
            None => None,
        };
        let input = RawInput::from_pairs([
            ("title", get("Meilenstein").to_owned()),
            ("due_on", date_cell(get("Zu erreichen bis"))),
            ("done_on", date_cell(get("Erreicht am"))),
        ]);
        let unchanged = old.is_some_and(|s| {
            s.title == input.get("title").unwrap_or("")
                && s.due_on == input.get("due_on").unwrap_or("")
                && s.done_on.as_deref().unwrap_or("") == input.get("done_on").unwrap_or("")
        });
        if unchanged {
            continue;
        }
        match MilestoneDraft::parse(&input) {
            Ok(draft) => {
                let what = match old {
                    Some(_) => "geändert",
                    None => "neu",
                };
                out.rows.push(RowChanges {
                    sheet: MILESTONES_SHEET,
                    row: *row,
                    what: label(m),
                    lines: vec![format!(
                        "Meilenstein {what}: „{}“, zu erreichen bis {}{}",
                        draft.title,
                        draft.due_on.german(),
                        draft
                            .done_on
                            .map(|d| format!(", erreicht am {}", d.german()))
                            .unwrap_or_default()
                    )],
                });
                out.changes.push(PlanChange::Milestone {
                    id: own,
                    measure_id: m.id,
                    draft,
                });
            }
            Err(e) => out
                .problems
                .extend(place(sheet, *row, &MILESTONE_COLUMNS, &e)),
        }
    }
}

/// A row without a key: a new measure, under its field of action and goal (made if the
/// concept has none by that title), led by its organisation (made if the coordinator does
/// not assign the name to an existing one).
fn new_measure<'a>(
    sheet: &Sheet,
    row: u64,
    get: &impl Fn(&str) -> Option<&'a str>,
    places: &Places,
    out: &mut Comparison,
) {
    let text = |h: &str| get(h).unwrap_or("").trim().to_owned();
    let (field, goal, lead) = (text("Handlungsfeld"), text("Ziel"), text("Federführung"));
    let mut missing = false;
    for (header, value) in [
        ("Handlungsfeld", &field),
        ("Ziel", &goal),
        ("Federführung", &lead),
    ] {
        if value.is_empty() {
            out.problems.push(sheet.problem(
                row,
                Some(header),
                "Eine neue Maßnahme braucht hier einen Eintrag.",
            ));
            missing = true;
        }
    }
    if missing {
        return;
    }
    let field_ref = match places.fields.get(&title_key(&field)) {
        Some(id) => Named::Existing(*id),
        None => Named::New(field.clone()),
    };
    let goal_ref = match &field_ref {
        Named::Existing(f) => places
            .goals
            .get(&(*f, title_key(&goal)))
            .map_or_else(|| Named::New(goal.clone()), |g| Named::Existing(*g)),
        Named::New(_) => Named::New(goal.clone()),
    };
    let lead_ref = if let Some(id) = places.orgs.get(&name_key(&lead)) {
        Named::Existing(*id)
    } else {
        if !out.unknown.iter().any(|u| name_key(u) == name_key(&lead)) {
            out.unknown.push(lead.clone());
        }
        Named::New(lead.clone())
    };
    let status = match get("Status").filter(|s| !s.is_empty()).map(status_code) {
        None => Ok(MeasureStatus::Planned.code()),
        Some(r) => r,
    };
    let status = match status {
        Ok(s) => s,
        Err(e) => return out.problems.push(sheet.problem(row, Some("Status"), e)),
    };
    let input = RawInput::from_pairs([
        ("code", text("Nr.")),
        ("title", text("Maßnahme")),
        ("description", text("Beschreibung")),
        // The lead is set when stored (a new organisation has no id yet).
        (
            "lead_organization_id",
            match &lead_ref {
                Named::Existing(id) => id.to_string(),
                Named::New(_) => "1".to_owned(),
            },
        ),
        ("scope", "county".to_owned()),
        ("priority", "medium".to_owned()),
        ("status", status.to_owned()),
        (
            "progress",
            get("Fortschritt (%)")
                .filter(|s| !s.is_empty())
                .map_or_else(|| "0".to_owned(), progress),
        ),
        ("start_date", date_cell(&text("Beginn"))),
        ("end_date", date_cell(&text("Ende"))),
        ("public", "1".to_owned()),
    ]);
    match MeasureDraft::parse(&input) {
        Ok(draft) => {
            let new = |n: &Named| {
                if matches!(n, Named::New(_)) {
                    " (neu)"
                } else {
                    ""
                }
            };
            out.rows.push(RowChanges {
                sheet: MEASURES_SHEET,
                row,
                what: text("Maßnahme"),
                lines: vec![format!(
                    "Neue Maßnahme: Handlungsfeld „{field}“{}, Ziel „{goal}“{}, federführend „{lead}“{}",
                    new(&field_ref),
                    new(&goal_ref),
                    new(&lead_ref)
                )],
            });
            out.changes.push(PlanChange::NewMeasure {
                field: field_ref,
                goal: goal_ref,
                lead: lead_ref,
                draft,
            });
        }
        Err(e) => out.problems.extend(place(sheet, row, &MEASURE_COLUMNS, &e)),
    }
}
