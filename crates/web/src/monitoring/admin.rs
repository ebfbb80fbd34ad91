//! Administration of the monitoring: the body's indicator catalogue and a goal's indicator
//! target.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::opt;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::impact::Level;
use teilhabe_domain::input::Parser;
use teilhabe_domain::{FieldErrors, RawInput};
use teilhabe_store::Body;
use teilhabe_store::indicators::{Indicator, IndicatorDraft};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/bodies/{id}/indicators/new",
            get(indicator_new).post(indicator_create),
        )
        .route(
            "/indicators/{id}/edit",
            get(indicator_edit).post(indicator_update),
        )
        .route("/indicators/{id}/delete", post(indicator_delete))
        .route(
            "/goals/{id}/indicator",
            get(target_edit).post(target_update),
        )
        .route(
            "/bodies/{id}/planning-areas/new",
            get(area_new).post(area_create),
        )
}

// ---- planning areas

/// A name and the municipalities (region keys) it covers.
#[derive(Debug, Clone, PartialEq)]
struct AreaDraft {
    name: String,
    members: Vec<String>,
}

fn parse_area(input: &RawInput) -> Result<AreaDraft, FieldErrors> {
    let mut p = Parser::new(input);
    let name = p.required_text("name", "einen Namen", 200);
    let members: Vec<String> = input
        .all("members")
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(str::to_owned)
        .collect();
    if members.is_empty() {
        p.fail("members", "Bitte mindestens eine Gemeinde wählen.");
    }
    p.finish(AreaDraft { name, members })
}

fn area_form(cx: &Context, body: &Body) -> Form {
    let gemeinden = teilhabe_stats::regions::regions()
        .gemeinden_of(&body.key)
        .into_iter()
        .map(|r| (r.key.to_owned(), r.name.to_owned()))
        .collect();
    Form {
        layout: Layout::admin(cx, "Neuer Planungsraum")
            .crumb(format!("/admin/bodies/{}", body.id), body.name.clone()),
        heading: "Neuer Planungsraum".into(),
        intro: Some("Ein Planungsraum fasst Gemeinden zusammen; das Monitoring zeigt ihn neben den Gemeinden, mit den Werten aller seiner Gemeinden zusammen gerechnet.".into()),
        action: format!("/admin/bodies/{}/planning-areas/new", body.id),
        defs: vec![
            FieldDef::new("name", "Name", Kind::Text).required(),
            FieldDef::new("members", "Gemeinden", Kind::Checks).options(gemeinden),
        ],
        submit: "Speichern",
        cancel: back(body.id),
        delete_action: None,
        extra_button: None,
    }
}

async fn area_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    area_form(&cx, &body).render(&RawInput::new(), None)
}

async fn area_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    area_form(&cx, &body)
        .submit(input, parse_area, |d| async move {
            app.store
                .create_planning_area(body_id, &d.name, &d.members)
                .await?;
            Ok(back(body_id))
        })
        .await
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

fn back(body_id: i64) -> String {
    format!("/admin/bodies/{body_id}#indikatoren")
}

fn indicator_fields(cx: &Context) -> Vec<FieldDef> {
    vec![
        FieldDef::new("name", "Name", Kind::Text).required(),
        FieldDef::new("code", "Kürzel", Kind::Text)
            .required()
            .hint("Kleinbuchstaben, Ziffern und _, z. B. auslaenderanteil; erscheint in der Adresse der Seite."),
        FieldDef::new("formula", "Formel", Kind::Text)
            .required()
            .hint("Über Merkmale der importierten Statistik, z. B. 100 * ERW032[NAT=NATA] / ERW032 oder 1000 * sum(BEV030[SCHST2=SCHUTZST-AK-1]) / BEVSTD; aus eigenen Befragungen survey_share(frage: 4, 5) für den gewichteten Anteil der Antworten 4 und 5 oder survey_mean(frage) für den gewichteten Mittelwert."),
        FieldDef::new("unit", "Einheit", Kind::Text),
        FieldDef::new("direction", "Wertung", Kind::Select).options(vec![
            ("higher".into(), cx.g("höher ist besser")),
            ("lower".into(), cx.g("niedriger ist besser")),
            ("neutral".into(), cx.g("keine Wertung")),
        ]),
        FieldDef::new("level", "Wirkungsebene", Kind::Select)
            .codes::<Level>()
            .hint("Outcome: was sich für die Zielgruppen ändert; Impact: was sich im Landkreis insgesamt ändert. Output-Kennzahlen gehören zu einer Maßnahme und werden dort angelegt."),
        FieldDef::new("field", "Handlungsfeld", Kind::Text),
        FieldDef::new("source", "Quelle", Kind::Text),
        FieldDef::new("description", "Beschreibung", Kind::Textarea),
    ]
}

