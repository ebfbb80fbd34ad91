//! An organisation's pages of a reporting round, reached through the personal link of its
//! mail: no account and no password — the link is the key. It opens exactly the measures
//! the round asks this organisation about, until the round closes or the coordinator stops
//! the organisation's links; anything else (another measure, an unknown, stopped or
//! expired link) is the same "not found", so a guesser learns nothing.
//!
//! The token sits in the path, so these pages send no referrer, are never kept in the page
//! cache or the browser's, and are not indexed. A report filed here is written as by an
//! actor of the organisation (the one policy's [`Principal::may_set`] applies) and credited
//! to the link in the audit trail.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::{Form, FormInput};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use crate::measures::report_fields;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use std::collections::HashMap;
use std::sync::Arc;
use teilhabe_domain::access::Principal;
use teilhabe_domain::concepts::ProgressReportDraft;
use teilhabe_domain::controlling::rounds::Answer;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Date, RawInput};
use teilhabe_store::audit::{ACTOR, Actor};
use teilhabe_store::controlling::rounds::{Asked, LinkScope};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bericht/{token}", get(overview))
        .route(
            "/bericht/{token}/{measure}",
            get(report_new).post(report_create),
        )
}

/// Marks a response as one that holds the link: not kept, not passed on, not indexed.
fn private(response: impl IntoResponse) -> Response {
    let mut response = response.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "x-robots-tag",
        HeaderValue::from_static("noindex, nofollow"),
    );
    response
}

async fn scope(app: &AppState, token: &str) -> Result<LinkScope, HtmlError> {
    app.store
        .round_link(token, Date::today())
        .await?
        .ok_or(HtmlError::NotFound)
}

/// The measures the link's organisation is asked about.
async fn asked(app: &AppState, scope: &LinkScope) -> Result<Vec<Asked>, HtmlError> {
    Ok(app
        .store
        .round_asks(&scope.round)
        .await?
        .into_iter()
        .filter(|a| a.organization_id == scope.organization_id)
        .collect())
}

#[derive(Template)]
#[template(path = "controlling/link_round.html")]
struct Overview {
    layout: Layout,
    token: String,
    scope: LinkScope,
    asked: Vec<Asked>,
    deadline: String,
    closes: String,
    late: bool,
    /// The measure a report was just filed for.
    saved: Option<String>,
}

impl Overview {
    fn answer(&self, a: &Asked) -> Answer {
        Answer::of(
            a.report.is_some(),
            self.scope.round.deadline(),
            Date::today(),
        )
    }

    fn german(&self, iso: &str) -> String {
        german_date(iso)
    }
}

fn link_layout(cx: &Context, title: &str, scope: &LinkScope, token: &str) -> Layout {
    let mut layout = Layout::translated(cx, &cx.g(title));
    layout.crumbs = vec![(format!("/bericht/{token}"), scope.organization.clone())];
    layout
}

async fn overview(
    State(app): State<AppState>,
    cx: Context,
    Path(token): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let result: Result<Html<String>, HtmlError> = async {
        let scope = scope(&app, &token).await?;
        let asked = asked(&app, &scope).await?;
        let saved = query
            .get("gemeldet")
            .and_then(|m| m.parse::<i64>().ok())
            .and_then(|m| asked.iter().find(|a| a.measure_id == m))
            .map(|a| a.title.clone());
        let page = Overview {
            saved,
            layout: link_layout(&cx, "Berichtsabfrage", &scope, &token),
            deadline: scope.round.deadline().german(),
            closes: scope.round.closes_on().german(),
            late: Date::today() > scope.round.deadline(),
            token,
            asked,
            scope,
        };
        Ok(Html(page.render()?))
    }
    .await;
    private(result)
}

async fn report_form(
    app: &AppState,
    cx: &Context,
    token: &str,
    measure_id: i64,
) -> Result<(Form, LinkScope), HtmlError> {
    let scope = scope(app, token).await?;
    let asked = asked(app, &scope).await?;
    let a = asked
        .iter()
        .find(|a| a.measure_id == measure_id)
        .ok_or(HtmlError::NotFound)?;
    let form = Form {
        layout: link_layout(cx, "Sachstand melden", &scope, token),
        heading: format!("Sachstand melden: {}", a.title),
        intro: Some("Jede Meldung bleibt erhalten; so entsteht der Verlauf der Maßnahme. Die neueste Meldung bestimmt Status und Fortschritt.".into()),
        action: format!("/bericht/{token}/{measure_id}"),
        defs: report_fields(app, measure_id).await?,
        submit: "Meldung speichern",
        cancel: format!("/bericht/{token}"),
        delete_action: None,
        extra_button: None,
    };
    Ok((form, scope))
}

async fn report_new(
    State(app): State<AppState>,
    cx: Context,
    Path((token, measure)): Path<(String, i64)>,
) -> Response {
    let result = async {
        let (form, _) = report_form(&app, &cx, &token, measure).await?;
        let m = app.store.measure(measure).await?;
        let defaults = RawInput::from_pairs([
            ("reported_on", Date::today().iso()),
            ("status", m.status.clone()),
            ("progress", m.progress.to_string()),
        ]);
        form.render(&defaults, None)
    }
    .await;
    private(result)
}

/// Who files through the link: an actor of the organisation, for the one policy's rule of
/// what may be set; in the audit trail the link, not an account.
fn link_actor(scope: &LinkScope) -> Actor {
    Actor {
        user_id: None,
        via: "link",
        principal: Some(Arc::new(Principal::link_holder(
            scope.round.body_id,
            scope.organization_id,
            &scope.organization,
        ))),
    }
}

async fn report_create(
    State(app): State<AppState>,
    cx: Context,
    Path((token, measure)): Path<(String, i64)>,
    FormInput(input): FormInput,
) -> Response {
    let result = async {
        let (form, scope) = report_form(&app, &cx, &token, measure).await?;
        let back = format!("/bericht/{token}?gemeldet={measure}");
        let actor = link_actor(&scope);
        form.submit(input, ProgressReportDraft::parse, |d| async move {
            ACTOR
                .scope(actor, app.store.file_round_report(&scope, measure, &d))
                .await?;
            Ok(back)
        })
        .await
    }
    .await;
    private(result)
}
