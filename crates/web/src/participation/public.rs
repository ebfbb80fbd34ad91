//! Participation in the portal: where each process stands, its events and who was reached
//! (as a table and a chart), and per event what became of the contributions raised there.
//! Non-public events and contributions appear only to those who read the body's non-public
//! records (its coordinators and council members), marked as such.

use std::collections::HashMap;

use crate::kit::charts::{bar_chart, de_number};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::format::{coded_label, date_de, scope_label};
use crate::kit::layout::{Layout, Texts};
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use teilhabe_domain::participation::{
    ContributionKind, ContributionStatus, EventFormat, Phase, Uptake, current_phase,
};
use teilhabe_domain::{Coded, Date};
use teilhabe_store::participation::{Contribution, Event};
use teilhabe_store::{Body, Store};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{key}/beteiligung", get(overview))
        .route("/{key}/beteiligung/{id}", get(event_page))
}

pub struct PhaseRow {
    pub label: String,
    pub period: String,
    pub note: String,
    pub current: bool,
}

pub struct FormatRow {
    pub label: String,
    pub events: usize,
    pub participants: i64,
    pub shown: String,
    pub groups: String,
}

pub struct EventRow {
    pub id: i64,
    pub date: String,
    pub format: String,
    pub title: String,
    pub place: String,
    pub participants: String,
    pub contributions: usize,
    pub public: bool,
}

/// What became of the contributions of one format or target group.
pub struct UptakeRow {
    pub label: String,
    pub total: usize,
    pub taken: usize,
    pub not_taken: usize,
    /// The share taken up among those decided, as a percentage ("–" while none is).
    pub share: String,
}

fn uptake_row(label: String, u: Uptake) -> UptakeRow {
    UptakeRow {
        label,
        total: u.total,
        taken: u.taken,
        not_taken: u.not_taken,
        share: u.share().map_or_else(
            || "–".to_owned(),
            |s| format!("{} %", de_number(s * 100.0, 0)),
        ),
    }
}

pub struct ProcessView {
    pub id: i64,
    pub title: String,
    pub description: Option<String>,
    pub concept: (String, String),
    pub current: Option<String>,
    pub phases: Vec<PhaseRow>,
    pub formats: Vec<FormatRow>,
    pub chart: String,
    pub events: Vec<EventRow>,
    pub taken: usize,
    pub not_taken: usize,
    pub open: usize,
    /// The share taken up per format and per target group: (caption, by group, rows).
    pub uptake: Vec<(String, bool, Vec<UptakeRow>)>,
}

#[derive(Template)]
#[template(path = "participation/participation.html")]
struct OverviewPage {
    layout: Layout,
    texts: Texts,
    german_left: bool,
    body: Body,
    processes: Vec<ProcessView>,
}

fn period(cx: &Context, start: Option<Date>, end: Option<Date>) -> String {
    crate::kit::format::period_de(cx, &start.map(|d| d.iso()), &end.map(|d| d.iso()))
}

/// Places: the text given, or the planning area's name.
async fn area_names(store: &Store, body_id: i64) -> Result<HashMap<i64, String>, HtmlError> {
    Ok(store
        .planning_areas(body_id)
        .await?
        .into_iter()
        .map(|(a, _)| (a.id, a.name))
        .collect())
}

async fn group_names(store: &Store, body_id: i64) -> Result<HashMap<i64, String>, HtmlError> {
    Ok(store
        .target_groups(body_id)
        .await?
        .into_iter()
        .map(|g| (g.id, g.name))
        .collect())
}

