//! Participation in the administration: processes with their phases, events of every format
//! with participant counts, contributions with their classification (fields of action
//! suggested from keyword stems, with the reason shown) and their fate, and the stems.

use crate::concepts::{concept_and_body, concept_href, concept_layout};
use crate::kit::auth::Viewer;
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::opt;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::format::date_de;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::participation::{
    ContributionDraft, ContributionKind, ContributionStatus, EventDraft, EventFormat, Phase,
    ProcessDraft, parse_phases, suggest_fields,
};
use teilhabe_domain::{Coded, FieldErrors, RawInput, label_of};
use teilhabe_store::participation::{Contribution, Event, Process};
use teilhabe_store::{Body, Concept, StoreError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/concepts/{id}/processes/new",
            get(process_new).post(process_create),
        )
        .route("/concepts/{id}/keywords", get(keywords).post(keywords_save))
        .route("/processes/{id}", get(process_page))
        .route(
            "/processes/{id}/edit",
            get(process_edit).post(process_update),
        )
        .route("/processes/{id}/phases", post(phases_save))
        .route("/processes/{id}/delete", post(process_delete))
        .route(
            "/processes/{id}/events/new",
            get(event_new).post(event_create),
        )
        .route("/events/{id}", get(event_page))
        .route("/events/{id}/edit", get(event_edit).post(event_update))
        .route("/events/{id}/delete", post(event_delete))
        .route(
            "/events/{id}/files",
            post(event_file_upload).layer(axum::extract::DefaultBodyLimit::max(
                teilhabe_domain::files::MAX_FILE_BYTES + 1024 * 1024,
            )),
        )
        .route(
            "/events/{id}/contributions/new",
            get(contribution_new).post(contribution_create),
        )
        .route(
            "/contributions/{id}/edit",
            get(contribution_edit).post(contribution_update),
        )
        .route("/contributions/{id}/delete", post(contribution_delete))
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

fn process_href(id: i64) -> String {
    format!("/admin/processes/{id}")
}

fn event_href(id: i64) -> String {
    format!("/admin/events/{id}")
}

async fn process_context(app: &AppState, id: i64) -> Result<(Process, Concept, Body), HtmlError> {
    let p = app.store.process(id).await?;
    let (c, b) = concept_and_body(app, p.concept_id).await?;
    Ok((p, c, b))
}

fn process_layout(
    cx: &Context,
    title: &str,
    body: &Body,
    concept: &Concept,
    process: &Process,
) -> Layout {
    concept_layout(cx, title, body, concept).crumb(process_href(process.id), process.title.clone())
}

// ---- processes

fn process_form(cx: &Context, body: &Body, concept: &Concept, existing: Option<&Process>) -> Form {
    Form {
        layout: concept_layout(
            cx,
            if existing.is_some() {
                "Beteiligungsprozess bearbeiten"
            } else {
                "Neuer Beteiligungsprozess"
            },
            body,
            concept,
        ),
        heading: existing.map_or("Neuer Beteiligungsprozess".into(), |p| {
            format!("„{}“ bearbeiten", p.title)
        }),
        intro: None,
        action: match existing {
            Some(p) => format!("{}/edit", process_href(p.id)),
            None => format!("/admin/concepts/{}/processes/new", concept.id),
        },
        defs: vec![
            FieldDef::new("title", "Titel", Kind::Text)
                .required()
                .hint("z. B. „Erarbeitung des Integrationskonzepts 2017–2019“"),
            FieldDef::new("description", "Beschreibung", Kind::Textarea)
                .hint("Wer beteiligt wird und wie; erscheint im Portal."),
        ],
        submit: "Speichern",
        cancel: existing.map_or(concept_href(concept.id), |p| process_href(p.id)),
        delete_action: existing.map(|p| format!("{}/delete", process_href(p.id))),
        extra_button: None,
    }
}

async fn process_new(
    State(app): State<AppState>,
    cx: Context,
    Path(concept_id): Path<i64>,
) -> Page {
    let (c, b) = concept_and_body(&app, concept_id).await?;
    process_form(&cx, &b, &c, None).render(&RawInput::new(), None)
}

