//! Approval of progress reports in the administration: the body's reports waiting for a
//! coordinator, approving one, and returning one with a reason that is mailed to those who
//! report for the organisation (in their language).

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::layout::Layout;
use crate::kit::mails::{Letter, date};
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::controlling::parse_return_reason;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, Date, MeasureStatus, RawInput};
use teilhabe_store::controlling::reviews::Waiting;
use teilhabe_store::outbox::NewMail;
use teilhabe_store::{Body, Measure, ProgressReport, Store};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bodies/{id}/reviews", get(reviews))
        .route("/reports/{id}/approve", post(approve))
        .route("/reports/{id}/return", get(return_form).post(return_report))
}

type Submit = Result<Response, HtmlError>;

fn reviews_href(body_id: i64) -> String {
    format!("/admin/bodies/{body_id}/reviews")
}

pub const KIND_RETURNED: &str = "report_returned";

#[derive(Template)]
#[template(path = "controlling/admin_reviews.html")]
struct Reviews {
    layout: Layout,
    body: Body,
    approval: bool,
    waiting: Vec<Waiting>,
}

impl Reviews {
    fn status(&self, code: &str) -> String {
        MeasureStatus::from_code(code)
            .map(Coded::label)
            .unwrap_or_default()
            .to_owned()
    }

    /// A stored date or timestamp's day, German.
    fn german(&self, stamp: &str) -> String {
        german_date(stamp.get(..10).unwrap_or(stamp))
    }
}

fn layout(cx: &Context, title: &str, body: &Body) -> Layout {
    let layout =
        Layout::admin(cx, title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone());
    let label = layout.g("Berichtspflichten und Meilensteine");
    layout.crumb(format!("/admin/bodies/{}/controlling", body.id), label)
}

async fn reviews(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Result<Html<String>, HtmlError> {
    let body = app.store.body(id).await?;
    let page = Reviews {
        layout: layout(&cx, "Meldungen zur Freigabe", &body),
        approval: app.store.controlling_settings(id).await?.approval,
        waiting: app.store.reports_waiting(&[id]).await?,
        body,
    };
    Ok(Html(page.render()?))
}

/// The report, its measure and its body.
async fn context(app: &AppState, id: i64) -> Result<(ProgressReport, Measure, Body), HtmlError> {
    let report = app.store.progress_report(id).await?;
    let measure = app.store.measure(report.measure_id).await?;
    let body = app
        .store
        .body(app.store.body_id_of_measure(measure.id).await?)
        .await?;
    Ok((report, measure, body))
}

async fn approve(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let (_, _, body) = context(&app, id).await?;
    app.store.approve_report(id).await?;
    Ok(Redirect::to(&reviews_href(body.id)).into_response())
}

fn return_form_of(cx: &Context, body: &Body, measure: &Measure, report: &ProgressReport) -> Form {
    Form {
        layout: layout(cx, "Meldung zurückgeben", body),
        heading: format!("Meldung zurückgeben: {}", measure.title),
        intro: Some(format!(
            "Die Meldung vom {} bleibt unveröffentlicht. Wer für die Organisation berichtet, bekommt den Grund per E-Mail und kann neu melden.",
            Date::parse(&report.reported_on)
                .map(|d| d.german())
                .unwrap_or_default()
        )),
        action: format!("/admin/reports/{}/return", report.id),
        defs: vec![
            FieldDef::new("reason", "Grund", Kind::Textarea)
                .required()
                .hint("Was fehlt oder stimmt nicht? Der Text geht so an die Organisation."),
        ],
        submit: "Zurückgeben und benachrichtigen",
        cancel: reviews_href(body.id),
        delete_action: None,
        extra_button: None,
    }
}

async fn return_form(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Result<Html<String>, HtmlError> {
    let (report, measure, body) = context(&app, id).await?;
    return_form_of(&cx, &body, &measure, &report).render(&RawInput::new(), None)
}

async fn return_report(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (report, measure, body) = context(&app, id).await?;
    let form = return_form_of(&cx, &body, &measure, &report);
    form.submit(input, parse_return_reason, |reason| async move {
        let mails = returned_mails(
            &app.store,
            &app.public_url,
            &body,
            &measure,
            &report,
            &reason,
        )
        .await?;
        app.store.return_report(id, &reason, &mails).await?;
        Ok(reviews_href(body.id))
    })
    .await
}

/// The notice of a returned report to those who hear about the measure.
async fn returned_mails(
    store: &Store,
    public_url: &str,
    body: &Body,
    measure: &Measure,
    report: &ProgressReport,
    reason: &str,
) -> Result<Vec<NewMail>, teilhabe_store::StoreError> {
    let day = Date::parse(&report.reported_on).unwrap_or_else(|_| Date::today());
    Ok(store
        .measure_recipients(measure.id)
        .await?
        .into_iter()
        .map(|r| {
            let l = Letter::new(&r.language);
            let args = [
                ("measure", measure.title.clone()),
                ("date", date(l.lang(), day)),
                ("body", body.name.clone()),
            ];
            let subject = l.t("mail-returned-subject", &args);
            l.para("mail-hello", &[])
                .para("mail-returned", &args)
                .quote(reason)
                .para("mail-returned-again", &[])
                .link(format!(
                    "{}/admin/measures/{}/reports/new",
                    public_url.trim_end_matches('/'),
                    measure.id
                ))
                .mail(body.id, KIND_RETURNED, &r.address, subject, None)
        })
        .collect())
}
