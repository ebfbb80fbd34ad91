//! The audit trail in the administration: per record (`/admin/{kind}/{id}/history`, for
//! those who manage its body) and for the whole server or one account (`/admin/audit`,
//! with CSV export, for the server's administrators).

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::layout::Layout;
use crate::kit::moved::moved;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Map, Value};
use teilhabe_domain::access::{Principal, Target};
use teilhabe_domain::spreadsheet::GermanCsv;
use teilhabe_store::accounts::table_of_kind;
use teilhabe_store::audit::{AuditEntry, AuditFilter};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{kind}/{id}/history", get(record_history))
        .route("/audit", get(server_log))
        .route("/{kind}/{id}/verlauf", moved("/verlauf", "/history"))
        .route("/protokoll", moved("/admin/protokoll", "/admin/audit"))
        .route("/protokoll.csv", moved("/admin/protokoll", "/admin/audit"))
        .route("/audit.csv", get(server_log_csv))
}

/// What the records of each audited table are called.
const LABELS: &[(&str, &str)] = &[
    ("bodies", "Körperschaft"),
    ("concepts", "Konzeptfassung"),
    ("principles", "Leitsatz"),
    ("fields_of_action", "Handlungsfeld"),
    ("goals", "Ziel"),
    ("measures", "Maßnahme"),
    ("target_groups", "Zielgruppe"),
    ("organizations", "Organisation"),
    ("persons", "Person"),
    ("meetings", "Sitzung"),
    ("agenda_items", "Tagesordnungspunkt"),
    ("papers", "Vorlage"),
    ("indicators", "Indikator"),
    ("reporting_cycles", "Berichtspflicht"),
    ("milestones", "Meilenstein"),
    ("reporting_rounds", "Berichtsabfrage"),
    ("resolutions", "Beschluss (Beschlussverfolgung)"),
    ("funding_programmes", "Förderprogramm"),
    ("funding_proofs", "Nachweisfrist"),
    ("outputs", "Output-Kennzahl"),
    ("measure_assumptions", "Wirkungsannahme einer Maßnahme"),
    ("alignment_notes", "Vereinbarte Aufgabenteilung"),
    ("peer_group_members", "Vergleichsgruppe"),
    ("output_values", "Gemeldeter Output"),
    ("participation_processes", "Beteiligungsprozess"),
    ("participation_events", "Beteiligungsformat"),
    ("contributions", "Beitrag"),
    ("surveys", "Befragung"),
    ("survey_questions", "Frage"),
];

/// One line of the trail as shown: what changed, field by field.
pub struct EntryView {
    pub at: String,
    pub who: String,
    pub action: &'static str,
    /// What kind of record, in German (translated on the page).
    pub what: String,
    /// Which one.
    pub number: Option<i64>,
    pub changes: Vec<(String, String, String)>,
}

fn label_of_table(table: &str) -> Option<&'static str> {
    LABELS
        .iter()
        .find(|(t, _)| *t == table)
        .map(|(_, label)| *label)
}

fn action_label(action: &str) -> &'static str {
    match action {
        "insert" => "angelegt",
        "update" => "geändert",
        "delete" => "gelöscht",
        "erase" => "personenbezogene Daten gelöscht (DSGVO)",
        _ => "?",
    }
}

fn who(e: &AuditEntry) -> String {
    let via = match e.via.as_str() {
        "web" => "Web",
        "api" => "API",
        "cli" => "Kommandozeile",
        "link" => "Berichtslink",
        _ => "System",
    };
    match (&e.login, e.user_id) {
        (Some(login), _) => format!("{login} ({via})"),
        (None, Some(id)) => format!("gelöschtes Konto #{id} ({via})"),
        (None, None) => via.to_owned(),
    }
}

fn text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "–".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The fields that differ between before and after (all of them for creates and deletes).
fn changes(e: &AuditEntry) -> Vec<(String, String, String)> {
    let parse = |s: &Option<String>| -> Map<String, Value> {
        s.as_deref()
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default()
    };
    let (before, after) = (parse(&e.before), parse(&e.after));
    let mut keys: Vec<&String> = before.keys().chain(after.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| !matches!(k.as_str(), "id" | "created_at" | "modified_at"))
        .filter(|k| before.get(*k) != after.get(*k))
        .map(|k| (k.clone(), text(before.get(k)), text(after.get(k))))
        .collect()
}