async fn process_create(
    State(app): State<AppState>,
    cx: Context,
    Path(concept_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (c, b) = concept_and_body(&app, concept_id).await?;
    process_form(&cx, &b, &c, None)
        .submit(input, ProcessDraft::parse, |d| async move {
            Ok(process_href(
                app.store.create_process(concept_id, &d).await?.id,
            ))
        })
        .await
}

async fn process_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (p, c, b) = process_context(&app, id).await?;
    let input = RawInput::from_pairs([
        ("title", p.title.clone()),
        ("description", opt(&p.description)),
    ]);
    process_form(&cx, &b, &c, Some(&p)).render(&input, None)
}

async fn process_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (p, c, b) = process_context(&app, id).await?;
    process_form(&cx, &b, &c, Some(&p))
        .submit(input, ProcessDraft::parse, |d| async move {
            Ok(process_href(app.store.update_process(id, &d).await?.id))
        })
        .await
}

async fn process_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let p = app.store.process(id).await?;
    app.store.delete_process(id).await?;
    Ok(Redirect::to(&concept_href(p.concept_id)).into_response())
}

pub struct PhaseInput {
    pub code: &'static str,
    pub label: &'static str,
    pub start: String,
    pub end: String,
    pub note: String,
    pub error: Option<String>,
}

pub struct EventLine {
    pub id: i64,
    pub date: String,
    pub format: String,
    pub title: String,
    pub participants: i64,
    pub contributions: usize,
    pub public: bool,
}

#[derive(Template)]
#[template(path = "participation/admin_process.html")]
struct ProcessPage {
    layout: Layout,
    body: Body,
    process: Process,
    phases: Vec<PhaseInput>,
    phase_errors: Vec<String>,
    events: Vec<EventLine>,
    saved: bool,
}

async fn process_page_with(
    app: &AppState,
    cx: &Context,
    id: i64,
    form: Option<(&RawInput, &FieldErrors)>,
    saved: bool,
) -> Page {
    let (p, c, b) = process_context(app, id).await?;
    let stored = app.store.phases(id).await?;
    let phases = Phase::ALL
        .iter()
        .map(|&ph| {
            let code = ph.code();
            let field = |suffix: &str, stored: Option<String>| match form {
                Some((input, _)) => input
                    .get(&format!("{code}.{suffix}"))
                    .unwrap_or("")
                    .to_string(),
                None => stored.unwrap_or_default(),
            };
            let s = stored.iter().find(|x| x.phase == ph);
            PhaseInput {
                code,
                label: ph.label(),
                start: field("start", s.and_then(|x| x.start).map(|d| d.iso())),
                end: field("end", s.and_then(|x| x.end).map(|d| d.iso())),
                note: field("note", s.and_then(|x| x.note.clone())),
                error: form.and_then(|(_, e)| {
                    e.iter()
                        .find(|x| x.field.starts_with(&format!("{code}.")))
                        .map(|x| x.message.clone())
                }),
            }
        })
        .collect();
    let contributions = app.store.contributions_of_process(id).await?;
    let events = app
        .store
        .events(id)
        .await?
        .into_iter()
        .map(|e: Event| EventLine {
            id: e.id,
            date: date_de(&Some(e.start_date.clone())),
            format: label_of::<EventFormat>(&e.format).to_owned(),
            participants: e.participants(),
            contributions: contributions.iter().filter(|x| x.event_id == e.id).count(),
            public: e.public.0,
            title: e.title,
        })
        .collect();
    let page = ProcessPage {
        layout: concept_layout(cx, &p.title, &b, &c),
        phase_errors: form
            .map(|(_, e)| e.iter().map(|x| x.message.clone()).collect())
            .unwrap_or_default(),
        body: b,
        process: p,
        phases,
        events,
        saved,
    };
    Ok(Html(page.render()?))
}

async fn process_page(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    process_page_with(&app, &cx, id, None, false).await
}

