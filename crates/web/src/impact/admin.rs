//! The administration of a measure's output indicators: the list with targets, what was
//! reported by today and the rating it gives the measure; the form of one output.

use super::states;
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
use teilhabe_domain::impact::OutputDraft;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Date, RawInput};
use teilhabe_store::impact::{Output, OutputState, rating_of};
use teilhabe_store::{Body, Measure};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/measures/{id}/outputs", get(list))
        .route("/measures/{id}/outputs/new", get(new).post(create))
        .route("/outputs/{id}/edit", get(edit).post(update))
        .route("/outputs/{id}/delete", post(delete))
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

fn list_href(measure_id: i64) -> String {
    format!("/admin/measures/{measure_id}/outputs")
}

fn layout(cx: &Context, title: &str, body: &Body, measure: &Measure) -> Layout {
    let layout =
        Layout::admin(cx, title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone());
    let label = layout.g("Outputs");
    layout.crumb(list_href(measure.id), format!("{label}: {}", measure.title))
}

/// One row of the list: the output, what was reported, and its share of the target.
struct Row {
    state: OutputState,
    reported: String,
    reported_on: String,
    share: String,
}

#[derive(Template)]
#[template(path = "impact/admin_outputs.html")]
struct ListPage {
    layout: Layout,
    measure: Measure,
    rows: Vec<Row>,
    /// The rating in words, if the outputs give one today.
    rating: Option<String>,
    period: String,
}

/// The rating in German: "45 % der Ziele erreicht bei 50 % vergangener Laufzeit – im Plan".
pub(super) fn rating_text(states: &[OutputState], m: &Measure, day: &str) -> Option<String> {
    rating_of(states, m.start_date.as_deref(), m.end_date.as_deref(), day).map(|r| r.german())
}

async fn list(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (measure, body) = crate::measures::measure_and_body(&app, id).await?;
    let today = Date::today().iso();
    let states = states(&app, id).await?;
    let rating = rating_text(&states, &measure, &today);
    let rows = states
        .into_iter()
        .map(|s| Row {
            reported: s.reported.map_or("–".into(), |v| s.output.amount(v)),
            reported_on: s.reported_on.as_deref().map_or("–".into(), german_date),
            share: s.reported.map_or("–".into(), |v| {
                format!(
                    "{} %",
                    (v.hundredths() as f64 * 100.0 / s.output.target_hundredths as f64).round()
                )
            }),
            state: s,
        })
        .collect();
    let period = match (&measure.start_date, &measure.end_date) {
        (Some(s), Some(e)) => format!("{} – {}", german_date(s), german_date(e)),
        (Some(s), None) => format!("ab {}", german_date(s)),
        (None, Some(e)) => format!("bis {}", german_date(e)),
        (None, None) => String::new(),
    };
    let page = ListPage {
        layout: layout(&cx, "Outputs", &body, &measure),
        measure,
        rows,
        rating,
        period,
    };
    Ok(Html(page.render()?))
}

fn form(cx: &Context, body: &Body, measure: &Measure, existing: Option<&Output>) -> Form {
    Form {
        layout: layout(cx, "Output-Kennzahl", body, measure),
        heading: format!("Output-Kennzahl: {}", measure.title),
        intro: Some("Was die Maßnahme in ihrer Laufzeit hervorbringen soll – gezählt, nicht geschätzt. Die Meldungen zum Sachstand nennen dann die bisher erreichte Summe; daraus ergibt sich die Bewertung der Maßnahme.".into()),
        action: match existing {
            Some(o) => format!("/admin/outputs/{}/edit", o.id),
            None => format!("/admin/measures/{}/outputs/new", measure.id),
        },
        defs: vec![
            FieldDef::new("name", "Was gezählt wird", Kind::Text)
                .required()
                .hint("z. B. „Sprachkurse durchgeführt“ oder „Personen beraten“"),
            FieldDef::new("unit", "Einheit", Kind::Text).hint("z. B. Kurse, Personen"),
            FieldDef::new("target", "Zielwert bis zum Ende der Maßnahme", Kind::Text)
                .required()
                .hint("z. B. 20"),
        ],
        submit: "Speichern",
        cancel: list_href(measure.id),
        delete_action: existing.map(|o| format!("/admin/outputs/{}/delete", o.id)),
        extra_button: None,
    }
}

async fn new(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (measure, body) = crate::measures::measure_and_body(&app, id).await?;
    form(&cx, &body, &measure, None).render(&RawInput::new(), None)
}

async fn create(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (measure, body) = crate::measures::measure_and_body(&app, id).await?;
    form(&cx, &body, &measure, None)
        .submit(input, OutputDraft::parse, |d| async move {
            app.store.create_output(id, &d).await?;
            Ok(list_href(id))
        })
        .await
}

async fn edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let o = app.store.output(id).await?;
    let (measure, body) = crate::measures::measure_and_body(&app, o.measure_id).await?;
    let input = RawInput::from_pairs([
        ("name", o.name.clone()),
        ("unit", opt(&o.unit)),
        ("target", o.target().german()),
    ]);
    form(&cx, &body, &measure, Some(&o)).render(&input, None)
}

async fn update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let o = app.store.output(id).await?;
    let (measure, body) = crate::measures::measure_and_body(&app, o.measure_id).await?;
    form(&cx, &body, &measure, Some(&o))
        .submit(input, OutputDraft::parse, |d| async move {
            app.store.update_output(id, &d).await?;
            Ok(list_href(o.measure_id))
        })
        .await
}

async fn delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let o = app.store.output(id).await?;
    app.store.delete_output(id).await?;
    Ok(Redirect::to(&list_href(o.measure_id)).into_response())
}
