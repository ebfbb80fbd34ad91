//! Administration under `/admin/`: create, edit and delete every part of a concept.
//! Accounts and roles come with the accounts capability; until then run the server
//! on a trusted address only (the default binds to 127.0.0.1).

mod bodies;
mod concepts;
mod council;
mod measures;
mod monitoring;
mod participation;
mod statistics;
mod surveys;

use crate::AppState;
use crate::error::HtmlError;
use crate::views::Layout;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Html;
use axum::routing::get;
use teilhabe_store::Body;

/// Mounted at `/admin`; the dashboard answers at `/admin/` and `/admin`.
pub fn router() -> Router<AppState> {
    let inner = Router::new()
        .merge(bodies::router())
        .merge(concepts::router())
        .merge(measures::router())
        .merge(council::router())
        .merge(monitoring::router())
        .merge(statistics::router())
        .merge(surveys::router())
        .merge(participation::router());
    Router::new()
        .route("/admin/", get(dashboard))
        .route("/admin", get(dashboard))
        .nest("/admin", inner)
}

#[derive(Template)]
#[template(path = "admin/index.html")]
struct Dashboard {
    layout: Layout,
    bodies: Vec<Body>,
    due: Vec<council::CycleRow>,
}

async fn dashboard(State(app): State<AppState>) -> Result<Html<String>, HtmlError> {
    let bodies = app.store.list_bodies().await?;
    let soon = teilhabe_domain::meetings::add_months(teilhabe_domain::Date::today(), 2).iso();
    let due = council::cycle_rows(&app, app.store.reporting_cycles_due(&soon).await?).await?;
    let layout = Layout {
        crumbs: Vec::new(),
        ..Layout::admin("Verwaltung")
    };
    Ok(Html(
        Dashboard {
            layout,
            bodies,
            due,
        }
        .render()?,
    ))
}

/// `Some(x)` as text for a form value, `None` as empty.
pub(crate) fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}