async fn phases_save(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    match parse_phases(&input) {
        Ok(phases) => {
            app.store.set_phases(id, &phases).await?;
            Ok(process_page_with(&app, &cx, id, None, true)
                .await?
                .into_response())
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            process_page_with(&app, &cx, id, Some((&input, &errors)), false).await?,
        )
            .into_response()),
    }
}

// ---- events

async fn event_form(
    app: &AppState,
    cx: &Context,
    process: &Process,
    concept: &Concept,
    body: &Body,
    existing: Option<&Event>,
) -> Result<Form, HtmlError> {
    let orgs = app
        .store
        .organizations(body.id)
        .await?
        .into_iter()
        .map(|o| (o.id.to_string(), o.name))
        .collect();
    let areas = app
        .store
        .planning_areas(body.id)
        .await?
        .into_iter()
        .map(|(a, _)| (a.id.to_string(), a.name))
        .collect();
    let groups = app
        .store
        .target_groups(body.id)
        .await?
        .into_iter()
        .map(|g| (g.id.to_string(), g.name))
        .collect();
    Ok(Form {
        layout: process_layout(
            cx,
            if existing.is_some() {
                "Format bearbeiten"
            } else {
                "Neues Format"
            },
            body,
            concept,
            process,
        ),
        heading: existing.map_or("Neues Beteiligungsformat".into(), |e| {
            format!("„{}“ bearbeiten", e.title)
        }),
        intro: None,
        action: match existing {
            Some(e) => format!("{}/edit", event_href(e.id)),
            None => format!("{}/events/new", process_href(process.id)),
        },
        defs: vec![
            FieldDef::new("format", "Format", Kind::Select)
                .required()
                .codes::<EventFormat>(),
            FieldDef::new("title", "Titel", Kind::Text).required(),
            FieldDef::new("start_date", "Datum (Beginn)", Kind::Date).required(),
            FieldDef::new("end_date", "Ende", Kind::Date)
                .hint("Für Reihen über mehrere Tage, z. B. eine Interviewreihe."),
            FieldDef::new("place", "Ort", Kind::Text),
            FieldDef::new("planning_area_id", "Planungsraum", Kind::Select).options(areas),
            FieldDef::new("organizer_id", "Veranstaltet von", Kind::Select).options(orgs),
            FieldDef::new("languages", "Sprachen", Kind::Text)
                .hint("z. B. Deutsch, Arabisch, Dari"),
            FieldDef::new("participants_total", "Teilnehmende insgesamt", Kind::Number)
                .hint("Leer lassen, dann gilt die Summe der Zielgruppen."),
            FieldDef::new("participants", "Teilnehmende nach Zielgruppe", Kind::Counts)
                .options(groups)
                .hint("Nur ausfüllen, was gezählt wurde."),
            FieldDef::new("description", "Dokumentation", Kind::Textarea)
                .hint("Ablauf und Ergebnisse in Kürze; erscheint im Portal."),
            FieldDef::new("public", "Öffentlich sichtbar", Kind::Flag),
        ],
        submit: "Speichern",
        cancel: existing.map_or(process_href(process.id), |e| event_href(e.id)),
        delete_action: existing.map(|e| format!("{}/delete", event_href(e.id))),
        extra_button: None,
    })
}

async fn event_new(State(app): State<AppState>, cx: Context, Path(process_id): Path<i64>) -> Page {
    let (p, c, b) = process_context(&app, process_id).await?;
    event_form(&app, &cx, &p, &c, &b, None).await?.render(
        &RawInput::from_pairs([("format", "workshop"), ("public", "1")]),
        None,
    )
}

