//! Measures and their progress reports.

use crate::concepts::{concept_and_body, concept_href, concept_layout};
use crate::kit::auth::Viewer;
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::opt;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::Coded;
use teilhabe_domain::concepts::{MeasureDraft, ProgressReportDraft};
use teilhabe_domain::controlling::ReportInterval;
use teilhabe_domain::values::Hundredths;
use teilhabe_domain::{Date, MeasureStatus, Money, Priority, RawInput, Scope};
use teilhabe_store::{Body, Concept, Measure};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/goals/{id}/measures/new",
            get(measure_new).post(measure_create),
        )
        .route(
            "/measures/{id}/edit",
            get(measure_edit).post(measure_update),
        )
        .route("/measures/{id}/delete", post(measure_delete))
        .route(
            "/measures/{id}/reports/new",
            get(report_new).post(report_create),
        )
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

/// The concept and body a goal belongs to.
async fn context_of_goal(app: &AppState, goal_id: i64) -> Result<(Concept, Body), HtmlError> {
    let goal = app.store.goal(goal_id).await?;
    let field = app.store.field_of_action(goal.field_id).await?;
    concept_and_body(app, field.concept_id).await
}

async fn measure_fields(app: &AppState, body_id: i64) -> Result<Vec<FieldDef>, HtmlError> {
    let orgs: Vec<(String, String)> = app
        .store
        .organizations(body_id)
        .await?
        .into_iter()
        .map(|o| (o.id.to_string(), o.name))
        .collect();
    let persons = app
        .store
        .persons(body_id)
        .await?
        .into_iter()
        .map(|p| {
            (
                p.id.to_string(),
                p.role_title
                    .filter(|r| *r != p.name)
                    .map(|r| format!("{} ({r})", p.name))
                    .unwrap_or(p.name),
            )
        })
        .collect();
    let groups = app
        .store
        .target_groups(body_id)
        .await?
        .into_iter()
        .map(|t| (t.id.to_string(), t.name))
        .collect();
    let programmes = crate::funding::options(app, body_id).await?;
    Ok(vec![
        FieldDef::new("code", "Nummer", Kind::Text).hint("z. B. 2.3"),
        FieldDef::new("title", "Titel", Kind::Text).required(),
        FieldDef::new("description", "Beschreibung", Kind::Textarea),
        FieldDef::new("lead_organization_id", "Federführung", Kind::Select).required().options(orgs.clone()),
        FieldDef::new("partner_ids", "Partner", Kind::Checks).options(orgs),
        FieldDef::new("contact_person_id", "Ansprechperson", Kind::Select).options(persons),
        FieldDef::new("target_group_ids", "Zielgruppen", Kind::Checks).options(groups),
        FieldDef::new("scope", "Gebiet", Kind::Select).codes::<Scope>(),
        FieldDef::new("scope_detail", "Gebiet genauer", Kind::Text).hint("z. B. die Namen der Gemeinden oder des Planungsraums"),
        FieldDef::new("start_date", "Beginn", Kind::Date),
        FieldDef::new("end_date", "Ende", Kind::Date).hint("Leer lassen bei Daueraufgaben."),
        FieldDef::new("priority", "Priorität", Kind::Select).codes::<Priority>(),
        FieldDef::new("status", "Status", Kind::Select).codes::<MeasureStatus>(),
        FieldDef::new("progress", "Fortschritt in Prozent", Kind::Number).hint("0 bis 100; wird mit jeder Sachstandsmeldung fortgeschrieben."),
        FieldDef::new("budget_lines", "Mittel und Finanzierung", Kind::Budget)
            .hint("Eine Zeile je Haushaltsjahr und Finanzierungsquelle oder Förderprogramm; Beträge wie 12.500,00, Personal in Vollzeitäquivalenten wie 1,5. Leere Zeilen werden ignoriert.")
            .options(programmes),
        FieldDef::new("report_interval", "Berichtsintervall", Kind::Select)
            .codes::<ReportInterval>()
            .hint("Leer: wie für die Körperschaft eingestellt (Berichtspflichten)."),
        FieldDef::new("public", "Öffentlich sichtbar", Kind::Flag),
    ])
}

fn plain_money(cents: i64) -> String {
    Money::from_cents(cents)
        .german()
        .trim_end_matches(" €")
        .to_owned()
}

