//! The administration's start page under `/admin/`. Who may see and do what in the
//! administration is decided once for every request, by `kit::auth::guard`.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Html;
use axum::routing::get;
use teilhabe_store::Body;

/// The dashboard answers at `/admin/` and `/admin`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/", get(dashboard))
        .route("/admin", get(dashboard))
}

#[derive(Template)]
#[template(path = "dashboard/admin_index.html")]
struct Dashboard {
    layout: Layout,
    /// The bodies this person manages.
    bodies: Vec<Body>,
    due: Vec<crate::council::CycleRow>,
    /// What needs doing now in the bodies this person manages.
    queue: crate::controlling::WorkQueue,
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

async fn dashboard(State(app): State<AppState>, cx: Context) -> Result<Html<String>, HtmlError> {
    // The guard let only logged-in people in.
    let person = cx.viewer().principal().ok_or(HtmlError::Forbidden)?;
    let bodies: Vec<Body> = app
        .store
        .list_bodies()
        .await?
        .into_iter()
        .filter(|b| person.manages(b.id))
        .collect();
    let soon = teilhabe_domain::council::add_months(teilhabe_domain::Date::today(), 2).iso();
    let ids: Vec<i64> = bodies.iter().map(|b| b.id).collect();
    let cycles = app.store.reporting_cycles_due(Some(&ids), &soon).await?;
    let due = crate::council::cycle_rows(&app, cycles).await?;
    let queue = crate::controlling::work_queue(&app, &bodies, person.is_server_admin()).await?;
    let own_measures = app.store.measures_led_by(&person.organizations).await?;
    let own_events = app.store.events_organized_by(&person.organizations).await?;
    let own_contributions = app
        .store
        .contributions_brought_by(&person.organizations)
        .await?;

    // The administration's start page is where its crumb leads.
    let mut layout = Layout::admin(&cx, "Verwaltung");
    layout.crumbs.clear();
    Ok(Html(
        Dashboard {
            layout,
            server: person.is_server_admin(),
            reader_only: !person.administers_anything(),
            bodies,
            due,
            queue,
            own_measures,
            own_events,
            own_contributions,
        }
        .render()?,
    ))
}