async fn event_create(
    State(app): State<AppState>,
    cx: Context,
    Path(process_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (p, c, b) = process_context(&app, process_id).await?;
    event_form(&app, &cx, &p, &c, &b, None)
        .await?
        .submit(input, EventDraft::parse, |d| async move {
            Ok(event_href(app.store.create_event(process_id, &d).await?.id))
        })
        .await
}

async fn event_context(
    app: &AppState,
    id: i64,
) -> Result<(Event, Process, Concept, Body), HtmlError> {
    let e = app.store.event(id).await?;
    let (p, c, b) = process_context(app, e.process_id).await?;
    Ok((e, p, c, b))
}

async fn event_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (e, p, c, b) = event_context(&app, id).await?;
    let mut input = RawInput::from_pairs([
        ("format", e.format.clone()),
        ("title", e.title.clone()),
        ("start_date", e.start_date.clone()),
        ("end_date", opt(&e.end_date)),
        ("place", opt(&e.place)),
        ("planning_area_id", opt(&e.planning_area_id)),
        ("organizer_id", opt(&e.organizer_id)),
        ("languages", opt(&e.languages)),
        ("participants_total", opt(&e.participants_total)),
        ("description", opt(&e.description)),
        ("public", if e.public.0 { "1" } else { "0" }.into()),
    ]);
    for (g, n) in &e.participants {
        input.push(format!("participants.{g}"), n.to_string());
    }
    event_form(&app, &cx, &p, &c, &b, Some(&e))
        .await?
        .render(&input, None)
}

async fn event_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (e, p, c, b) = event_context(&app, id).await?;
    event_form(&app, &cx, &p, &c, &b, Some(&e))
        .await?
        .submit(input, EventDraft::parse, |d| async move {
            Ok(event_href(app.store.update_event(id, &d).await?.id))
        })
        .await
}

async fn event_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let e = app.store.event(id).await?;
    app.store.delete_event(id).await?;
    Ok(Redirect::to(&process_href(e.process_id)).into_response())
}

pub struct ContributionLine {
    pub id: i64,
    pub kind: String,
    pub text: String,
    pub status: String,
    pub public: bool,
    /// Whether the viewer may edit it (an actor: only what its organization brought in).
    pub editable: bool,
}

#[derive(Template)]
#[template(path = "participation/admin_event.html")]
struct EventPage {
    layout: Layout,
    body: Body,
    event: Event,
    format: String,
    contributions: Vec<ContributionLine>,
    files: Vec<teilhabe_store::StoredFile>,
    upload_error: Option<String>,
    upload_action: String,
}

async fn event_page(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let viewer = cx.viewer();
    event_page_with(&app, &cx, viewer, id, None).await
}

/// Documentation for an event: checked like a paper's attachments; a refused upload shows
/// the event page again with the reason, nothing stored.
async fn event_file_upload(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    mut multipart: axum::extract::Multipart,
) -> Submit {
    let viewer = cx.viewer();
    app.store.event(id).await?;
    match crate::kit::upload::read_checked(&mut multipart).await {
        Ok((checked, bytes, public)) => {
            app.store
                .attach_event_file(id, &checked, &bytes, public)
                .await?;
            Ok(Redirect::to(&event_href(id)).into_response())
        }
        Err(message) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            event_page_with(&app, &cx, viewer, id, Some(message)).await?,
        )
            .into_response()),
    }
}

/// The event's page in the administration. An actor (its organization organizes the event)
/// sees the public contributions and its own, and the public files: it does not read the
/// body's non-public records.
async fn event_page_with(
    app: &AppState,
    cx: &Context,
    viewer: &Viewer,
    id: i64,
    upload_error: Option<String>,
) -> Page {
    let (e, p, c, b) = event_context(app, id).await?;
    let only = actor_organizations(viewer, b.id);
    let own = |x: &Contribution| {
        only.as_ref()
            .is_none_or(|orgs| x.organization_id.is_some_and(|o| orgs.contains(&o)))
    };
    let contributions = app
        .store
        .contributions_of_event(id)
        .await?
        .into_iter()
        .filter(|x| x.public.0 || own(x))
        .map(|x: Contribution| ContributionLine {
            id: x.id,
            editable: own(&x),
            kind: label_of::<ContributionKind>(&x.kind).to_owned(),
            status: label_of::<ContributionStatus>(&x.status).to_owned(),
            public: x.public.0,
            text: x.text,
        })
        .collect();
    let files = app
        .store
        .files_of_event(id)
        .await?
        .into_iter()
        .filter(|f| f.public.0 || only.is_none())
        .collect();
    let page = EventPage {
        layout: process_layout(cx, &e.title, &b, &c, &p),
        format: label_of::<EventFormat>(&e.format).to_owned(),
        body: b,
        event: e,
        contributions,
        files,
        upload_error,
        upload_action: format!("{}/files", event_href(id)),
    };
    Ok(Html(page.render()?))
}