/// A stored measure as its form's input (what the edit form shows, what a sheet's cells
/// change).
pub(crate) fn measure_input(m: &Measure) -> RawInput {
    let mut input = RawInput::from_pairs([
        ("code", opt(&m.code)),
        ("title", m.title.clone()),
        ("description", opt(&m.description)),
        ("lead_organization_id", m.lead_organization_id.to_string()),
        ("contact_person_id", opt(&m.contact_person_id)),
        ("scope", m.scope.clone()),
        ("scope_detail", opt(&m.scope_detail)),
        ("start_date", opt(&m.start_date)),
        ("end_date", opt(&m.end_date)),
        ("priority", m.priority.clone()),
        ("status", m.status.clone()),
        ("progress", m.progress.to_string()),
        ("public", if m.public.0 { "1".into() } else { "0".into() }),
        (
            "report_interval",
            opt(&m
                .report_interval_months
                .and_then(ReportInterval::from_months)
                .map(Coded::code)),
        ),
    ]);
    for p in &m.partner_ids {
        input.push("partner_ids", p.to_string());
    }
    for t in &m.target_group_ids {
        input.push("target_group_ids", t.to_string());
    }
    for b in &m.budget_lines {
        input.push("budget_lines.year", b.year.to_string());
        input.push("budget_lines.amount", plain_money(b.amount_cents));
        input.push("budget_lines.funding_source", opt(&b.funding_source));
        input.push("budget_lines.programme_id", opt(&b.programme_id));
        input.push(
            "budget_lines.own_share",
            b.own_share_cents.map(plain_money).unwrap_or_default(),
        );
        input.push(
            "budget_lines.staff",
            b.staff_hundredths
                .map(|h| Hundredths::from_hundredths(h).german())
                .unwrap_or_default(),
        );
    }
    input
}

async fn measure_form(
    app: &AppState,
    cx: &Context,
    body: &Body,
    concept: &Concept,
    goal_id: i64,
    existing: Option<&Measure>,
) -> Result<Form, HtmlError> {
    Ok(Form {
        layout: concept_layout(
            cx,
            if existing.is_some() {
                "Maßnahme bearbeiten"
            } else {
                "Neue Maßnahme"
            },
            body,
            concept,
        ),
        heading: existing.map_or_else(
            || "Neue Maßnahme".into(),
            |m| format!("Maßnahme „{}“ bearbeiten", m.title),
        ),
        intro: None,
        action: match existing {
            Some(m) => format!("/admin/measures/{}/edit", m.id),
            None => format!("/admin/goals/{goal_id}/measures/new"),
        },
        defs: measure_fields(app, body.id).await?,
        submit: "Speichern",
        cancel: concept_href(concept.id),
        delete_action: existing.map(|m| format!("/admin/measures/{}/delete", m.id)),
        extra_button: None,
    })
}

async fn measure_new(State(app): State<AppState>, cx: Context, Path(goal_id): Path<i64>) -> Page {
    let (c, body) = context_of_goal(&app, goal_id).await?;
    let defaults = RawInput::from_pairs([
        ("scope", "county"),
        ("priority", "medium"),
        ("status", "planned"),
        ("progress", "0"),
    ]);
    measure_form(&app, &cx, &body, &c, goal_id, None)
        .await?
        .render(&defaults, None)
}

async fn measure_create(
    State(app): State<AppState>,
    cx: Context,
    Path(goal_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (c, body) = context_of_goal(&app, goal_id).await?;
    measure_form(&app, &cx, &body, &c, goal_id, None)
        .await?
        .submit(input, MeasureDraft::parse, |d| async move {
            app.store.create_measure(goal_id, &d).await?;
            Ok(concept_href(c.id))
        })
        .await
}

async fn measure_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let viewer = cx.viewer();
    let m = app.store.measure(id).await?;
    let (c, body) = context_of_goal(&app, m.goal_id).await?;
    let mut form = measure_form(&app, &cx, &body, &c, m.goal_id, Some(&m)).await?;
    form.cancel = back_to(viewer, body.id, concept_href(c.id));
    if !viewer.principal().is_some_and(|p| p.manages(body.id)) {
        form.delete_action = None; // actors edit and report, they do not delete
    }
    form.render(&measure_input(&m), None)
}

async fn measure_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let viewer = cx.viewer();
    let m = app.store.measure(id).await?;
    let (c, body) = context_of_goal(&app, m.goal_id).await?;
    let back = back_to(viewer, body.id, concept_href(c.id));
    let mut form = measure_form(&app, &cx, &body, &c, m.goal_id, Some(&m)).await?;
    form.cancel = back.clone();
    // What an actor may set (its own organizations, not publication) the store checks.
    form.submit(input, MeasureDraft::parse, |d| async move {
        app.store.update_measure(id, &d).await?;
        Ok(back)
    })
    .await
}

