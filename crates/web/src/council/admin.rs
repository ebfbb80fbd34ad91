//! Council administration: locations, meetings with agenda items and votes, papers with
//! finance block and consultation sequence.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::opt;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::format::money;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::council::{
    AgendaItemDraft, ConsultationDraft, LegislativeTermDraft, LocalDateTime, LocationDraft,
    MeetingDraft, PaperDraft, ReportingCycleDraft,
};
use teilhabe_domain::{ConsultationRole, MeetingState, Money, PaperType, RawInput, label_of};
use teilhabe_store::{AgendaItem, Body, Meeting, Paper};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/bodies/{id}/locations/new",
            get(location_new).post(location_create),
        )
        .route(
            "/bodies/{id}/meetings/new",
            get(meeting_new).post(meeting_create),
        )
        .route(
            "/bodies/{id}/legislative-terms/new",
            get(term_new).post(term_create),
        )
        .route("/meetings/{id}", get(meeting_overview))
        .route(
            "/meetings/{id}/edit",
            get(meeting_edit).post(meeting_update),
        )
        .route("/meetings/{id}/delete", post(meeting_delete))
        .route("/meetings/{id}/items/new", get(item_new).post(item_create))
        .route("/agenda-items/{id}/edit", get(item_edit).post(item_update))
        .route("/bodies/{id}/papers/new", get(paper_new).post(paper_create))
        .route("/papers/{id}", get(paper_overview))
        .route("/papers/{id}/edit", get(paper_edit).post(paper_update))
        .route(
            "/papers/{id}/consultations/new",
            get(consultation_new).post(consultation_create),
        )
        .route(
            "/bodies/{id}/reporting-cycles/new",
            get(cycle_new).post(cycle_create),
        )
        .route(
            "/papers/{id}/files",
            post(file_upload).layer(axum::extract::DefaultBodyLimit::max(
                teilhabe_domain::files::MAX_FILE_BYTES + 1024 * 1024,
            )),
        )
        .route("/reporting-cycles/{id}/done", post(cycle_done))
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

fn body_layout(cx: &Context, title: &str, body: &Body) -> Layout {
    Layout::admin(cx, title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone())
}

async fn org_options(app: &AppState, body_id: i64) -> Result<Vec<(String, String)>, HtmlError> {
    Ok(app
        .store
        .organizations(body_id)
        .await?
        .into_iter()
        .map(|o| (o.id.to_string(), o.name))
        .collect())
}

// ---- locations

fn location_form(cx: &Context, body: &Body) -> Form {
    Form {
        layout: body_layout(cx, "Neuer Sitzungsort", body),
        heading: "Neuer Sitzungsort".into(),
        intro: None,
        action: format!("/admin/bodies/{}/locations/new", body.id),
        defs: vec![
            FieldDef::new("room", "Raum", Kind::Text).hint("z. B. Sitzungsraum II"),
            FieldDef::new("description", "Gebäude oder Beschreibung", Kind::Text),
            FieldDef::new("street_address", "Straße und Hausnummer", Kind::Text),
            FieldDef::new("postal_code", "Postleitzahl", Kind::Text),
            FieldDef::new("locality", "Ort", Kind::Text),
        ],
        submit: "Speichern",
        cancel: format!("/admin/bodies/{}", body.id),
        delete_action: None,
        extra_button: None,
    }
}

async fn location_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    location_form(&cx, &body).render(&RawInput::new(), None)
}

async fn location_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    location_form(&cx, &body)
        .submit(input, LocationDraft::parse, |d| async move {
            app.store.create_location(body_id, &d).await?;
            Ok(format!("/admin/bodies/{body_id}"))
        })
        .await
}

// ---- meetings