// ---- contributions

/// The organizations an actor speaks for, when the viewer does not manage the body (then
/// contributions can only be brought in for those); `None` for the body's managers.
fn actor_organizations(viewer: &Viewer, body_id: i64) -> Option<Vec<i64>> {
    let p = viewer.principal()?;
    (!p.manages(body_id)).then(|| p.organizations.clone())
}

/// Where to go after a contribution is saved: its event, if the viewer may see it there.
fn after_contribution(viewer: &Viewer, event: &Event, body_id: i64) -> String {
    match actor_organizations(viewer, body_id) {
        Some(orgs) if !event.organizer_id.is_some_and(|o| orgs.contains(&o)) => "/admin/".into(),
        _ => event_href(event.id),
    }
}

#[allow(clippy::too_many_arguments)]
async fn contribution_form(
    app: &AppState,
    cx: &Context,
    viewer: &Viewer,
    event: &Event,
    process: &Process,
    concept: &Concept,
    body: &Body,
    existing: Option<&Contribution>,
    intro: Option<String>,
) -> Result<Form, HtmlError> {
    let only = actor_organizations(viewer, body.id);
    let organizations = app
        .store
        .organizations(body.id)
        .await?
        .into_iter()
        .filter(|o| only.as_ref().is_none_or(|orgs| orgs.contains(&o.id)))
        .map(|o| (o.id.to_string(), o.name))
        .collect();
    let fields = app
        .store
        .fields_of_action(concept.id)
        .await?
        .into_iter()
        .map(|f| (f.id.to_string(), f.title))
        .collect();
    let groups = app
        .store
        .target_groups(body.id)
        .await?
        .into_iter()
        .map(|g| (g.id.to_string(), g.name))
        .collect();
    // Measures of all the body's concept versions: a contribution may be taken up later.
    // Actors are offered the public ones only.
    let mut measures = Vec::new();
    for c in app.store.concepts(body.id).await? {
        for m in app.store.measure_list_of_concept(c.id).await? {
            if only.is_some() && !m.public.0 {
                continue;
            }
            let code = m.code.map(|c| format!("{c} ")).unwrap_or_default();
            measures.push((
                m.id.to_string(),
                format!("{code}{} ({})", m.title, c.version_label),
            ));
        }
    }
    Ok(Form {
        layout: process_layout(cx, if existing.is_some() { "Beitrag bearbeiten" } else { "Neuer Beitrag" }, body, concept, process)
            .crumb(event_href(event.id), event.title.clone()),
        heading: if existing.is_some() { "Beitrag bearbeiten".into() } else { format!("Neuer Beitrag aus „{}“", event.title) },
        intro,
        action: match existing {
            Some(c) => format!("/admin/contributions/{}/edit", c.id),
            None => format!("{}/contributions/new", event_href(event.id)),
        },
        defs: vec![
            FieldDef::new("kind", "Art", Kind::Select).required().codes::<ContributionKind>(),
            FieldDef::new("text", "Beitrag", Kind::Textarea).required().hint("Was genannt wurde, in einem oder wenigen Sätzen."),
            FieldDef::new("field_ids", "Handlungsfelder", Kind::Checks)
                .options(fields)
                .hint("„Handlungsfelder vorschlagen“ kreuzt an, was die Schlagwörter im Text nahelegen, und sagt, warum."),
            FieldDef::new("target_group_ids", "Zielgruppen", Kind::Checks).options(groups),
            FieldDef::new("status", "Was daraus wurde", Kind::Select).required().codes::<ContributionStatus>(),
            FieldDef::new("measure_ids", "Aufgenommen in Maßnahme(n)", Kind::Checks).options(measures),
            FieldDef::new("reason", "Begründung", Kind::Textarea).hint("Pflicht, wenn der Beitrag nicht aufgenommen wurde; erscheint im Portal."),
            FieldDef::new("public", "Öffentlich sichtbar", Kind::Flag),
            FieldDef::new("organization_id", "Eingebracht von (Organisation)", Kind::Select)
                .options(organizations)
                .hint("Die Akteure dieser Organisation können den Beitrag später selbst bearbeiten."),
        ],
        submit: "Speichern",
        cancel: after_contribution(viewer, event, body.id),
        delete_action: existing
            .filter(|_| only.is_none())
            .map(|c| format!("/admin/contributions/{}/delete", c.id)),
        extra_button: Some(("suggest", "Handlungsfelder vorschlagen")),
    })
}