/// Where to go after saving: the concept for those who manage the body, the start page
/// (with their measures) for actors.
fn back_to(viewer: &Viewer, body_id: i64, concept: String) -> String {
    if viewer.principal().is_some_and(|p| p.manages(body_id)) {
        concept
    } else {
        "/admin/".to_owned()
    }
}

async fn measure_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let m = app.store.measure(id).await?;
    let (c, _) = context_of_goal(&app, m.goal_id).await?;
    app.store.delete_measure(id).await?;
    Ok(Redirect::to(&concept_href(c.id)).into_response())
}

/// The fields of a progress report on a measure, wherever one is filed (the
/// administration, a reporting round's link): with the measure's outputs, if it has any.
pub(crate) async fn report_fields(
    app: &AppState,
    measure_id: i64,
) -> Result<Vec<FieldDef>, HtmlError> {
    let mut defs = vec![
        FieldDef::new("reported_on", "Stand vom", Kind::Date).required(),
        FieldDef::new("status", "Status", Kind::Select)
            .required()
            .codes::<MeasureStatus>(),
        FieldDef::new("progress", "Fortschritt in Prozent", Kind::Number)
            .required()
            .hint("0 bis 100"),
        FieldDef::new("narrative", "Sachstand", Kind::Textarea)
            .required()
            .hint("Was ist geschehen, was steht an, wo hakt es?"),
        FieldDef::new("spent", "Ausgaben im Berichtszeitraum in Euro", Kind::Text),
    ];
    defs.extend(crate::impact::report_field(app, measure_id).await?);
    Ok(defs)
}

async fn report_form(
    app: &AppState,
    cx: &Context,
    viewer: &Viewer,
    m: &Measure,
) -> Result<Form, HtmlError> {
    let (c, body) = context_of_goal(app, m.goal_id).await?;
    let manages = viewer.principal().is_some_and(|p| p.manages(body.id));
    let orgs = app
        .store
        .organizations(body.id)
        .await?
        .into_iter()
        .filter(|o| {
            manages
                || viewer
                    .principal()
                    .is_some_and(|p| p.organizations.contains(&o.id))
        })
        .map(|o| (o.id.to_string(), o.name))
        .collect();
    Ok(Form {
        layout: concept_layout(cx, "Sachstand melden", &body, &c),
        heading: format!("Sachstand melden: {}", m.title),
        intro: Some("Jede Meldung bleibt erhalten; so entsteht der Verlauf der Maßnahme. Die neueste Meldung bestimmt Status und Fortschritt.".into()),
        action: format!("/admin/measures/{}/reports/new", m.id),
        defs: {
            let mut defs = report_fields(app, m.id).await?;
            defs.push(FieldDef::new("reporter_organization_id", "Meldende Organisation", Kind::Select).options(orgs));
            defs
        },
        submit: "Meldung speichern",
        cancel: back_to(viewer, body.id, concept_href(c.id)),
        delete_action: None,
        extra_button: None,
    })
}

async fn report_new(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let viewer = cx.viewer();
    let m = app.store.measure(id).await?;
    let defaults = RawInput::from_pairs([
        ("reported_on", Date::today().iso()),
        ("status", m.status.clone()),
        ("progress", m.progress.to_string()),
        (
            "reporter_organization_id",
            m.lead_organization_id.to_string(),
        ),
    ]);
    report_form(&app, &cx, viewer, &m)
        .await?
        .render(&defaults, None)
}

async fn report_create(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let viewer = cx.viewer();
    let m = app.store.measure(id).await?;
    let (c, body) = context_of_goal(&app, m.goal_id).await?;
    let back = back_to(viewer, body.id, concept_href(c.id));
    report_form(&app, &cx, viewer, &m)
        .await?
        .submit(input, ProgressReportDraft::parse, |d| async move {
            app.store.create_progress_report(id, &d).await?;
            Ok(back)
        })
        .await
}

/// The measures a form can link to (a paper, a resolution): those of the body's versions in
/// force or in preparation, not of superseded ones, as (id, "code title (version)").
pub(crate) async fn measure_options(
    app: &AppState,
    body_id: i64,
) -> Result<Vec<(String, String)>, HtmlError> {
    let mut measures = Vec::new();
    for c in app.store.concepts(body_id).await? {
        if c.status == teilhabe_domain::Coded::code(teilhabe_domain::ConceptStatus::Superseded) {
            continue;
        }
        for m in app.store.measure_list_of_concept(c.id).await? {
            let code = m.code.clone().map(|c| format!("{c} ")).unwrap_or_default();
            measures.push((
                m.id.to_string(),
                format!("{code}{} ({})", m.title, c.version_label),
            ));
        }
    }
    Ok(measures)
}