fn indicator_input(i: &Indicator) -> RawInput {
    RawInput::from_pairs([
        ("name", i.name.clone()),
        ("code", i.code.clone()),
        ("formula", i.formula.clone()),
        ("unit", opt(&i.unit)),
        ("direction", i.direction.clone()),
        ("level", i.level.clone()),
        ("field", opt(&i.field)),
        ("source", opt(&i.source)),
        ("description", opt(&i.description)),
    ])
}

fn indicator_form(cx: &Context, body: &Body, existing: Option<&Indicator>) -> Form {
    Form {
        layout: Layout::admin(cx, if existing.is_some() {
            "Indikator bearbeiten"
        } else {
            "Neuer Indikator"
        })
        .crumb(format!("/admin/bodies/{}", body.id), body.name.clone()),
        heading: existing.map_or_else(|| "Neuer Indikator".into(), |i| format!("{} bearbeiten", i.name)),
        intro: Some("Ein Indikator wird aus den importierten Merkmalen berechnet, je Gebiet und Zeitpunkt (Zeichen der amtlichen Statistik werden mitgeführt), oder aus den abgeschlossenen Befragungen der Körperschaft, je Befragung gewichtet wie auf ihrer Ergebnisseite.".into()),
        action: match existing {
            Some(i) => format!("/admin/indicators/{}/edit", i.id),
            None => format!("/admin/bodies/{}/indicators/new", body.id),
        },
        defs: indicator_fields(cx),
        submit: "Speichern",
        cancel: back(body.id),
        delete_action: existing.map(|i| format!("/admin/indicators/{}/delete", i.id)),
        extra_button: None,
    }
}

async fn indicator_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    indicator_form(&cx, &body, None).render(
        &RawInput::from_pairs([("direction", "neutral"), ("level", "outcome")]),
        None,
    )
}

async fn indicator_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    indicator_form(&cx, &body, None)
        .submit(input, IndicatorDraft::parse, |d| async move {
            app.store.create_indicator(body_id, &d).await?;
            Ok(back(body_id))
        })
        .await
}

async fn indicator_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let i = app.store.indicator(id).await?;
    let body = app.store.body(i.body_id).await?;
    indicator_form(&cx, &body, Some(&i)).render(&indicator_input(&i), None)
}

async fn indicator_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let i = app.store.indicator(id).await?;
    let body = app.store.body(i.body_id).await?;
    indicator_form(&cx, &body, Some(&i))
        .submit(input, IndicatorDraft::parse, |d| async move {
            app.store.update_indicator(id, &d).await?;
            Ok(back(i.body_id))
        })
        .await
}

async fn indicator_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let i = app.store.indicator(id).await?;
    app.store.delete_indicator(id).await?;
    Ok(Redirect::to(&back(i.body_id)).into_response())
}

// ---- a goal's indicator target

/// `indicator_id` empty removes the target; otherwise value and year are required.
#[derive(Debug, Clone, PartialEq)]
struct TargetDraft(Option<(i64, f64, i64)>);