/// The suggestion for the text in `input`: the input with the suggested fields ticked, and
/// a sentence saying why.
async fn suggest(
    app: &AppState,
    concept: &Concept,
    input: &RawInput,
) -> Result<(RawInput, String), HtmlError> {
    let keywords: Vec<(i64, String)> = app
        .store
        .field_keywords(concept.id)
        .await?
        .into_iter()
        .map(|(f, s, _)| (f, s))
        .collect();
    let fields = app.store.fields_of_action(concept.id).await?;
    let text = input.get("text").unwrap_or("");
    let suggestions = suggest_fields(text, &keywords);
    let mut out = input.clone();
    let mut reasons = Vec::new();
    for s in &suggestions {
        out.push("field_ids", s.field_id.to_string());
        let title = fields
            .iter()
            .find(|f| f.id == s.field_id)
            .map_or(String::new(), |f| f.title.clone());
        let why: Vec<String> = s
            .hits
            .iter()
            .map(|(stem, word)| format!("„{stem}“ in „{word}“"))
            .collect();
        reasons.push(format!("{title} (wegen {})", why.join(", ")));
    }
    let intro = if reasons.is_empty() {
        "Vorschlag: Kein Schlagwort eines Handlungsfeldes kommt im Text vor. Bitte selbst zuordnen (oder die Schlagwörter ergänzen).".to_string()
    } else {
        format!(
            "Vorschlag, bitte prüfen und speichern: {}.",
            reasons.join("; ")
        )
    };
    Ok((out, intro))
}

async fn contribution_new(
    State(app): State<AppState>,
    cx: Context,
    Path(event_id): Path<i64>,
) -> Page {
    let viewer = cx.viewer();
    let (e, p, c, b) = event_context(&app, event_id).await?;
    let mut input = RawInput::from_pairs([("kind", "need"), ("status", "open"), ("public", "1")]);
    if let Some(org) = actor_organizations(viewer, b.id).and_then(|o| o.first().copied()) {
        input.push("organization_id", org.to_string());
    }
    contribution_form(&app, &cx, viewer, &e, &p, &c, &b, None, None)
        .await?
        .render(&input, None)
}

async fn contribution_create(
    State(app): State<AppState>,
    cx: Context,
    Path(event_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let viewer = cx.viewer();
    let (e, p, c, b) = event_context(&app, event_id).await?;
    if input.get("action") == Some("suggest") {
        let (input, intro) = suggest(&app, &c, &input).await?;
        return Ok(
            contribution_form(&app, &cx, viewer, &e, &p, &c, &b, None, Some(intro))
                .await?
                .render(&input, None)?
                .into_response(),
        );
    }
    let back = after_contribution(viewer, &e, b.id);
    contribution_form(&app, &cx, viewer, &e, &p, &c, &b, None, None)
        .await?
        .submit(input, ContributionDraft::parse, |d| async move {
            app.store.create_contribution(event_id, &d).await?;
            Ok(back)
        })
        .await
}

fn contribution_input(x: &Contribution) -> RawInput {
    let mut input = RawInput::from_pairs([
        ("kind", x.kind.clone()),
        ("text", x.text.clone()),
        ("status", x.status.clone()),
        ("reason", opt(&x.reason)),
        ("public", if x.public.0 { "1" } else { "0" }.into()),
        ("organization_id", opt(&x.organization_id)),
    ]);
    for (name, ids) in [
        ("field_ids", &x.field_ids),
        ("target_group_ids", &x.target_group_ids),
        ("measure_ids", &x.measure_ids),
    ] {
        for id in ids {
            input.push(name, id.to_string());
        }
    }
    input
}

async fn contribution_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let viewer = cx.viewer();
    let x = app.store.contribution(id).await?;
    let (e, p, c, b) = event_context(&app, x.event_id).await?;
    contribution_form(&app, &cx, viewer, &e, &p, &c, &b, Some(&x), None)
        .await?
        .render(&contribution_input(&x), None)
}

