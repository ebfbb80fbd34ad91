//! Administration under `/admin/`: create, edit and delete every part of a concept.
//! Who may see and do what here is decided once for every request, by `auth::guard`.

mod accounts;
mod audit;
mod bodies;
mod concepts;
mod council;
mod measures;
mod monitoring;
mod participation;
pub(crate) mod reports;
mod statistics;
mod survey_answers;
mod surveys;
mod translations;

use crate::AppState;
use crate::auth::Viewer;
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
        .merge(translations::router())
        .merge(participation::router())
        .merge(reports::router())
        .merge(audit::router())
        .merge(accounts::router());
    Router::new()
        .route("/admin/", get(dashboard))
        .route("/admin", get(dashboard))
        .nest("/admin", inner)
}

#[derive(Template)]
#[template(path = "admin/index.html")]
struct Dashboard {
    layout: Layout,
    /// The bodies this person manages.
    bodies: Vec<Body>,
    due: Vec<council::CycleRow>,
    /// Creating bodies and importing statistics: the server's administrators.
    server: bool,
    /// An actor's measures: `(id, code, title, concept)`.
    own_measures: Vec<(i64, Option<String>, String, String)>,
    /// An actor's participation events `(id, title, date)` and contributions `(id, text, event)`.
    own_events: Vec<(i64, String, String)>,
    own_contributions: Vec<(i64, String, String)>,
    /// Logged in, but nothing to administer (a council member).
    reader_only: bool,
}

async fn dashboard(State(app): State<AppState>, viewer: Viewer) -> Result<Html<String>, HtmlError> {
    // The guard let only logged-in people in.
    let person = viewer.principal().ok_or(HtmlError::Forbidden)?;
    let bodies: Vec<Body> = app
        .store
        .list_bodies()
        .await?
        .into_iter()
        .filter(|b| person.manages(b.id))
        .collect();
    let soon = teilhabe_domain::meetings::add_months(teilhabe_domain::Date::today(), 2).iso();
    let cycles = app
        .store
        .reporting_cycles_due(&soon)
        .await?
        .into_iter()
        .filter(|c| person.manages(c.body_id))
        .collect();
    let due = council::cycle_rows(&app, cycles).await?;
    let own_measures = app.store.measures_led_by(&person.organizations).await?;
    let own_events = app.store.events_organized_by(&person.organizations).await?;
    let own_contributions = app
        .store
        .contributions_brought_by(&person.organizations)
        .await?;

    let layout = Layout {
        crumbs: Vec::new(),
        ..Layout::admin("Verwaltung")
    };
    Ok(Html(
        Dashboard {
            layout,
            server: person.is_server_admin(),
            reader_only: !person.administers_anything(),
            bodies,
            due,
            own_measures,
            own_events,
            own_contributions,
        }
        .render()?,
    ))
}

/// `Some(x)` as text for a form value, `None` as empty.
pub(crate) fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}