async fn meeting_form(
    app: &AppState,
    cx: &Context,
    body: &Body,
    existing: Option<&Meeting>,
) -> Result<Form, HtmlError> {
    let places = app
        .store
        .locations(body.id)
        .await?
        .into_iter()
        .map(|l| (l.id.to_string(), l.one_line()))
        .collect();
    Ok(Form {
        layout: body_layout(
            cx,
            if existing.is_some() {
                "Sitzung bearbeiten"
            } else {
                "Neue Sitzung"
            },
            body,
        ),
        heading: existing.map_or_else(
            || "Neue Sitzung".into(),
            |m| format!("{} bearbeiten", m.name),
        ),
        intro: None,
        action: match existing {
            Some(m) => format!("/admin/meetings/{}/edit", m.id),
            None => format!("/admin/bodies/{}/meetings/new", body.id),
        },
        defs: vec![
            FieldDef::new("name", "Bezeichnung", Kind::Text)
                .required()
                .hint("z. B. 2. Sitzung des Ausschusses für Gesundheit, Arbeit und Soziales"),
            FieldDef::new("organization_ids", "Gremium", Kind::Checks)
                .options(org_options(app, body.id).await?),
            FieldDef::new("start_at", "Beginn", Kind::Text)
                .required()
                .hint("TT.MM.JJJJ HH:MM – oder nur das Datum, wenn die Uhrzeit nicht bekannt ist"),
            FieldDef::new("end_at", "Ende", Kind::Text).hint("TT.MM.JJJJ HH:MM"),
            FieldDef::new("location_id", "Ort", Kind::Select).options(places),
            FieldDef::new("state", "Stand", Kind::Select)
                .required()
                .codes::<MeetingState>(),
            FieldDef::new("cancelled", "Die Sitzung ist abgesagt", Kind::Flag),
            FieldDef::new("note", "Hinweis", Kind::Textarea),
        ],
        submit: "Speichern",
        cancel: existing.map_or_else(
            || format!("/admin/bodies/{}", body.id),
            |m| format!("/admin/meetings/{}", m.id),
        ),
        delete_action: existing.map(|m| format!("/admin/meetings/{}/delete", m.id)),
        extra_button: None,
    })
}

fn at_german(raw: &str) -> String {
    LocalDateTime::parse(raw).map_or_else(|_| raw.to_owned(), |t| t.german())
}

fn meeting_input(m: &Meeting) -> RawInput {
    let mut input = RawInput::from_pairs([
        ("name", m.name.clone()),
        ("start_at", at_german(&m.start_at)),
        (
            "end_at",
            m.end_at.as_deref().map(at_german).unwrap_or_default(),
        ),
        ("location_id", opt(&m.location_id)),
        ("state", m.state.clone()),
        (
            "cancelled",
            if m.cancelled.0 {
                "1".into()
            } else {
                "0".into()
            },
        ),
        ("note", opt(&m.note)),
    ]);
    for o in &m.organization_ids {
        input.push("organization_ids", o.to_string());
    }
    input
}

async fn meeting_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    let defaults = RawInput::from_pairs([("state", "scheduled"), ("cancelled", "0")]);
    meeting_form(&app, &cx, &body, None)
        .await?
        .render(&defaults, None)
}

async fn meeting_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    meeting_form(&app, &cx, &body, None)
        .await?
        .submit(input, MeetingDraft::parse, |d| async move {
            Ok(format!(
                "/admin/meetings/{}",
                app.store.create_meeting(body_id, &d).await?.id
            ))
        })
        .await
}

async fn meeting_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let m = app.store.meeting(id).await?;
    let body = app.store.body(m.body_id).await?;
    meeting_form(&app, &cx, &body, Some(&m))
        .await?
        .render(&meeting_input(&m), None)
}

async fn meeting_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let m = app.store.meeting(id).await?;
    let body = app.store.body(m.body_id).await?;
    meeting_form(&app, &cx, &body, Some(&m))
        .await?
        .submit(input, MeetingDraft::parse, |d| async move {
            app.store.update_meeting(id, &d).await?;
            Ok(format!("/admin/meetings/{id}"))
        })
        .await
}

async fn meeting_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let m = app.store.meeting(id).await?;
    app.store.delete_meeting(id).await?;
    Ok(Redirect::to(&format!("/admin/bodies/{}", m.body_id)).into_response())
}

pub struct ItemView {
    pub item: AgendaItem,
    pub votes: String,
}

#[derive(Template)]
#[template(path = "council/admin_meeting.html")]
struct MeetingOverview {
    layout: Layout,
    body: Body,
    meeting: Meeting,
    when: String,
    items: Vec<ItemView>,
}

async fn meeting_overview(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let meeting = app.store.meeting(id).await?;
    let body = app.store.body(meeting.body_id).await?;
    let items = app
        .store
        .agenda_items(id)
        .await?
        .into_iter()
        .map(|i| ItemView {
            votes: super::public::votes(&cx, &i.votes()),
            item: i,
        })
        .collect();
    let page = MeetingOverview {
        layout: body_layout(&cx, &meeting.name, &body),
        when: at_german(&meeting.start_at),
        body,
        meeting,
        items,
    };
    Ok(Html(page.render()?))
}

