//! The portal's own pages: the start page with every body, the accessibility statement
//! (the portal's and each body's), and the short addresses printed as QR codes.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::format::coded_label;
use crate::kit::layout::{Layout, escape};
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use teilhabe_domain::BodyKind;
use teilhabe_domain::links::Short;
use teilhabe_store::Body;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/barrierefreiheit", get(accessibility))
        .route("/{key}/barrierefreiheit", get(body_accessibility))
        .route("/q/{code}", get(short_link))
}

type Page = Result<Html<String>, HtmlError>;

/// A short address of a printed QR code (`/q/m1a`): a redirect to the page it names.
async fn short_link(
    State(app): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, HtmlError> {
    let key = |body_id: i64| {
        let store = app.store.clone();
        async move { store.body(body_id).await.map(|b| b.key) }
    };
    let path = match Short::parse(&code).ok_or(HtmlError::NotFound)? {
        Short::Measure(id) => {
            let m = app.store.measure(id).await?;
            let body_id = app.store.body_id_of_goal(m.goal_id).await?;
            format!("/{}/massnahmen/{id}", key(body_id).await?)
        }
        Short::Field(id) => {
            let f = app.store.field_of_action(id).await?;
            let c = app.store.concept(f.concept_id).await?;
            format!("/{}/konzepte/{}#feld-{id}", key(c.body_id).await?, c.id)
        }
        Short::Concept(id) => {
            let c = app.store.concept(id).await?;
            format!("/{}/konzepte/{id}", key(c.body_id).await?)
        }
        Short::Indicator(id) => {
            let i = app.store.indicator(id).await?;
            format!("/{}/monitoring/{}", key(i.body_id).await?, i.code)
        }
        Short::Monitoring(body_id) => format!("/{}/monitoring", key(body_id).await?),
    };
    Ok(Redirect::to(&path).into_response())
}

pub struct BodyRow {
    pub key: String,
    pub name: String,
    pub kind: String,
    pub current: Option<(i64, String)>,
}

#[derive(Template)]
#[template(path = "portal/index.html")]
struct IndexPage {
    layout: Layout,
    bodies: Vec<BodyRow>,
}

async fn index(State(app): State<AppState>, cx: Context) -> Page {
    let mut bodies = Vec::new();
    for b in app.store.list_bodies().await? {
        let current = app
            .store
            .current_concept(b.id)
            .await?
            .map(|c| (c.id, format!("{} ({})", c.title, c.version_label)));
        bodies.push(BodyRow {
            kind: coded_label::<BodyKind>(&cx, "body-kind", &b.kind),
            key: b.key,
            name: b.name,
            current,
        });
    }
    Ok(Html(
        IndexPage {
            layout: Layout::translated(&cx, &cx.tr("index-title")),
            bodies,
        }
        .render()?,
    ))
}
/// The date this version of the statement was written (with the audit it describes).
const STATEMENT_DATE: &str = "21.11.2026";

#[derive(Template)]
#[template(path = "portal/accessibility.html")]
struct AccessibilityPage {
    layout: Layout,
    body: Option<Body>,
    operator: String,
    scope: String,
    contact: Option<String>,
    created: &'static str,
    /// The sentence on the portal's languages (HTML): each language named in itself, marked
    /// with its own `lang`.
    languages: String,
}

/// The sentence on the portal's languages, naming every offered language in itself.
fn languages_sentence(cx: &Context) -> String {
    const SLOT: &str = "\u{1}";
    let sentence = escape(&cx.tr_with("a11y-gap-languages", &[("languages", SLOT.into())]));
    let names: Vec<String> = teilhabe_domain::languages::all()
        .iter()
        .map(|l| {
            format!(
                r#"<span lang="{}" dir="{}">{}</span>"#,
                l.code,
                l.dir(),
                escape(l.name)
            )
        })
        .collect();
    sentence.replace(SLOT, &names.join(", "))
}

/// The accessibility statement (Erklärung zur Barrierefreiheit) of the whole portal.
async fn accessibility(cx: Context) -> Page {
    let page = AccessibilityPage {
        layout: Layout::translated(&cx, &cx.tr("footer-accessibility")),
        body: None,
        operator: String::new(),
        scope: cx.tr("a11y-scope-portal"),
        contact: None,
        created: STATEMENT_DATE,
        languages: languages_sentence(&cx),
    };
    Ok(Html(page.render()?))
}

/// A body's own statement, with its contact for reports of barriers.
async fn body_accessibility(
    State(app): State<AppState>,
    cx: Context,
    Path(key): Path<String>,
) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let page = AccessibilityPage {
        layout: Layout::translated(&cx, &cx.tr("footer-accessibility"))
            .crumb(format!("/{}", body.key), body.name.clone()),
        operator: body.name.clone(),
        scope: cx.tr_with(
            "a11y-scope-body",
            &[
                ("name", body.name.clone()),
                ("path", format!("/{}", body.key)),
            ],
        ),
        contact: body.contact_email.clone(),
        created: STATEMENT_DATE,
        languages: languages_sentence(&cx),
        body: Some(body),
    };
    Ok(Html(page.render()?))
}
