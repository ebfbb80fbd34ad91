//! The administration of controlling: a body's reporting overview (which measure reports
//! how often, which report is due or late, which milestones are late) with its settings,
//! and each measure's milestones.

use super::{ReportingRow, reporting_rows};
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
use std::collections::HashMap;
use teilhabe_domain::controlling::{MilestoneDraft, ReportInterval, SettingsDraft};
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, Date, RawInput};
use teilhabe_store::controlling::Milestone;
use teilhabe_store::controlling::rounds::Round;
use teilhabe_store::{Body, Concept, Measure};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bodies/{id}/controlling", get(overview))
        .route(
            "/bodies/{id}/controlling/settings",
            get(settings_edit).post(settings_update),
        )
        .route("/measures/{id}/milestones", get(milestones_page))
        .route(
            "/measures/{id}/milestones/new",
            get(milestone_new).post(milestone_create),
        )
        .route(
            "/milestones/{id}/edit",
            get(milestone_edit).post(milestone_update),
        )
        .route("/milestones/{id}/delete", post(milestone_delete))
        .route("/bodies/{id}/mails/retry", post(retry_body_mail))
        .route("/mails/retry", post(retry_server_mail))
}

/// Gives an undeliverable mail of the body another first attempt (after the address or
/// the settings were mended).
async fn retry_body_mail(
    State(app): State<AppState>,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    retry(&app, Some(id), &input).await
}

/// The same for a mail that belongs to no body (the server's administrators).
async fn retry_server_mail(State(app): State<AppState>, FormInput(input): FormInput) -> Submit {
    retry(&app, None, &input).await
}

async fn retry(app: &AppState, body_id: Option<i64>, input: &RawInput) -> Submit {
    let ids: Vec<i64> = input
        .all("mail")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    app.store.retry_failed_mails(body_id, &ids).await?;
    Ok(Redirect::to("/admin/").into_response())
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

fn overview_href(body_id: i64) -> String {
    format!("/admin/bodies/{body_id}/controlling")
}

fn body_layout(cx: &Context, title: &str, body: &Body) -> Layout {
    Layout::admin(cx, title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone())
}

/// [`body_layout`] with the crumb to the body's overview (in the page's language).
fn overview_layout(cx: &Context, title: &str, body: &Body) -> Layout {
    let layout = body_layout(cx, title, body);
    let label = layout.g("Berichtspflichten und Meilensteine");
    layout.crumb(overview_href(body.id), label)
}

/// A late milestone as the overview lists it: the milestone and its measure's title.
struct LateMilestone {
    milestone: Milestone,
    measure: String,
}

#[derive(Template)]
#[template(path = "controlling/admin_overview.html")]
struct Overview {
    layout: Layout,
    body: Body,
    interval: &'static str,
    rows: Vec<ReportingRow>,
    organizations: HashMap<i64, String>,
    late: Vec<LateMilestone>,
    rounds: Vec<Round>,
    /// The versions a round can be started for (not superseded).
    concepts: Vec<Concept>,
    /// Measures with output indicators and the rating they give.
    rated: Vec<crate::impact::RatedMeasure>,
}

impl Overview {
    fn organization(&self, id: &i64) -> String {
        self.organizations.get(id).cloned().unwrap_or_default()
    }

    fn round_open(&self, r: &Round) -> bool {
        r.open_on(Date::today())
    }

    fn german(&self, iso: &str) -> String {
        german_date(iso)
    }
}

async fn overview(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let body = app.store.body(id).await?;
    let today = Date::today();
    let settings = app.store.controlling_settings(id).await?;
    let rows = reporting_rows(app.store.reporting_of_body(id).await?, today);
    let titles: HashMap<i64, String> = rows
        .iter()
        .map(|r| (r.measure.measure_id, r.measure.title.clone()))
        .collect();
    let late = app
        .store
        .late_milestones(id, &today.iso())
        .await?
        .into_iter()
        .map(|m| LateMilestone {
            measure: titles.get(&m.measure_id).cloned().unwrap_or_default(),
            milestone: m,
        })
        .collect();
    let organizations = app
        .store
        .organizations(id)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let rounds = app.store.rounds(id).await?;
    let measure_ids: Vec<i64> = rows.iter().map(|r| r.measure.measure_id).collect();
    let rated = crate::impact::rated(&app, &measure_ids).await?;
    let concepts = app
        .store
        .concepts(id)
        .await?
        .into_iter()
        .filter(|c| c.status != "superseded")
        .collect();
    let page = Overview {
        layout: body_layout(&cx, "Berichtspflichten und Meilensteine", &body),
        rounds,
        concepts,
        rated,
        interval: ReportInterval::effective(None, settings.report_interval).label(),
        body,
        rows,
        organizations,
        late,
    };
    Ok(Html(page.render()?))
}

fn settings_form(cx: &Context, body: &Body) -> Form {
    Form {
        layout: overview_layout(cx, "Berichtspflichten einstellen", body),
        heading: "Berichtspflichten einstellen".into(),
        intro: Some("Wie oft die Maßnahmen berichten, wenn eine Maßnahme nichts anderes festlegt. Der nächste Bericht ist ein Intervall nach dem letzten fällig, ohne Bericht ein Intervall nach dem Beginn der Maßnahme; ab 30 Tagen vorher gilt er als fällig, danach als überfällig.".into()),
        action: format!("/admin/bodies/{}/controlling/settings", body.id),
        defs: vec![
            FieldDef::new("report_interval", "Berichtsintervall", Kind::Select)
                .codes::<ReportInterval>()
                .hint("Leer: jährlich."),
            FieldDef::new("approval", "Meldungen von Akteuren erst nach Freigabe veröffentlichen", Kind::Flag)
                .hint("Meldungen, die Akteure mit ihrem Konto oder über den Link einer Berichtsabfrage abgeben, warten dann als „eingereicht“, bis die Koordination sie freigibt oder mit Begründung zurückgibt."),
        ],
        submit: "Speichern",
        cancel: overview_href(body.id),
        delete_action: None,
        extra_button: None,
    }
}

async fn settings_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let body = app.store.body(id).await?;
    let settings = app.store.controlling_settings(id).await?;
    let input = RawInput::from_pairs([
        (
            "report_interval",
            opt(&settings.report_interval.map(Coded::code)),
        ),
        ("approval", if settings.approval { "1" } else { "0" }.into()),
    ]);
    settings_form(&cx, &body).render(&input, None)
}