// ---- agenda items

async fn item_form(
    app: &AppState,
    cx: &Context,
    meeting: &Meeting,
    existing: Option<&AgendaItem>,
) -> Result<Form, HtmlError> {
    let body = app.store.body(meeting.body_id).await?;
    let papers = app
        .store
        .papers(body.id)
        .await?
        .into_iter()
        .map(|p| (p.id.to_string(), format!("{} – {}", p.reference, p.name)))
        .collect();
    Ok(Form {
        layout: body_layout(cx, if existing.is_some() { "Tagesordnungspunkt bearbeiten" } else { "Neuer Tagesordnungspunkt" }, &body)
            .crumb(format!("/admin/meetings/{}", meeting.id), meeting.name.clone()),
        heading: if existing.is_some() { "Tagesordnungspunkt bearbeiten".into() } else { "Neuer Tagesordnungspunkt".into() },
        intro: Some("Ob einstimmig beschlossen wurde, ergibt sich aus den Stimmen; es wird nicht eigens eingetragen.".into()),
        action: match existing {
            Some(i) => format!("/admin/agenda-items/{}/edit", i.id),
            None => format!("/admin/meetings/{}/items/new", meeting.id),
        },
        defs: vec![
            FieldDef::new("number", "Nummer", Kind::Text).hint("z. B. Ö 5.1 oder N 2"),
            FieldDef::new("name", "Gegenstand", Kind::Text).required(),
            FieldDef::new("public", "Öffentlicher Tagesordnungspunkt", Kind::Flag).hint("Nicht öffentliche Punkte zeigt das Portal nur mit ihrer Nummer."),
            FieldDef::new("paper_id", "Vorlage", Kind::Select).options(papers),
            FieldDef::new("result", "Ergebnis", Kind::Text).hint("z. B. ungeändert beschlossen"),
            FieldDef::new("votes_yes", "Ja-Stimmen", Kind::Number),
            FieldDef::new("votes_no", "Nein-Stimmen", Kind::Number),
            FieldDef::new("votes_abstain", "Enthaltungen", Kind::Number),
            FieldDef::new("votes_conflicted", "Befangen", Kind::Number),
            FieldDef::new("votes_unanimous", "Einstimmig", Kind::Flag)
                .hint("Wenn die Niederschrift „einstimmig“ sagt, auch ohne Zählung. Enthaltungen sind möglich, Nein-Stimmen nicht."),
            FieldDef::new("resolution_text", "Beschlusstext", Kind::Textarea),
            FieldDef::new("minutes", "Auszug aus der Niederschrift", Kind::Textarea),
            FieldDef::new("position", "Reihenfolge", Kind::Number),
        ],
        submit: "Speichern",
        cancel: format!("/admin/meetings/{}", meeting.id),
        delete_action: None,
        extra_button: None,
    })
}

fn item_input(i: &AgendaItem) -> RawInput {
    RawInput::from_pairs([
        ("number", opt(&i.number)),
        ("name", i.name.clone()),
        ("public", if i.public.0 { "1".into() } else { "0".into() }),
        ("paper_id", opt(&i.paper_id)),
        ("result", opt(&i.result)),
        ("votes_yes", opt(&i.votes_yes)),
        ("votes_no", opt(&i.votes_no)),
        ("votes_abstain", opt(&i.votes_abstain)),
        ("votes_conflicted", opt(&i.votes_conflicted)),
        (
            "votes_unanimous",
            if i.votes_unanimous.0 { "1" } else { "0" }.into(),
        ),
        ("resolution_text", opt(&i.resolution_text)),
        ("minutes", opt(&i.minutes)),
        ("position", i.position.to_string()),
    ])
}

async fn item_new(State(app): State<AppState>, cx: Context, Path(meeting_id): Path<i64>) -> Page {
    let m = app.store.meeting(meeting_id).await?;
    item_form(&app, &cx, &m, None)
        .await?
        .render(&RawInput::new(), None)
}

async fn item_create(
    State(app): State<AppState>,
    cx: Context,
    Path(meeting_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let m = app.store.meeting(meeting_id).await?;
    item_form(&app, &cx, &m, None)
        .await?
        .submit(input, AgendaItemDraft::parse, |d| async move {
            app.store.create_agenda_item(meeting_id, &d).await?;
            Ok(format!("/admin/meetings/{meeting_id}"))
        })
        .await
}

async fn item_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let i = app.store.agenda_item(id).await?;
    let m = app.store.meeting(i.meeting_id).await?;
    item_form(&app, &cx, &m, Some(&i))
        .await?
        .render(&item_input(&i), None)
}

