//! The administration of resolution tracking: the body's list (what needs attention first),
//! taking over every recorded outcome of the meetings at once, and the form of one entry,
//! made from an agenda item or a paper.

use super::decided_in;
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::{FieldDef, Form, FormInput, Kind, opt};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::resolutions::{ResolutionDraft, ResolutionKind, ResolutionStatus};
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, Date, RawInput};
use teilhabe_store::Body;
use teilhabe_store::resolutions::{Anchor, Resolution, Untracked};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bodies/{id}/resolutions", get(list))
        .route("/bodies/{id}/resolutions/take-over", post(take_over))
        .route(
            "/agenda-items/{id}/resolutions/new",
            get(new_from_item).post(create_from_item),
        )
        .route(
            "/papers/{id}/resolutions/new",
            get(new_from_paper).post(create_from_paper),
        )
        .route("/resolutions/{id}/edit", get(edit).post(update))
        .route("/resolutions/{id}/delete", post(delete))
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

fn list_href(body_id: i64) -> String {
    format!("/admin/bodies/{body_id}/resolutions")
}

fn list_layout(cx: &Context, title: &str, body: &Body) -> Layout {
    let layout =
        Layout::admin(cx, title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone());
    let label = layout.g("Beschlussverfolgung");
    layout.crumb(list_href(body.id), label)
}

/// An entry as the administration's list shows it.
struct Row {
    entry: Resolution,
    decided_in: String,
    lead: String,
    state: String,
    attention: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "resolutions/admin_list.html")]
struct ListPage {
    layout: Layout,
    body: Body,
    /// Needing attention today, then the rest.
    sections: [Section; 2],
    untracked: Vec<Untracked>,
}

struct Section {
    id: &'static str,
    heading: &'static str,
    empty: &'static str,
    rows: Vec<Row>,
}

impl ListPage {
    fn german(&self, iso: &str) -> String {
        german_date(iso)
    }

    fn kind(&self, k: ResolutionKind) -> &'static str {
        k.label()
    }
}

async fn list(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let body = app.store.body(id).await?;
    let today = Date::today();
    let orgs = app.store.organization_names(id).await?;
    let (mut attention, mut rest) = (Vec::new(), Vec::new());
    for r in app.store.resolutions(id, true).await? {
        let row = Row {
            decided_in: decided_in(&r),
            lead: r
                .lead_organization_id
                .and_then(|o| orgs.get(&o).cloned())
                .unwrap_or_default(),
            state: state_in(&cx, &r),
            attention: r.attention(today).map(|a| a.label()),
            entry: r,
        };
        if row.attention.is_some() {
            attention.push(row);
        } else {
            rest.push(row);
        }
    }
    let page = ListPage {
        layout: Layout::admin(&cx, "Beschlussverfolgung")
            .crumb(format!("/admin/bodies/{}", body.id), body.name.clone()),
        untracked: app.store.untracked_outcomes(id).await?,
        body,
        sections: [
            Section {
                id: "aufmerksamkeit",
                heading: "Braucht Aufmerksamkeit",
                empty: "Keine Frist ist abgelaufen, keine Wiedervorlage fällig.",
                rows: attention,
            },
            Section {
                id: "alle",
                heading: "Alle weiteren Einträge",
                empty: "Keine weiteren Einträge.",
                rows: rest,
            },
        ],
    };
    Ok(Html(page.render()?))
}

/// The entry's state in the page's language, with its day where it has one.
fn state_in(cx: &Context, r: &Resolution) -> String {
    match (r.status(), &r.done_on, &r.resubmission_on) {
        (ResolutionStatus::Done, Some(d), _) => {
            format!("{} {}", cx.g("erledigt am"), german_date(d))
        }
        (ResolutionStatus::Deferred, _, Some(d)) => {
            format!("{} {}", cx.g("zurückgestellt bis"), german_date(d))
        }
        (s, _, _) => cx.g(s.label()),
    }
}

