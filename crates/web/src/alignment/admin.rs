//! The side-by-side page of a county and its municipalities, and the form of their agreed
//! split of tasks.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::routing::get;
use teilhabe_domain::alignment::{Pair, likely_duplicates, pair_fields};
use teilhabe_domain::input::Parser;
use teilhabe_domain::{FieldErrors, RawInput};
use teilhabe_store::Body;
use teilhabe_store::alignment::Plan;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bodies/{id}/alignment", get(page))
        .route(
            "/bodies/{id}/alignment/{municipality}",
            get(note_edit).post(note_update),
        )
}

fn href(body_id: i64) -> String {
    format!("/admin/bodies/{body_id}/alignment")
}

/// A field of action of the county beside the municipality's matching one.
struct FieldRow {
    county: String,
    municipal: String,
    county_measures: Vec<String>,
    municipal_measures: Vec<String>,
}

/// A flagged pair as the page shows it.
struct Duplicate {
    county: String,
    municipal: String,
    groups: String,
    stems: String,
}

struct Municipality {
    body: Body,
    concept: Option<String>,
    note: Option<String>,
    fields: Vec<FieldRow>,
    duplicates: Vec<Duplicate>,
}

#[derive(Template)]
#[template(path = "alignment/admin_alignment.html")]
struct Page {
    layout: Layout,
    body: Body,
    concept: Option<String>,
    municipalities: Vec<Municipality>,
}

fn titles(plan: &Plan, field: Option<i64>) -> Vec<String> {
    plan.measures
        .iter()
        .filter(|(f, _)| Some(*f) == field)
        .map(|(_, m)| m.title.clone())
        .collect()
}

/// The rows of the side-by-side view: the county's fields with their match, then the
/// municipality's fields no county field matched.
fn field_rows(county: &Plan, municipal: &Plan) -> Vec<FieldRow> {
    let pairs = pair_fields(&county.fields, &municipal.fields);
    let name = |fields: &[(i64, String)], id: Option<i64>| {
        fields
            .iter()
            .find(|(f, _)| Some(*f) == id)
            .map_or_else(|| "–".to_owned(), |(_, t)| t.clone())
    };
    let mut rows: Vec<FieldRow> = pairs
        .iter()
        .map(|(c, m)| FieldRow {
            county: name(&county.fields, Some(*c)),
            municipal: name(&municipal.fields, *m),
            county_measures: titles(county, Some(*c)),
            municipal_measures: titles(municipal, *m),
        })
        .collect();
    for (m, title) in &municipal.fields {
        if !pairs.iter().any(|(_, x)| *x == Some(*m)) {
            rows.push(FieldRow {
                county: "–".into(),
                municipal: title.clone(),
                county_measures: Vec::new(),
                municipal_measures: titles(municipal, Some(*m)),
            });
        }
    }
    rows
}

fn duplicate_rows(county: &Plan, municipal: &Plan, pairs: &[Pair]) -> Vec<Duplicate> {
    let title = |plan: &Plan, id: i64| {
        plan.measures
            .iter()
            .find(|(_, m)| m.id == id)
            .map(|(_, m)| m.title.clone())
            .unwrap_or_default()
    };
    pairs
        .iter()
        .map(|p| Duplicate {
            county: title(county, p.county),
            municipal: title(municipal, p.municipality),
            groups: p.shared_groups.join(", "),
            stems: p.shared_stems.join(", "),
        })
        .collect()
}

async fn page(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Result<Html<String>, HtmlError> {
    let body = app.store.body(id).await?;
    let viewer = cx.viewer();
    let county = app
        .store
        .plan_in_force(id, viewer.reads_internal(id))
        .await?;
    let county_candidates: Vec<_> = county.measures.iter().map(|(_, m)| m.clone()).collect();
    let mut municipalities = Vec::new();
    for m in app.store.municipalities_within(&body).await? {
        // A municipality's non-public measures only for those who read its internal records.
        let plan = app
            .store
            .plan_in_force(m.id, viewer.reads_internal(m.id))
            .await?;
        let theirs: Vec<_> = plan.measures.iter().map(|(_, m)| m.clone()).collect();
        let pairs = likely_duplicates(&county_candidates, &theirs);
        municipalities.push(Municipality {
            note: app
                .store
                .alignment_note(id, m.id)
                .await?
                .map(|n| n.agreed_split),
            concept: plan.concept.as_ref().map(|(_, t)| t.clone()),
            fields: field_rows(&county, &plan),
            duplicates: duplicate_rows(&county, &plan, &pairs),
            body: m,
        });
    }
    let layout = Layout::admin(&cx, "Abgleich mit den Gemeinden")
        .crumb(format!("/admin/bodies/{id}"), body.name.clone());
    Ok(Html(
        Page {
            layout,
            concept: county.concept.map(|(_, t)| t),
            body,
            municipalities,
        }
        .render()?,
    ))
}

/// The agreed split: empty removes it.
fn parse_note(input: &RawInput) -> Result<Option<String>, FieldErrors> {
    let mut p = Parser::new(input);
    let text = p.optional_lines("agreed_split", 10_000);
    p.finish(text)
}

fn note_form(cx: &Context, county: &Body, municipality: &Body) -> Form {
    Form {
        layout: Layout::admin(cx, "Vereinbarte Aufgabenteilung")
            .crumb(format!("/admin/bodies/{}", county.id), county.name.clone())
            .crumb(href(county.id), cx.g("Abgleich mit den Gemeinden")),
        heading: format!("Aufgabenteilung: {} und {}", county.name, municipality.name),
        intro: Some("Was Landkreis und Gemeinde vereinbart haben, wer welche Aufgaben übernimmt – etwa in einer gemeinsamen Kommission. Steht auf der Abgleichsseite neben den Maßnahmen.".into()),
        action: format!("/admin/bodies/{}/alignment/{}", county.id, municipality.id),
        defs: vec![FieldDef::new("agreed_split", "Vereinbarte Aufgabenteilung", Kind::Textarea)
            .hint("Leer lassen, um die Notiz zu entfernen.")],
        submit: "Speichern",
        cancel: href(county.id),
        delete_action: None,
        extra_button: None,
    }
}

async fn note_edit(
    State(app): State<AppState>,
    cx: Context,
    Path((id, municipality)): Path<(i64, i64)>,
) -> Result<Html<String>, HtmlError> {
    let (county, m) = (
        app.store.body(id).await?,
        app.store.body(municipality).await?,
    );
    let note = app.store.alignment_note(id, municipality).await?;
    let input = RawInput::from_pairs([(
        "agreed_split",
        note.map(|n| n.agreed_split).unwrap_or_default(),
    )]);
    note_form(&cx, &county, &m).render(&input, None)
}

async fn note_update(
    State(app): State<AppState>,
    cx: Context,
    Path((id, municipality)): Path<(i64, i64)>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let (county, m) = (
        app.store.body(id).await?,
        app.store.body(municipality).await?,
    );
    note_form(&cx, &county, &m)
        .submit(input, parse_note, |text| async move {
            app.store
                .set_alignment_note(id, municipality, text.as_deref())
                .await?;
            Ok(href(id))
        })
        .await
}