async fn item_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let i = app.store.agenda_item(id).await?;
    let m = app.store.meeting(i.meeting_id).await?;
    item_form(&app, &cx, &m, Some(&i))
        .await?
        .submit(input, AgendaItemDraft::parse, |d| async move {
            app.store.update_agenda_item(id, &d).await?;
            Ok(format!("/admin/meetings/{}", i.meeting_id))
        })
        .await
}

// ---- papers

async fn paper_form(
    app: &AppState,
    cx: &Context,
    body: &Body,
    existing: Option<&Paper>,
) -> Result<Form, HtmlError> {
    let orgs = org_options(app, body.id).await?;
    let persons = app
        .store
        .persons(body.id)
        .await?
        .into_iter()
        .map(|p| (p.id.to_string(), p.name))
        .collect();
    let concepts = app
        .store
        .concepts(body.id)
        .await?
        .into_iter()
        .map(|c| {
            (
                c.id.to_string(),
                format!("{} ({})", c.title, c.version_label),
            )
        })
        .collect();
    let measures = crate::measures::measure_options(app, body.id).await?;
    Ok(Form {
        layout: body_layout(
            cx,
            if existing.is_some() {
                "Vorlage bearbeiten"
            } else {
                "Neue Vorlage"
            },
            body,
        ),
        heading: existing.map_or_else(
            || "Neue Vorlage".into(),
            |p| format!("Vorlage {} bearbeiten", p.reference),
        ),
        intro: None,
        action: match existing {
            Some(p) => format!("/admin/papers/{}/edit", p.id),
            None => format!("/admin/bodies/{}/papers/new", body.id),
        },
        defs: vec![
            FieldDef::new("reference", "Drucksachennummer", Kind::Text)
                .required()
                .hint("z. B. 2021/7/014"),
            FieldDef::new("name", "Betreff", Kind::Text).required(),
            FieldDef::new("paper_type", "Art", Kind::Select)
                .required()
                .codes::<PaperType>(),
            FieldDef::new("date", "Datum", Kind::Date),
            FieldDef::new(
                "submitter_person_id",
                "Einreicher (Person oder Funktion)",
                Kind::Select,
            )
            .options(persons),
            FieldDef::new(
                "submitter_organization_id",
                "Einreichende Stelle",
                Kind::Select,
            )
            .options(orgs.clone()),
            FieldDef::new("lead_organization_id", "Federführend", Kind::Select).options(orgs),
            FieldDef::new("editor", "Bearbeitung", Kind::Text)
                .hint("Funktion, z. B. Sachbearbeitung Fachbereich 3"),
            FieldDef::new("concept_id", "Betrifft Konzeptfassung", Kind::Select).options(concepts),
            FieldDef::new("measure_ids", "Betrifft Maßnahmen", Kind::Checks).options(measures),
            FieldDef::new("proposal", "Beschlussvorschlag", Kind::Textarea),
            FieldDef::new("reasoning", "Sachverhalt", Kind::Textarea),
            FieldDef::new("finance_note", "Finanzen: Hinweis", Kind::Text)
                .hint("z. B. Abstimmung mit der Kämmerei nicht erforderlich"),
            FieldDef::new("finance_total", "Gesamtkosten in Euro", Kind::Text),
            FieldDef::new("finance_revenue", "Einnahmen in Euro", Kind::Text),
            FieldDef::new("finance_own_share", "Eigenanteil in Euro", Kind::Text),
            FieldDef::new(
                "finance_grants",
                "Zuschüsse und Beiträge in Euro",
                Kind::Text,
            ),
            FieldDef::new("finance_budget_year", "Haushaltsjahr", Kind::Number),
            FieldDef::new("finance_overplanned", "Überplanmäßige Ausgabe", Kind::Flag),
            FieldDef::new("finance_unplanned", "Außerplanmäßige Ausgabe", Kind::Flag),
            FieldDef::new("finance_budget_line", "Haushaltsstelle", Kind::Text),
            FieldDef::new("public", "Öffentliche Vorlage", Kind::Flag),
        ],
        submit: "Speichern",
        cancel: existing.map_or_else(
            || format!("/admin/bodies/{}", body.id),
            |p| format!("/admin/papers/{}", p.id),
        ),
        delete_action: None,
        extra_button: None,
    })
}