async fn settings_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(id).await?;
    settings_form(&cx, &body)
        .submit(input, SettingsDraft::parse, |d| async move {
            app.store.set_controlling_settings(id, &d).await?;
            Ok(overview_href(id))
        })
        .await
}

// ---- milestones

/// A milestone as the measure's list shows it.
struct MilestoneRow {
    milestone: Milestone,
    late: bool,
}

#[derive(Template)]
#[template(path = "controlling/admin_milestones.html")]
struct MilestonesPage {
    layout: Layout,
    measure: Measure,
    milestones: Vec<MilestoneRow>,
}

fn milestones_href(measure_id: i64) -> String {
    format!("/admin/measures/{measure_id}/milestones")
}

async fn milestones_page(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (measure, body) = crate::measures::measure_and_body(&app, id).await?;
    let today = Date::today();
    let milestones = app
        .store
        .milestones(id)
        .await?
        .into_iter()
        .map(|m| MilestoneRow {
            late: m.is_late(today),
            milestone: m,
        })
        .collect();
    let page = MilestonesPage {
        layout: overview_layout(&cx, "Meilensteine", &body),
        measure,
        milestones,
    };
    Ok(Html(page.render()?))
}

fn milestone_form(
    cx: &Context,
    body: &Body,
    measure: &Measure,
    existing: Option<&Milestone>,
) -> Form {
    Form {
        layout: {
            let layout = overview_layout(cx, "Meilenstein", body);
            let label = layout.g("Meilensteine");
            layout.crumb(milestones_href(measure.id), label)
        },
        heading: format!("Meilenstein: {}", measure.title),
        intro: None,
        action: match existing {
            Some(s) => format!("/admin/milestones/{}/edit", s.id),
            None => format!("/admin/measures/{}/milestones/new", measure.id),
        },
        defs: vec![
            FieldDef::new("title", "Bezeichnung", Kind::Text)
                .required()
                .hint("Was bis zu diesem Tag erreicht sein soll, z. B. „Kursangebot steht“."),
            FieldDef::new("due_on", "Zu erreichen bis", Kind::Date).required(),
            FieldDef::new("done_on", "Erreicht am", Kind::Date)
                .hint("Leer, solange er nicht erreicht ist."),
        ],
        submit: "Speichern",
        cancel: milestones_href(measure.id),
        delete_action: existing.map(|s| format!("/admin/milestones/{}/delete", s.id)),
        extra_button: None,
    }
}

async fn milestone_new(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (measure, body) = crate::measures::measure_and_body(&app, id).await?;
    milestone_form(&cx, &body, &measure, None).render(&RawInput::new(), None)
}

async fn milestone_create(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (measure, body) = crate::measures::measure_and_body(&app, id).await?;
    milestone_form(&cx, &body, &measure, None)
        .submit(input, MilestoneDraft::parse, |d| async move {
            app.store.create_milestone(id, &d).await?;
            Ok(milestones_href(id))
        })
        .await
}

fn milestone_input(s: &Milestone) -> RawInput {
    RawInput::from_pairs([
        ("title", s.title.clone()),
        ("due_on", s.due_on.clone()),
        ("done_on", opt(&s.done_on)),
    ])
}

async fn milestone_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let s = app.store.milestone(id).await?;
    let (measure, body) = crate::measures::measure_and_body(&app, s.measure_id).await?;
    milestone_form(&cx, &body, &measure, Some(&s)).render(&milestone_input(&s), None)
}

async fn milestone_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let s = app.store.milestone(id).await?;
    let (measure, body) = crate::measures::measure_and_body(&app, s.measure_id).await?;
    let back = milestones_href(measure.id);
    milestone_form(&cx, &body, &measure, Some(&s))
        .submit(input, MilestoneDraft::parse, |d| async move {
            app.store.update_milestone(id, &d).await?;
            Ok(back)
        })
        .await
}

async fn milestone_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let s = app.store.milestone(id).await?;
    app.store.delete_milestone(id).await?;
    Ok(Redirect::to(&milestones_href(s.measure_id)).into_response())
}
