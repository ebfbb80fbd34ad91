//! The public list of a body's resolutions and what became of them, with its CSV and XLSX.
//! An entry shows where its agenda item and paper show: to everyone when both are public,
//! marked "nicht öffentlich" to those who read the body's non-public records, to no one
//! else. Linked measures are named by the same rule.

use super::{cells, csv, decided_in, xlsx};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::format::coded_label;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use crate::kit::upload::{attachment, csv_attachment};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::routing::get;
use std::collections::HashMap;
use teilhabe_domain::Date;
use teilhabe_domain::resolutions::{ResolutionKind, ResolutionStatus};
use teilhabe_domain::values::german_date;
use teilhabe_store::Body;
use teilhabe_store::resolutions::Resolution;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{key}/beschluesse", get(list))
        .route("/{key}/beschluesse.csv", get(list_csv))
        .route("/{key}/beschluesse.xlsx", get(list_xlsx))
}

/// One entry as the page shows it, its words in the page's language.
pub struct Row {
    pub entry: Resolution,
    pub kind: String,
    pub decided_in: String,
    pub lead: String,
    pub due: String,
    pub state: String,
    pub overdue: bool,
    /// (id, code and title) of the measures the reader may see.
    pub measures: Vec<(i64, String)>,
}

#[derive(Template)]
#[template(path = "resolutions/list.html")]
struct ListPage {
    layout: Layout,
    body: Body,
    german_left: bool,
    rows: Vec<Row>,
}

/// The body's entries the viewer may read, with the organisations' names.
async fn readable(
    app: &AppState,
    cx: &Context,
    key: &str,
) -> Result<(Body, bool, Vec<Resolution>, HashMap<i64, String>), HtmlError> {
    let body = app.store.body_by_key(key).await?;
    let reader = cx.viewer().reads_internal(body.id);
    let entries = app.store.resolutions(body.id, reader).await?;
    let orgs = app.store.organization_names(body.id).await?;
    Ok((body, reader, entries, orgs))
}

fn row(cx: &Context, r: Resolution, orgs: &HashMap<i64, String>, reader: bool, today: Date) -> Row {
    Row {
        kind: kind_words(cx, &r),
        decided_in: decided_in(&r),
        lead: r
            .lead_organization_id
            .and_then(|o| orgs.get(&o).cloned())
            .unwrap_or_default(),
        due: r.due_on.as_deref().map(german_date).unwrap_or_default(),
        state: state_words(cx, &r),
        overdue: r.attention(today).is_some_and(|a| a.code() == "overdue"),
        measures: r
            .measures
            .iter()
            .filter(|m| reader || m.public.0)
            .map(|m| {
                let code = m
                    .code
                    .as_deref()
                    .map(|c| format!("{c} "))
                    .unwrap_or_default();
                (m.id, format!("{code}{}", m.title))
            })
            .collect(),
        entry: r,
    }
}

/// The entry's kind in the page's language.
pub fn kind_words(cx: &Context, r: &Resolution) -> String {
    coded_label::<ResolutionKind>(cx, "resolution-kind", &r.kind)
}

/// The entry's state in the page's language: "offen", "erledigt am 22.03.2022",
/// "zurückgestellt bis 22.03.2027".
pub fn state_words(cx: &Context, r: &Resolution) -> String {
    match (r.status(), &r.done_on, &r.resubmission_on) {
        (ResolutionStatus::Done, Some(d), _) => {
            cx.tr_with("resolution-done-on", &[("date", german_date(d))])
        }
        (ResolutionStatus::Deferred, _, Some(d)) => {
            cx.tr_with("resolution-deferred-until", &[("date", german_date(d))])
        }
        _ => coded_label::<ResolutionStatus>(cx, "resolution-status", &r.status),
    }
}

async fn list(
    State(app): State<AppState>,
    cx: Context,
    Path(key): Path<String>,
) -> Result<Html<String>, HtmlError> {
    let (body, reader, entries, orgs) = readable(&app, &cx, &key).await?;
    let today = Date::today();
    let rows: Vec<Row> = entries
        .into_iter()
        .map(|r| row(&cx, r, &orgs, reader, today))
        .collect();
    let layout = Layout::translated(
        &cx,
        &format!("{} – {}", cx.tr("body-resolutions"), body.name),
    )
    .home()
    .crumb(format!("/{}", body.key), body.name.clone());
    let page = ListPage {
        layout,
        german_left: cx.lang() != "de" && !rows.is_empty(),
        body,
        rows,
    };
    Ok(Html(page.render()?))
}

/// The rows of the downloads: the same entries as the page, in German.
async fn download_rows(
    app: &AppState,
    cx: &Context,
    key: &str,
) -> Result<(Body, Vec<[String; 12]>), HtmlError> {
    let (body, reader, entries, orgs) = readable(app, cx, key).await?;
    let rows = entries
        .iter()
        .map(|r| {
            let lead = r
                .lead_organization_id
                .and_then(|o| orgs.get(&o).cloned())
                .unwrap_or_default();
            cells(r, &lead, reader)
        })
        .collect();
    Ok((body, rows))
}

async fn list_csv(
    State(app): State<AppState>,
    cx: Context,
    Path(key): Path<String>,
) -> Result<Response, HtmlError> {
    let (body, rows) = download_rows(&app, &cx, &key).await?;
    let bytes = csv(&rows);
    Ok(csv_attachment(
        bytes,
        &format!("{}-beschluesse.csv", body.key),
    ))
}

async fn list_xlsx(
    State(app): State<AppState>,
    cx: Context,
    Path(key): Path<String>,
) -> Result<Response, HtmlError> {
    let (body, rows) = download_rows(&app, &cx, &key).await?;
    let title = format!("Beschlussverfolgung – {}", body.name);
    let bytes =
        xlsx(&title, Date::today(), &rows).map_err(|e| HtmlError::Internal(e.to_string()))?;
    Ok(attachment(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("{}-beschluesse.xlsx", body.key),
    ))
}