fn plain(cents: Option<i64>) -> String {
    cents
        .map(|c| {
            Money::from_cents(c)
                .german()
                .trim_end_matches(" €")
                .to_owned()
        })
        .unwrap_or_default()
}

fn flag(v: bool) -> String {
    if v { "1".into() } else { "0".into() }
}

fn paper_input(p: &Paper) -> RawInput {
    let mut input = RawInput::from_pairs([
        ("reference", p.reference.clone()),
        ("name", p.name.clone()),
        ("paper_type", p.paper_type.clone()),
        ("date", opt(&p.date)),
        ("submitter_person_id", opt(&p.submitter_person_id)),
        (
            "submitter_organization_id",
            opt(&p.submitter_organization_id),
        ),
        ("lead_organization_id", opt(&p.lead_organization_id)),
        ("editor", opt(&p.editor)),
        ("concept_id", opt(&p.concept_id)),
        ("proposal", opt(&p.proposal)),
        ("reasoning", opt(&p.reasoning)),
        ("finance_note", opt(&p.finance_note)),
        ("finance_total", plain(p.finance_total_cents)),
        ("finance_revenue", plain(p.finance_revenue_cents)),
        ("finance_own_share", plain(p.finance_own_share_cents)),
        ("finance_grants", plain(p.finance_grants_cents)),
        ("finance_budget_year", opt(&p.finance_budget_year)),
        ("finance_overplanned", flag(p.finance_overplanned.0)),
        ("finance_unplanned", flag(p.finance_unplanned.0)),
        ("finance_budget_line", opt(&p.finance_budget_line)),
        ("public", flag(p.public.0)),
    ]);
    for m in &p.measure_ids {
        input.push("measure_ids", m.to_string());
    }
    input
}

async fn paper_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    let defaults = RawInput::from_pairs([
        ("paper_type", "resolution"),
        ("finance_overplanned", "0"),
        ("finance_unplanned", "0"),
    ]);
    paper_form(&app, &cx, &body, None)
        .await?
        .render(&defaults, None)
}

async fn paper_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    paper_form(&app, &cx, &body, None)
        .await?
        .submit(input, PaperDraft::parse, |d| async move {
            Ok(format!(
                "/admin/papers/{}",
                app.store.create_paper(body_id, &d).await?.id
            ))
        })
        .await
}

async fn paper_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let p = app.store.paper(id).await?;
    let body = app.store.body(p.body_id).await?;
    paper_form(&app, &cx, &body, Some(&p))
        .await?
        .render(&paper_input(&p), None)
}

async fn paper_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let p = app.store.paper(id).await?;
    let body = app.store.body(p.body_id).await?;
    paper_form(&app, &cx, &body, Some(&p))
        .await?
        .submit(input, PaperDraft::parse, |d| async move {
            app.store.update_paper(id, &d).await?;
            Ok(format!("/admin/papers/{id}"))
        })
        .await
}

pub struct ConsultationView {
    pub organization: String,
    pub role: String,
    pub meeting: String,
    pub votes: String,
}

#[derive(Template)]
#[template(path = "council/admin_paper.html")]
struct PaperOverview {
    layout: Layout,
    body: Body,
    paper: Paper,
    total: String,
    consultations: Vec<ConsultationView>,
    files: Vec<teilhabe_store::StoredFile>,
    upload_error: Option<String>,
    upload_action: String,
}

async fn paper_overview(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    paper_page(&app, &cx, id, None).await
}

async fn paper_page(app: &AppState, cx: &Context, id: i64, upload_error: Option<String>) -> Page {
    let paper = app.store.paper(id).await?;
    let body = app.store.body(paper.body_id).await?;
    let orgs = app.store.organization_names(body.id).await?;
    let mut consultations = Vec::new();
    for c in app.store.consultations(id).await? {
        let meeting = match c.meeting_id {
            Some(m) => app
                .store
                .meeting(m)
                .await
                .map(|m| format!("{} ({})", m.name, at_german(&m.start_at)))
                .unwrap_or_default(),
            None => "keine Sitzung eingetragen".into(),
        };
        let votes = match c.agenda_item_id {
            Some(i) => app
                .store
                .agenda_item(i)
                .await
                .map(|i| super::public::votes(cx, &i.votes()))
                .unwrap_or_default(),
            None => String::new(),
        };
        consultations.push(ConsultationView {
            organization: orgs.get(&c.organization_id).cloned().unwrap_or_default(),
            role: label_of::<ConsultationRole>(&c.role).to_owned(),
            meeting,
            votes,
        });
    }
    let page = PaperOverview {
        layout: body_layout(cx, &format!("Vorlage {}", paper.reference), &body),
        files: app.store.files_of_paper(id).await?,
        upload_error,
        upload_action: format!("/admin/papers/{id}/files"),
        total: paper.finance_total_cents.map(money).unwrap_or_default(),
        body,
        paper,
        consultations,
    };
    Ok(Html(page.render()?))
}