/// Who was reached how often, per format: the rows and their chart.
fn formats(
    cx: &Context,
    process_id: i64,
    events: &[Event],
    groups: &HashMap<i64, String>,
) -> (Vec<FormatRow>, String) {
    let mut formats = Vec::new();
    for &f in EventFormat::ALL {
        let of: Vec<&Event> = events.iter().filter(|e| e.format == f.code()).collect();
        if of.is_empty() {
            continue;
        }
        let mut reached: Vec<&str> = Vec::new();
        for e in &of {
            for (g, _) in &e.participants {
                if let Some(name) = groups.get(g)
                    && !reached.contains(&name.as_str())
                {
                    reached.push(name);
                }
            }
        }
        let participants: i64 = of.iter().map(|e| e.participants()).sum();
        formats.push(FormatRow {
            label: coded_label::<EventFormat>(cx, "event-format", f.code()),
            events: of.len(),
            participants,
            shown: de_number(participants as f64, 0),
            groups: reached.join(", "),
        });
    }
    let bars: Vec<(String, Option<f64>, String)> = formats
        .iter()
        .map(|f| {
            (
                f.label.clone(),
                Some(f.participants as f64),
                f.shown.clone(),
            )
        })
        .collect();
    let chart = if bars.is_empty() {
        String::new()
    } else {
        bar_chart(
            &format!("struktur-{process_id}"),
            &cx.tr("participation-chart-title"),
            &cx.tr("participation-formats"),
            &bars,
        )
    };
    (formats, chart)
}

/// The contributions' uptake per format (of their event) and per target group (they name),
/// in the order of the formats and of the groups' names.
fn uptake(
    cx: &Context,
    events: &[Event],
    contributions: &[Contribution],
    groups: &HashMap<i64, String>,
) -> (Vec<UptakeRow>, Vec<UptakeRow>) {
    let mut by_format: HashMap<&str, Uptake> = HashMap::new();
    let mut by_group: HashMap<i64, Uptake> = HashMap::new();
    for c in contributions {
        if let Some(e) = events.iter().find(|e| e.id == c.event_id) {
            by_format
                .entry(e.format.as_str())
                .or_default()
                .add(&c.status);
        }
        for g in &c.target_group_ids {
            by_group.entry(*g).or_default().add(&c.status);
        }
    }
    let formats = EventFormat::ALL
        .iter()
        .filter_map(|f| {
            let u = by_format.get(f.code())?;
            Some(uptake_row(
                coded_label::<EventFormat>(cx, "event-format", f.code()),
                *u,
            ))
        })
        .collect();
    let mut named: Vec<(String, Uptake)> = by_group
        .into_iter()
        .filter_map(|(g, u)| Some((groups.get(&g)?.clone(), u)))
        .collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let groups = named
        .into_iter()
        .map(|(name, u)| uptake_row(name, u))
        .collect();
    (formats, groups)
}

/// "12.05.2018", or "01.02.2018 – 30.04.2018" for an event over several days.
fn event_dates(e: &Event) -> String {
    match &e.end_date {
        Some(end) if *end != e.start_date => format!(
            "{} – {}",
            date_de(&Some(e.start_date.clone())),
            date_de(&Some(end.clone()))
        ),
        _ => date_de(&Some(e.start_date.clone())),
    }
}

fn place_of(cx: &Context, e: &Event, areas: &HashMap<i64, String>) -> String {
    let area = e
        .planning_area_id
        .and_then(|a| areas.get(&a))
        .map(|a| format!("{} {a}", scope_label(cx, "planning_area")));
    match (&e.place, area) {
        (Some(p), Some(a)) => format!("{p} ({a})"),
        (Some(p), None) => p.clone(),
        (None, Some(a)) => a,
        (None, None) => String::new(),
    }
}