/// Makes an entry for every recorded outcome without one.
async fn take_over(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    app.store.body(id).await?;
    app.store.track_outcomes(id).await?;
    Ok(Redirect::to(&list_href(id)).into_response())
}

/// The form of an entry of `body`.
async fn form(
    app: &AppState,
    cx: &Context,
    body: &Body,
    heading: String,
    action: String,
    existing: Option<&Resolution>,
) -> Result<Form, HtmlError> {
    let orgs: Vec<(String, String)> = app
        .store
        .organizations(body.id)
        .await?
        .into_iter()
        .map(|o| (o.id.to_string(), o.name))
        .collect();
    let measures = crate::measures::measure_options(app, body.id).await?;
    Ok(Form {
        layout: list_layout(cx, "Beschluss verfolgen", body),
        heading,
        intro: Some("Ein Eintrag verfolgt, was aus einem Beschluss, einem Prüfauftrag oder einer zurückgestellten Angelegenheit wird. Er ist öffentlich, wenn sein Tagesordnungspunkt und seine Vorlage öffentlich sind – auch der Vermerk.".into()),
        action,
        defs: vec![
            FieldDef::new("kind", "Art", Kind::Select).required().codes::<ResolutionKind>(),
            FieldDef::new("title", "Was zu tun ist", Kind::Text)
                .required()
                .hint("In einer Zeile, z. B. „Integrationsbeirat einrichten“."),
            FieldDef::new("lead_organization_id", "Federführend", Kind::Select).options(orgs),
            FieldDef::new("due_on", "Frist", Kind::Date)
                .hint("Bis wann es umgesetzt oder berichtet sein soll; leer, wenn keine Frist gesetzt ist."),
            FieldDef::new("status", "Stand", Kind::Select).codes::<ResolutionStatus>()
                .hint("Leer: offen, bei einer zurückgestellten Angelegenheit zurückgestellt."),
            FieldDef::new("resubmission_on", "Zurückgestellt bis (Wiedervorlage)", Kind::Date)
                .hint("Pflicht, solange der Stand „zurückgestellt“ ist."),
            FieldDef::new("done_on", "Erledigt am", Kind::Date)
                .hint("Nur bei „erledigt“; leer: heute."),
            FieldDef::new("measure_ids", "Umgesetzt durch die Maßnahmen", Kind::Checks).options(measures),
            FieldDef::new("notes", "Vermerk", Kind::Textarea)
                .hint("Was geschehen ist oder noch fehlt."),
        ],
        submit: "Speichern",
        cancel: list_href(body.id),
        delete_action: existing.map(|r| format!("/admin/resolutions/{}/delete", r.id)),
        extra_button: None,
    })
}

async fn new_from_item(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    new_entry(&app, &cx, Anchor::AgendaItem(id)).await
}

async fn create_from_item(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    create_entry(app, &cx, Anchor::AgendaItem(id), input).await
}

async fn new_from_paper(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    new_entry(&app, &cx, Anchor::Paper(id)).await
}

async fn create_from_paper(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    create_entry(app, &cx, Anchor::Paper(id), input).await
}

/// The form of a new entry decided at `anchor`, with its first values.
async fn new_entry(app: &AppState, cx: &Context, anchor: Anchor) -> Page {
    let (body, input, heading) = start(app, anchor).await?;
    form(app, cx, &body, heading, action(anchor), None)
        .await?
        .render(&input, None)
}

async fn create_entry(app: AppState, cx: &Context, anchor: Anchor, input: RawInput) -> Submit {
    let (body, _, heading) = start(&app, anchor).await?;
    let body_id = body.id;
    form(&app, cx, &body, heading, action(anchor), None)
        .await?
        .submit(input, ResolutionDraft::parse, |d| async move {
            app.store.create_resolution(body_id, anchor, &d).await?;
            Ok(list_href(body_id))
        })
        .await
}