// ---- consultations

async fn consultation_form(app: &AppState, cx: &Context, paper: &Paper) -> Result<Form, HtmlError> {
    let body = app.store.body(paper.body_id).await?;
    let meetings = app.store.meetings(body.id).await?;
    let mut items = Vec::new();
    for m in &meetings {
        for i in app.store.agenda_items(m.id).await? {
            items.push((
                i.id.to_string(),
                format!(
                    "{} – {} {}",
                    at_german(&m.start_at),
                    i.number.clone().unwrap_or_default(),
                    i.name
                ),
            ));
        }
    }
    Ok(Form {
        layout: body_layout(cx, "Beratung hinzufügen", &body).crumb(format!("/admin/papers/{}", paper.id), format!("Vorlage {}", paper.reference)),
        heading: format!("Beratung der Vorlage {} hinzufügen", paper.reference),
        intro: Some("Die Beratungsfolge wird in der Reihenfolge des Hinzufügens gezeigt. Ergebnis und Stimmen stehen beim Tagesordnungspunkt der Sitzung.".into()),
        action: format!("/admin/papers/{}/consultations/new", paper.id),
        defs: vec![
            FieldDef::new("organization_id", "Gremium", Kind::Select).required().options(org_options(app, body.id).await?),
            FieldDef::new("role", "Rolle", Kind::Select).required().codes::<ConsultationRole>(),
            FieldDef::new("authoritative", "Dieses Gremium entscheidet abschließend", Kind::Flag),
            FieldDef::new("meeting_id", "Sitzung", Kind::Select)
                .options(meetings.iter().map(|m| (m.id.to_string(), format!("{} – {}", at_german(&m.start_at), m.name))).collect()),
            FieldDef::new("agenda_item_id", "Tagesordnungspunkt", Kind::Select).options(items).hint("Muss zur gewählten Sitzung gehören."),
        ],
        submit: "Hinzufügen",
        cancel: format!("/admin/papers/{}", paper.id),
        delete_action: None,
        extra_button: None,
    })
}

async fn consultation_new(
    State(app): State<AppState>,
    cx: Context,
    Path(paper_id): Path<i64>,
) -> Page {
    let p = app.store.paper(paper_id).await?;
    consultation_form(&app, &cx, &p).await?.render(
        &RawInput::from_pairs([("role", "preliminary"), ("authoritative", "0")]),
        None,
    )
}

async fn consultation_create(
    State(app): State<AppState>,
    cx: Context,
    Path(paper_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let p = app.store.paper(paper_id).await?;
    consultation_form(&app, &cx, &p)
        .await?
        .submit(input, ConsultationDraft::parse, |d| async move {
            app.store.create_consultation(paper_id, &d).await?;
            Ok(format!("/admin/papers/{paper_id}"))
        })
        .await
}

// ---- reporting cycles

async fn cycle_form(app: &AppState, cx: &Context, body: &Body) -> Result<Form, HtmlError> {
    let concepts = app
        .store
        .concepts(body.id)
        .await?
        .into_iter()
        .map(|c| {
            (
                c.id.to_string(),
                format!("{} ({})", c.title, c.version_label),
            )
        })
        .collect();
    let papers = app
        .store
        .papers(body.id)
        .await?
        .into_iter()
        .map(|p| (p.id.to_string(), format!("{} – {}", p.reference, p.name)))
        .collect();
    Ok(Form {
        layout: body_layout(cx, "Neue Berichtspflicht", body),
        heading: "Neue Berichtspflicht".into(),
        intro: Some("Welches Gremium bekommt welchen Bericht wie oft – etwa weil es im Beschluss darum gebeten hat, regelmäßig unterrichtet zu werden.".into()),
        action: format!("/admin/bodies/{}/reporting-cycles/new", body.id),
        defs: vec![
            FieldDef::new("title", "Bericht", Kind::Text).required().hint("z. B. Stand der Arbeiten am Integrationskonzept"),
            FieldDef::new("organization_id", "Gremium", Kind::Select).required().options(org_options(app, body.id).await?),
            FieldDef::new("interval_months", "Alle … Monate", Kind::Number).required(),
            FieldDef::new("next_due", "Nächster Bericht fällig am", Kind::Date).required(),
            FieldDef::new("concept_id", "Betrifft Konzeptfassung", Kind::Select).options(concepts),
            FieldDef::new("requested_by_paper_id", "Beschlossen mit Vorlage", Kind::Select).options(papers),
        ],
        submit: "Speichern",
        cancel: format!("/admin/bodies/{}", body.id),
        delete_action: None,
        extra_button: None,
    })
}

async fn cycle_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    cycle_form(&app, &cx, &body)
        .await?
        .render(&RawInput::from_pairs([("interval_months", "6")]), None)
}