fn parse_target(input: &RawInput) -> Result<TargetDraft, FieldErrors> {
    let mut p = Parser::new(input);
    let Some(indicator) = p.optional_id("indicator_id") else {
        return p.finish(TargetDraft(None));
    };
    let value = match input
        .get("target_value")
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        None => {
            p.fail("target_value", "Bitte einen Zielwert angeben.");
            0.0
        }
        Some(raw) => raw
            .replace('.', "")
            .replace(',', ".")
            .parse::<f64>()
            .unwrap_or_else(|_| {
                p.fail(
                    "target_value",
                    format!("„{raw}“ ist keine Zahl (z. B. 12,5)."),
                );
                0.0
            }),
    };
    let year = p.optional_int("target_year", 2000, 2100);
    if year.is_none() && p.errors.get("target_year").is_none() {
        p.fail("target_year", "Bitte das Zieljahr angeben (z. B. 2030).");
    }
    p.finish(TargetDraft(Some((indicator, value, year.unwrap_or(0)))))
}

async fn target_form(app: &AppState, cx: &Context, goal_id: i64) -> Result<(Form, i64), HtmlError> {
    let goal = app.store.goal(goal_id).await?;
    let field = app.store.field_of_action(goal.field_id).await?;
    let concept = app.store.concept(field.concept_id).await?;
    let body = app.store.body(concept.body_id).await?;
    let options = app
        .store
        .indicators(body.id)
        .await?
        .into_iter()
        .map(|i| (i.id.to_string(), i.name))
        .collect();
    Ok((
        Form {
            layout: Layout::admin(cx, "Zielgröße")
                .crumb(format!("/admin/bodies/{}", body.id), body.name.clone())
                .crumb(format!("/admin/concepts/{}", concept.id), concept.title.clone()),
            heading: format!("Zielgröße für „{}“", goal.title),
            intro: Some("Der Indikator, an dem das Ziel gemessen wird, mit Zielwert und Zieljahr. Die Konzeptseite zeigt dann, ob der Landkreis auf Kurs ist. Ohne Indikator wird die Zielgröße entfernt.".into()),
            action: format!("/admin/goals/{goal_id}/indicator"),
            defs: vec![
                FieldDef::new("indicator_id", "Indikator", Kind::Select).options(options),
                FieldDef::new("target_value", "Zielwert", Kind::Text)
                    .hint("in der Einheit des Indikators, z. B. 12,5"),
                FieldDef::new("target_year", "Zieljahr", Kind::Number),
            ],
            submit: "Speichern",
            cancel: format!("/admin/concepts/{}", concept.id),
            delete_action: None,
            extra_button: None,
        },
        concept.id,
    ))
}

async fn target_edit(State(app): State<AppState>, cx: Context, Path(goal_id): Path<i64>) -> Page {
    let (form, _) = target_form(&app, &cx, goal_id).await?;
    let input = match app.store.goal_target(goal_id).await? {
        Some(t) => RawInput::from_pairs([
            ("indicator_id", t.indicator_id.to_string()),
            ("target_value", t.target_value.to_string().replace('.', ",")),
            ("target_year", t.target_year.to_string()),
        ]),
        None => RawInput::new(),
    };
    form.render(&input, None)
}

async fn target_update(
    State(app): State<AppState>,
    cx: Context,
    Path(goal_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (form, concept_id) = target_form(&app, &cx, goal_id).await?;
    form.submit(input, parse_target, |d| async move {
        if let Some((indicator, _, _)) = d.0 {
            // The indicator must belong to the goal's body.
            let i = app.store.indicator(indicator).await?;
            let concept = app.store.concept(concept_id).await?;
            if i.body_id != concept.body_id {
                return Err(teilhabe_store::StoreError::invalid(
                    "indicator_id",
                    "Dieser Indikator gehört zu einer anderen Körperschaft.",
                ));
            }
        }
        app.store.set_goal_target(goal_id, d.0).await?;
        Ok(format!("/admin/concepts/{concept_id}"))
    })
    .await
}