fn action(anchor: Anchor) -> String {
    match anchor {
        Anchor::AgendaItem(id) => format!("/admin/agenda-items/{id}/resolutions/new"),
        Anchor::Paper(id) => format!("/admin/papers/{id}/resolutions/new"),
    }
}

/// The body where `anchor` was decided, the form's first values and the heading: for an
/// agenda item its name, its paper's lead and the kind its outcome suggests; for a paper
/// its subject and lead.
async fn start(app: &AppState, anchor: Anchor) -> Result<(Body, RawInput, String), HtmlError> {
    let (body_id, kind, title, paper, place) = match anchor {
        Anchor::AgendaItem(id) => {
            let item = app.store.agenda_item(id).await?;
            let meeting = app.store.meeting(item.meeting_id).await?;
            let kind = ResolutionKind::of_outcome(
                item.result.as_deref(),
                item.resolution_text.as_deref(),
                item.votes().is_recorded(),
            );
            let mut place = vec![
                meeting.name.clone(),
                german_date(meeting.start_at.get(..10).unwrap_or(&meeting.start_at)),
            ];
            if let Some(n) = item.number.as_deref().filter(|n| !n.is_empty()) {
                place.push(format!("TOP {n}"));
            }
            (
                meeting.body_id,
                kind,
                item.name,
                item.paper_id,
                place.join(", "),
            )
        }
        Anchor::Paper(id) => {
            let paper = app.store.paper(id).await?;
            let place = format!("Vorlage {}", paper.reference);
            (paper.body_id, None, paper.name, Some(id), place)
        }
    };
    let lead = match paper {
        Some(p) => app.store.paper(p).await?.lead_organization_id,
        None => None,
    };
    let input = RawInput::from_pairs([
        (
            "kind",
            kind.unwrap_or(ResolutionKind::Resolution).code().to_owned(),
        ),
        ("title", title),
        (
            "lead_organization_id",
            lead.map(|l| l.to_string()).unwrap_or_default(),
        ),
    ]);
    let body = app.store.body(body_id).await?;
    Ok((body, input, format!("Beschluss verfolgen: {place}")))
}

fn input_of(r: &Resolution) -> RawInput {
    let mut input = RawInput::from_pairs([
        ("kind", r.kind.clone()),
        ("title", r.title.clone()),
        (
            "lead_organization_id",
            opt(&r.lead_organization_id.map(|o| o.to_string())),
        ),
        ("due_on", opt(&r.due_on)),
        ("status", r.status.clone()),
        ("resubmission_on", opt(&r.resubmission_on)),
        ("done_on", opt(&r.done_on)),
        ("notes", opt(&r.notes)),
    ]);
    for m in &r.measures {
        input.push("measure_ids", m.id.to_string());
    }
    input
}

fn edit_heading(r: &Resolution) -> String {
    let place = decided_in(r);
    if place.is_empty() {
        format!("Beschluss: {}", r.title)
    } else {
        format!("Beschluss: {} ({place})", r.title)
    }
}

async fn edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let r = app.store.resolution(id).await?;
    let body = app.store.body(r.body_id).await?;
    form(
        &app,
        &cx,
        &body,
        edit_heading(&r),
        format!("/admin/resolutions/{id}/edit"),
        Some(&r),
    )
    .await?
    .render(&input_of(&r), None)
}

async fn update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let r = app.store.resolution(id).await?;
    let body = app.store.body(r.body_id).await?;
    let back = list_href(body.id);
    form(
        &app,
        &cx,
        &body,
        edit_heading(&r),
        format!("/admin/resolutions/{id}/edit"),
        Some(&r),
    )
    .await?
    .submit(input, ResolutionDraft::parse, |d| async move {
        app.store.update_resolution(id, &d).await?;
        Ok(back)
    })
    .await
}

async fn delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let r = app.store.resolution(id).await?;
    app.store.delete_resolution(id).await?;
    Ok(Redirect::to(&list_href(r.body_id)).into_response())
}