async fn cycle_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    cycle_form(&app, &cx, &body)
        .await?
        .submit(input, ReportingCycleDraft::parse, |d| async move {
            app.store.create_reporting_cycle(body_id, &d).await?;
            Ok(format!("/admin/bodies/{body_id}"))
        })
        .await
}

/// The report was given: the next one is due an interval later.
async fn cycle_done(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let c = app.store.reporting_cycle_done(id).await?;
    Ok(Redirect::to(&format!("/admin/bodies/{}", c.body_id)).into_response())
}

/// A reporting cycle as the coordinator sees it.
pub struct CycleRow {
    pub id: i64,
    pub body: String,
    pub title: String,
    pub organization: String,
    pub every: String,
    pub due: String,
    pub overdue: bool,
}

pub async fn cycle_rows(
    app: &AppState,
    cycles: Vec<teilhabe_store::ReportingCycle>,
) -> Result<Vec<CycleRow>, HtmlError> {
    let today = teilhabe_domain::Date::today().iso();
    let mut rows = Vec::new();
    for c in cycles {
        let body = app.store.body(c.body_id).await?;
        let org = app.store.organization_referred(c.organization_id).await?;
        rows.push(CycleRow {
            id: c.id,
            body: body.name,
            title: c.title,
            organization: org.name,
            every: if c.interval_months == 12 {
                "jährlich".into()
            } else {
                format!("alle {} Monate", c.interval_months)
            },
            due: teilhabe_domain::values::german_date(&c.next_due),
            overdue: c.next_due < today,
        });
    }
    Ok(rows)
}

// ---- files

/// Accepts one document for a paper. Type and size are checked by content; a refused
/// upload shows the paper page again with the reason, and nothing is stored.
async fn file_upload(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    mut multipart: axum::extract::Multipart,
) -> Submit {
    use axum::http::StatusCode;
    app.store.paper(id).await?;
    let result = crate::kit::upload::read_checked(&mut multipart).await;
    match result {
        Ok((checked, bytes, public)) => {
            app.store.attach_file(id, &checked, &bytes, public).await?;
            Ok(Redirect::to(&format!("/admin/papers/{id}")).into_response())
        }
        Err(message) => {
            let page = paper_page(&app, &cx, id, Some(message)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

// ---- legislative terms

fn term_form(cx: &Context, body: &Body) -> Form {
    Form {
        layout: body_layout(cx, "Neue Wahlperiode", body),
        heading: "Neue Wahlperiode".into(),
        intro: None,
        action: format!("/admin/bodies/{}/legislative-terms/new", body.id),
        defs: vec![
            FieldDef::new("name", "Bezeichnung", Kind::Text)
                .required()
                .hint("z. B. Wahlperiode 2021–2026"),
            FieldDef::new("start_date", "Beginn", Kind::Date),
            FieldDef::new("end_date", "Ende", Kind::Date),
        ],
        submit: "Speichern",
        cancel: format!("/admin/bodies/{}", body.id),
        delete_action: None,
        extra_button: None,
    }
}

async fn term_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    term_form(&cx, &body).render(&RawInput::new(), None)
}

async fn term_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    term_form(&cx, &body)
        .submit(input, LegislativeTermDraft::parse, |d| async move {
            app.store.create_legislative_term(body_id, &d).await?;
            Ok(format!("/admin/bodies/{body_id}"))
        })
        .await
}