async fn overview(
    State(app): State<AppState>,
    cx: Context,
    Path(key): Path<String>,
) -> Result<Html<String>, HtmlError> {
    let viewer = cx.viewer();
    let body = app.store.body_by_key(&key).await?;
    let reader = viewer.reads_internal(body.id);
    let groups = group_names(&app.store, body.id).await?;
    let areas = area_names(&app.store, body.id).await?;
    let today = Date::today();
    let mut processes = Vec::new();
    for p in app.store.processes_of_body(body.id).await? {
        let concept = app.store.concept(p.concept_id).await?;
        let phases = app.store.phases(p.id).await?;
        let current = current_phase(&phases, today);
        let events: Vec<Event> = app
            .store
            .events(p.id)
            .await?
            .into_iter()
            .filter(|e| e.public.0 || reader)
            .collect();
        let contributions: Vec<Contribution> = app
            .store
            .contributions_of_process(p.id)
            .await?
            .into_iter()
            .filter(|c| (c.public.0 || reader) && events.iter().any(|e| e.id == c.event_id))
            .collect();
        let (formats, chart) = formats(&cx, p.id, &events, &groups);
        let (uptake_formats, uptake_groups) = uptake(&cx, &events, &contributions, &groups);
        let count = |s: ContributionStatus| {
            contributions
                .iter()
                .filter(|c| c.status == s.code())
                .count()
        };
        processes.push(ProcessView {
            id: p.id,
            title: p.title,
            description: p.description,
            concept: (
                format!("/{}/konzepte/{}", body.key, concept.id),
                format!("{} ({})", concept.title, concept.version_label),
            ),
            current: current.map(|c| coded_label::<Phase>(&cx, "phase", c.code())),
            phases: Phase::ALL
                .iter()
                .filter_map(|ph| phases.iter().find(|x| x.phase == *ph))
                .map(|x| PhaseRow {
                    label: coded_label::<Phase>(&cx, "phase", x.phase.code()),
                    period: period(&cx, x.start, x.end),
                    note: x.note.clone().unwrap_or_default(),
                    current: Some(x.phase) == current,
                })
                .collect(),
            formats,
            chart,
            events: events
                .iter()
                .map(|e| EventRow {
                    id: e.id,
                    date: event_dates(e),
                    format: coded_label::<EventFormat>(&cx, "event-format", &e.format),
                    title: e.title.clone(),
                    place: place_of(&cx, e, &areas),
                    participants: match e.participants() {
                        0 => "–".into(),
                        n => de_number(n as f64, 0),
                    },
                    contributions: contributions.iter().filter(|c| c.event_id == e.id).count(),
                    public: e.public.0,
                })
                .collect(),
            taken: count(ContributionStatus::Taken),
            not_taken: count(ContributionStatus::NotTaken),
            open: count(ContributionStatus::Open),
            uptake: [
                (
                    cx.tr("participation-uptake-by-format"),
                    false,
                    uptake_formats,
                ),
                (cx.tr("participation-uptake-by-group"), true, uptake_groups),
            ]
            .into_iter()
            .filter(|(_, _, rows)| !rows.is_empty())
            .collect(),
        });
    }
    let layout = Layout::translated(&cx, &cx.tr("body-participation"))
        .crumb(format!("/{}", body.key), body.name.clone());
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let german_left = texts.german_left(processes.iter().flat_map(|p| {
        [
            ("participation_processes", p.id, "title", p.title.as_str()),
            (
                "participation_processes",
                p.id,
                "description",
                p.description.as_deref().unwrap_or(""),
            ),
        ]
        .into_iter()
        .chain(
            p.events
                .iter()
                .map(|e| ("participation_events", e.id, "title", e.title.as_str())),
        )
    }));
    Ok(Html(
        OverviewPage {
            layout,
            texts,
            german_left,
            body,
            processes,
        }
        .render()?,
    ))
}

pub struct ContributionView {
    pub id: i64,
    pub kind: String,
    pub text: String,
    pub fields: String,
    pub groups: String,
    pub status: String,
    pub status_code: String,
    pub measures: Vec<(String, String)>,
    pub reason: Option<String>,
    pub public: bool,
}

#[derive(Template)]
#[template(path = "participation/participation_event.html")]
struct EventPage {
    layout: Layout,
    texts: Texts,
    german_left: bool,
    event: Event,
    format: String,
    date: String,
    place: String,
    organizer: Option<String>,
    participants: Vec<(String, i64)>,
    total: i64,
    contributions: Vec<ContributionView>,
    /// Public documentation: (link, title, file name).
    files: Vec<(String, String, String)>,
    back: String,
}

