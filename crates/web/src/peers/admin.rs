//! The body's own comparison group: the Kreise it compares itself with, typed one per line
//! (key or name), ranked on every indicator's comparison page beside the groups by Land and
//! by type and size.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::routing::get;
use teilhabe_domain::input::Parser;
use teilhabe_domain::{FieldErrors, RawInput};
use teilhabe_stats::regions::regions;
use teilhabe_store::Body;

pub fn router() -> Router<AppState> {
    Router::new().route("/bodies/{id}/peer-group", get(edit).post(update))
}

fn form(cx: &Context, body: &Body) -> Form {
    Form {
        layout: Layout::admin(cx, "Vergleichsgruppe")
            .crumb(format!("/admin/bodies/{}", body.id), body.name.clone()),
        heading: format!("Vergleichsgruppe von {}", body.name),
        intro: Some("Die Kreise, mit denen sich die Körperschaft vergleicht – etwa Nachbarkreise oder die Kreise eines Netzwerks. Die Vergleichsseite jedes Indikators zeigt den Rang in dieser Gruppe neben den Gruppen nach Land und nach Art und Größe. Ohne Eintrag gibt es keine eigene Gruppe.".into()),
        action: format!("/admin/bodies/{}/peer-group", body.id),
        defs: vec![FieldDef::new("members", "Kreise", Kind::Textarea).hint(
            "Ein Kreis je Zeile: der amtliche Schlüssel (03151) oder der Name wie im Gemeindeverzeichnis (Gifhorn).",
        )],
        submit: "Speichern",
        cancel: format!("/admin/bodies/{}", body.id),
        delete_action: None,
        extra_button: None,
    }
}

/// The text as typed; whether it names Kreise is the store's check (one parser).
fn parse(input: &RawInput) -> Result<String, FieldErrors> {
    let mut p = Parser::new(input);
    let text = p.optional_lines("members", 20_000).unwrap_or_default();
    p.finish(text)
}

async fn edit(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Result<Html<String>, HtmlError> {
    let body = app.store.body(id).await?;
    let all = regions();
    let lines: Vec<String> = app
        .store
        .peer_group(id)
        .await?
        .into_iter()
        .map(|k| match all.get(&k) {
            Some(r) => format!("{k} {}", r.name),
            None => k,
        })
        .collect();
    form(&cx, &body).render(&RawInput::from_pairs([("members", lines.join("\n"))]), None)
}

async fn update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let body = app.store.body(id).await?;
    form(&cx, &body)
        .submit(input, parse, |text| async move {
            app.store.set_peer_group(id, &text).await?;
            Ok(format!("/admin/bodies/{id}/peer-group"))
        })
        .await
}