async fn contribution_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let viewer = cx.viewer();
    let x = app.store.contribution(id).await?;
    let (e, p, c, b) = event_context(&app, x.event_id).await?;
    if input.get("action") == Some("suggest") {
        let (input, intro) = suggest(&app, &c, &input).await?;
        return Ok(
            contribution_form(&app, &cx, viewer, &e, &p, &c, &b, Some(&x), Some(intro))
                .await?
                .render(&input, None)?
                .into_response(),
        );
    }
    let only = actor_organizations(viewer, b.id);
    let back = after_contribution(viewer, &e, b.id);
    // Links to non-public measures, which an actor's form does not show, are kept.
    let mut hidden = Vec::new();
    if only.is_some() {
        for m in &x.measure_ids {
            if !app.store.measure(*m).await?.public.0 {
                hidden.push(*m);
            }
        }
    }
    contribution_form(&app, &cx, viewer, &e, &p, &c, &b, Some(&x), None)
        .await?
        .submit(input, ContributionDraft::parse, |mut d| async move {
            d.measure_ids.extend(hidden);
            app.store.update_contribution(id, &d).await?;
            Ok(back)
        })
        .await
}

async fn contribution_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let x = app.store.contribution(id).await?;
    app.store.delete_contribution(id).await?;
    Ok(Redirect::to(&event_href(x.event_id)).into_response())
}

// ---- keyword stems

pub struct KeywordRow {
    pub field_id: i64,
    pub title: String,
    pub stems: String,
    pub edited: bool,
}

#[derive(Template)]
#[template(path = "participation/admin_keywords.html")]
struct KeywordsPage {
    layout: Layout,
    action: String,
    rows: Vec<KeywordRow>,
    saved: bool,
}

async fn keywords_page(app: &AppState, cx: &Context, concept_id: i64, saved: bool) -> Page {
    let (c, b) = concept_and_body(app, concept_id).await?;
    let stems = app.store.field_keywords(concept_id).await?;
    let rows = app
        .store
        .fields_of_action(concept_id)
        .await?
        .into_iter()
        .map(|f| {
            let own: Vec<&(i64, String, bool)> =
                stems.iter().filter(|(id, _, _)| *id == f.id).collect();
            KeywordRow {
                field_id: f.id,
                stems: own
                    .iter()
                    .map(|(_, s, _)| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                edited: own.iter().any(|(_, _, e)| *e),
                title: f.title,
            }
        })
        .collect();
    let page = KeywordsPage {
        layout: concept_layout(cx, "Schlagwörter der Handlungsfelder", &b, &c),
        action: format!("/admin/concepts/{concept_id}/keywords"),
        rows,
        saved,
    };
    Ok(Html(page.render()?))
}

async fn keywords(State(app): State<AppState>, cx: Context, Path(concept_id): Path<i64>) -> Page {
    keywords_page(&app, &cx, concept_id, false).await
}

async fn keywords_save(
    State(app): State<AppState>,
    cx: Context,
    Path(concept_id): Path<i64>,
    FormInput(input): FormInput,
) -> Page {
    for f in app.store.fields_of_action(concept_id).await? {
        if let Some(text) = input.get(&format!("stems.{}", f.id)) {
            let stems: Vec<String> = text
                .split([',', '\n', ';'])
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            app.store
                .set_field_keywords(f.id, &stems)
                .await
                .map_err(|e: StoreError| HtmlError::from(e))?;
        }
    }
    keywords_page(&app, &cx, concept_id, true).await
}