async fn event_page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
) -> Result<Html<String>, HtmlError> {
    let viewer = cx.viewer();
    let body = app.store.body_by_key(&key).await?;
    let event = app.store.event(id).await?;
    let reader = viewer.reads_internal(body.id);
    if !(event.public.0 || reader)
        || app.store.body_id_of_process(event.process_id).await? != body.id
    {
        return Err(HtmlError::NotFound);
    }
    let process = app.store.process(event.process_id).await?;
    let groups = group_names(&app.store, body.id).await?;
    let fields: HashMap<i64, String> = app
        .store
        .fields_of_action(process.concept_id)
        .await?
        .into_iter()
        .map(|f| (f.id, f.title))
        .collect();
    let areas = area_names(&app.store, body.id).await?;
    let mut contributions = Vec::new();
    for c in app
        .store
        .contributions_of_event(id)
        .await?
        .into_iter()
        .filter(|c| c.public.0 || reader)
    {
        let mut measures = Vec::new();
        for m in &c.measure_ids {
            let measure = app.store.measure(*m).await?;
            // A measure that is not public is named without a link and without its title.
            if measure.public.0 || reader {
                let title = match &measure.code {
                    Some(code) => format!("{code} {}", measure.title),
                    None => measure.title.clone(),
                };
                measures.push((format!("/{}/massnahmen/{}", body.key, measure.id), title));
            }
        }
        let name = |map: &HashMap<i64, String>, ids: &[i64]| {
            ids.iter()
                .filter_map(|i| map.get(i).cloned())
                .collect::<Vec<_>>()
                .join(", ")
        };
        contributions.push(ContributionView {
            id: c.id,
            kind: coded_label::<ContributionKind>(&cx, "contribution-kind", &c.kind),
            fields: name(&fields, &c.field_ids),
            groups: name(&groups, &c.target_group_ids),
            status: coded_label::<ContributionStatus>(&cx, "contribution-status", &c.status),
            status_code: c.status.clone(),
            measures,
            reason: c.reason.clone(),
            public: c.public.0,
            text: c.text,
        });
    }
    let organizer = match event.organizer_id {
        Some(o) => Some(app.store.organization(o).await?.name),
        None => None,
    };
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let german_left = texts.german_left(
        [
            (
                "participation_events",
                event.id,
                "title",
                event.title.as_str(),
            ),
            (
                "participation_events",
                event.id,
                "description",
                event.description.as_deref().unwrap_or(""),
            ),
        ]
        .into_iter()
        .chain(contributions.iter().flat_map(|c| {
            [
                ("contributions", c.id, "text", c.text.as_str()),
                (
                    "contributions",
                    c.id,
                    "reason",
                    c.reason.as_deref().unwrap_or(""),
                ),
            ]
        })),
    );
    let layout = Layout::translated(
        &cx,
        &texts.plain("participation_events", event.id, "title", &event.title),
    )
    .crumb(format!("/{}", body.key), body.name.clone())
    .crumb(
        format!("/{}/beteiligung", body.key),
        cx.tr("body-participation"),
    );
    let page = EventPage {
        format: coded_label::<EventFormat>(&cx, "event-format", &event.format),
        date: event_dates(&event),
        place: place_of(&cx, &event, &areas),
        organizer,
        participants: event
            .participants
            .iter()
            .map(|(g, c)| (groups.get(g).cloned().unwrap_or_default(), *c))
            .collect(),
        total: event.participants(),
        contributions,
        files: app
            .store
            .files_of_event(id)
            .await?
            .into_iter()
            .filter(|f| f.public.0)
            .map(|f| {
                let encoded: String =
                    form_urlencoded::byte_serialize(f.file_name.as_bytes()).collect();
                (
                    format!(
                        "/{}/dateien/{}/{}",
                        body.key,
                        f.id,
                        encoded.replace('+', "%20")
                    ),
                    f.name,
                    f.file_name,
                )
            })
            .collect(),
        back: format!("/{}/beteiligung", body.key),
        layout,
        texts,
        german_left,
        event,
    };
    Ok(Html(page.render()?))
}