fn view(e: &AuditEntry) -> EntryView {
    let label = label_of_table(&e.entity).unwrap_or(e.entity.as_str());
    EntryView {
        at: e.at.replace('T', " ").trim_end_matches('Z').to_owned() + " UTC",
        who: who(e),
        action: action_label(&e.action),
        what: label.to_owned(),
        number: e.entity_id,
        changes: changes(e),
    }
}

#[derive(Template)]
#[template(path = "audit/admin_audit.html")]
struct AuditPage {
    layout: Layout,
    heading: String,
    intro: String,
    entries: Vec<EntryView>,
    csv: Option<String>,
}

/// The column that names the organization keeping a record of the table: what lets an
/// actor read its own non-public records.
const KEPT_BY: &[(&str, &str)] = &[
    ("measures", "lead_organization_id"),
    ("participation_events", "organizer_id"),
    ("contributions", "organization_id"),
];

/// Whether `p` may read one stored state of a row of `table`.
fn readable_state(p: &Principal, body_id: i64, table: &str, state: &str) -> bool {
    let Ok(Value::Object(row)) = serde_json::from_str::<Value>(state) else {
        return false;
    };
    let public = row.get("public").map(|v| match v {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_i64() != Some(0),
        _ => true,
    });
    let owner = KEPT_BY
        .iter()
        .find(|(t, _)| *t == table)
        .and_then(|(_, c)| row.get(*c))
        .and_then(Value::as_i64);
    p.reads_state(body_id, public, owner)
}

/// The lines of a history `p` may read: a history must not show an actor the text of
/// another organization's non-public contribution. A line is shown when every state it
/// shows (before, after) is readable and so is the record's latest state: a record written
/// in two steps passes through a state it never had for anyone (a new contribution is
/// public until the same transaction sets it internal), and one made internal later takes
/// its earlier texts with it.
fn readable_entries(p: &Principal, body_id: i64, entries: Vec<AuditEntry>) -> Vec<AuditEntry> {
    if p.reads_internal(body_id) {
        return entries;
    }
    // Newest first: the first line of a record holds its latest state.
    let mut latest: std::collections::HashMap<(String, Option<i64>), bool> = Default::default();
    for e in &entries {
        latest
            .entry((e.entity.clone(), e.entity_id))
            .or_insert_with(|| {
                e.after
                    .as_deref()
                    .or(e.before.as_deref())
                    .is_some_and(|s| readable_state(p, body_id, &e.entity, s))
            });
    }
    entries
        .into_iter()
        .filter(|e| {
            latest[&(e.entity.clone(), e.entity_id)]
                && [&e.before, &e.after]
                    .into_iter()
                    .flatten()
                    .all(|s| readable_state(p, body_id, &e.entity, s))
        })
        .collect()
}

async fn record_history(
    State(app): State<AppState>,
    cx: Context,
    Path((kind, id)): Path<(String, i64)>,
) -> Result<Html<String>, HtmlError> {
    let viewer = cx.viewer();
    let Some((table, label)) = table_of_kind(&kind).and_then(|t| Some((t, label_of_table(t)?)))
    else {
        return Err(HtmlError::NotFound);
    };
    let entries = app
        .store
        .audit_entries(&AuditFilter {
            record: Some((table.to_owned(), id)),
            limit: Some(500),
            ..Default::default()
        })
        .await?;
    let target = match app.store.target_of(&kind, id).await? {
        Some(t) => Some(t),
        None => app.store.target_of_deleted(&kind, id).await?,
    };
    if entries.is_empty() && target.is_none() {
        return Err(HtmlError::NotFound);
    }
    // The guard let the viewer open the record; what of its parts they may read decides
    // each line. Without a body (nothing left to tell it by), only the server's own see it.
    let entries: Vec<AuditEntry> = match (viewer.principal(), target) {
        (Some(p), _) if p.is_server_admin() => entries,
        (Some(p), Some(Target::Record { body_id, .. })) => readable_entries(p, body_id, entries),
        _ => Vec::new(),
    };
    let page = AuditPage {
        layout: Layout::admin(&cx, &format!("Änderungsverlauf: {label} #{id}")),
        heading: format!("Änderungsverlauf: {label} #{id}"),
        intro: "Jede Änderung an diesem Eintrag und seinen unmittelbaren Bestandteilen (etwa Haushaltszeilen, Sachstandsmeldungen, Partner), mit Zeitpunkt, Konto und geänderten Feldern. Das Protokoll kann nicht verändert werden.".into(),
        entries: entries.iter().map(view).collect(),
        csv: None,
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize, Default)]
struct LogQuery {
    #[serde(default)]
    konto: String,
    #[serde(default)]
    seit: String,
}

async fn filter_of(
    app: &AppState,
    q: &LogQuery,
    limit: Option<i64>,
) -> Result<AuditFilter, HtmlError> {
    let user_id = if q.konto.trim().is_empty() {
        None
    } else {
        Some(app.store.user_id(&q.konto).await?)
    };
    let since = match q.seit.trim() {
        "" => None,
        s => Some(
            teilhabe_domain::Date::parse(s)
                .map_err(HtmlError::Refused)?
                .iso(),
        ),
    };
    Ok(AuditFilter {
        record: None,
        user_id,
        since,
        limit,
    })
}

async fn server_log(
    State(app): State<AppState>,
    cx: Context,
    Query(q): Query<LogQuery>,
) -> Result<Html<String>, HtmlError> {
    let filter = filter_of(&app, &q, Some(500)).await?;
    let entries = app.store.audit_entries(&filter).await?;
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("konto", &q.konto)
        .append_pair("seit", &q.seit)
        .finish();
    let page = AuditPage {
        layout: Layout::admin(&cx, "Änderungsprotokoll"),
        heading: "Änderungsprotokoll".into(),
        intro: format!(
            "Die letzten {} Änderungen{}{} – angelegt, geändert, gelöscht, mit Konto und Weg (Web, API, Kommandozeile). Das Protokoll kann nicht verändert werden.",
            entries.len(),
            if q.konto.is_empty() {
                String::new()
            } else {
                format!(" von „{}“", q.konto.trim())
            },
            if q.seit.is_empty() {
                String::new()
            } else {
                format!(" seit {}", q.seit.trim())
            },
        ),
        entries: entries.iter().map(view).collect(),
        csv: Some(format!("/admin/audit.csv?{query}")),
    };
    Ok(Html(page.render()?))
}

/// The whole filtered trail as CSV (semicolons, UTF-8 with BOM for German Excel).
async fn server_log_csv(
    State(app): State<AppState>,
    Query(q): Query<LogQuery>,
) -> Result<Response, HtmlError> {
    let filter = filter_of(&app, &q, None).await?;
    let entries = app.store.audit_entries(&filter).await?;
    let mut out = GermanCsv::new([
        "id",
        "zeit",
        "konto_id",
        "konto",
        "weg",
        "tabelle",
        "eintrag",
        "uebergeordnet",
        "uebergeordnet_id",
        "aktion",
        "vorher",
        "nachher",
    ]);
    for e in &entries {
        let cells = [
            e.id.to_string(),
            e.at.clone(),
            e.user_id.map(|u| u.to_string()).unwrap_or_default(),
            e.login.clone().unwrap_or_default(),
            e.via.clone(),
            e.entity.clone(),
            e.entity_id.map(|i| i.to_string()).unwrap_or_default(),
            e.parent_entity.clone().unwrap_or_default(),
            e.parent_id.map(|i| i.to_string()).unwrap_or_default(),
            e.action.clone(),
            e.before.clone().unwrap_or_default(),
            e.after.clone().unwrap_or_default(),
        ];
        out.row(cells);
    }
    Ok(crate::kit::upload::csv_attachment(
        out.finish(),
        "aenderungsprotokoll.csv",
    ))
}
