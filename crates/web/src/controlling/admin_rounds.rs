//! Reporting rounds in the administration: starting one for a concept version (the
//! invitations enter the outbox with it), the round's page (per organisation and measure:
//! answered, open, late; who was mailed), sending an organisation its link again, stopping
//! an organisation's links, ending the round, and the round as a spreadsheet.

use super::notify::{self, RoundMail, round_mails};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::controlling::rounds::{Answer, RoundDraft};
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, Date, RawInput};
use teilhabe_store::controlling::rounds::{Participant, Round};
use teilhabe_store::{Body, Concept};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/concepts/{id}/rounds/new",
            get(round_new).post(round_create),
        )
        .route("/rounds/{id}", get(round_page))
        .route("/rounds/{id}/edit", get(round_edit).post(round_update))
        .route("/rounds/{id}/close", post(round_close))
        .route("/rounds/{id}/export.xlsx", get(round_xlsx))
        .route(
            "/rounds/{id}/organizations/{org}/send",
            post(organization_send),
        )
        .route(
            "/rounds/{id}/organizations/{org}/revoke",
            post(organization_revoke),
        )
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

pub fn round_href(id: i64) -> String {
    format!("/admin/rounds/{id}")
}

fn layout(cx: &Context, title: &str, body: &Body) -> Layout {
    let layout =
        Layout::admin(cx, title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone());
    let label = layout.g("Berichtspflichten und Meilensteine");
    layout.crumb(format!("/admin/bodies/{}/controlling", body.id), label)
}

fn round_form(cx: &Context, body: &Body, concept: &Concept, round: Option<&Round>) -> Form {
    Form {
        layout: layout(cx, "Berichtsabfrage", body),
        heading: match round {
            Some(r) => format!("Berichtsabfrage bearbeiten: {}", r.title),
            None => format!("Neue Berichtsabfrage: {}", concept.title),
        },
        intro: round.is_none().then(|| "Jede federführende Organisation einer laufenden Maßnahme dieser Fassung bekommt eine E-Mail mit ihren Maßnahmen und einem persönlichen Link, über den sie ohne Passwort berichtet. Empfänger sind die Ansprechpersonen der Maßnahmen und die Konten, die für die Organisation sprechen.".into()),
        action: match round {
            Some(r) => format!("/admin/rounds/{}/edit", r.id),
            None => format!("/admin/concepts/{}/rounds/new", concept.id),
        },
        defs: vec![
            FieldDef::new("title", "Bezeichnung", Kind::Text)
                .required()
                .hint("Erscheint im Betreff, z. B. „Sachstand Frühjahr 2027“."),
            FieldDef::new("deadline", "Frist", Kind::Date).required(),
            FieldDef::new("message", "Nachricht an die Organisationen", Kind::Textarea)
                .hint("Steht in der ersten E-Mail unter der Liste der Maßnahmen."),
            FieldDef::new("closes_on", "Links gelten bis", Kind::Date)
                .hint("Leer: 60 Tage nach der Frist. Danach öffnet kein Link mehr."),
            FieldDef::new("remind_before_days", "Erinnerung … Tage vor der Frist", Kind::Number)
                .hint("0 bis 60; 0: keine. Leer: 7."),
            FieldDef::new("remind_after_days", "Nach der Frist alle … Tage erinnern", Kind::Number)
                .hint("0 bis 60; 0: keine. Leer: 7."),
        ],
        submit: if round.is_some() { "Speichern" } else { "Abfrage starten und E-Mails versenden" },
        cancel: match round {
            Some(r) => round_href(r.id),
            None => format!("/admin/bodies/{}/controlling", body.id),
        },
        delete_action: None,
        extra_button: None,
    }
}

async fn concept_context(app: &AppState, concept_id: i64) -> Result<(Concept, Body), HtmlError> {
    let concept = app.store.concept(concept_id).await?;
    let body = app.store.body(concept.body_id).await?;
    Ok((concept, body))
}

async fn round_new(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (concept, body) = concept_context(&app, id).await?;
    round_form(&cx, &body, &concept, None).render(&RawInput::new(), None)
}

async fn round_create(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (concept, body) = concept_context(&app, id).await?;
    let form = round_form(&cx, &body, &concept, None);
    form.submit(input, RoundDraft::parse, |d| async move {
        let (round, _) =
            notify::start_round(&app.store, &app.public_url, id, &d, Date::today()).await?;
        Ok(round_href(round.id))
    })
    .await
}

fn round_input(r: &Round) -> RawInput {
    RawInput::from_pairs([
        ("title", r.title.clone()),
        ("message", r.message.clone()),
        ("deadline", r.deadline.clone()),
        ("closes_on", r.closes_on.clone()),
        ("remind_before_days", r.remind_before_days.to_string()),
        ("remind_after_days", r.remind_after_days.to_string()),
    ])
}

async fn round_context(app: &AppState, id: i64) -> Result<(Round, Concept, Body), HtmlError> {
    let round = app.store.round(id).await?;
    let (concept, body) = concept_context(app, round.concept_id).await?;
    Ok((round, concept, body))
}

async fn round_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (round, concept, body) = round_context(&app, id).await?;
    round_form(&cx, &body, &concept, Some(&round)).render(&round_input(&round), None)
}

async fn round_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (round, concept, body) = round_context(&app, id).await?;
    round_form(&cx, &body, &concept, Some(&round))
        .submit(input, RoundDraft::parse_change, |d| async move {
            app.store.update_round(id, &d).await?;
            Ok(round_href(id))
        })
        .await
}

async fn round_close(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    app.store.close_round(id).await?;
    Ok(Redirect::to(&round_href(id)).into_response())
}

/// The organisation's participation, or 404 when the round does not ask it.
async fn participant(app: &AppState, round: &Round, org: i64) -> Result<Participant, HtmlError> {
    app.store
        .round_participants(round)
        .await?
        .into_iter()
        .find(|p| p.organization_id == org)
        .ok_or(HtmlError::NotFound)
}

/// Mails the organisation new links (the old ones keep working unless stopped).
async fn organization_send(
    State(app): State<AppState>,
    Path((id, org)): Path<(i64, i64)>,
) -> Submit {
    let (round, concept, body) = round_context(&app, id).await?;
    if !round.open_on(Date::today()) {
        return Err(HtmlError::Refused(
            "Die Abfrage ist beendet; ihre Links öffnen nicht mehr.".into(),
        ));
    }
    let p = participant(&app, &round, org).await?;
    let mails = round_mails(
        &app.public_url,
        &body,
        &concept.title,
        &round,
        &p,
        RoundMail::Invitation { dedupe: false },
    );
    app.store.enqueue_round_mails(&round, &mails).await?;
    Ok(Redirect::to(&round_href(id)).into_response())
}

async fn organization_revoke(
    State(app): State<AppState>,
    Path((id, org)): Path<(i64, i64)>,
) -> Submit {
    let round = app.store.round(id).await?;
    participant(&app, &round, org).await?;
    app.store.revoke_round_links(id, org).await?;
    Ok(Redirect::to(&round_href(id)).into_response())
}

/// An organisation's line on the round's page.
struct Row {
    p: Participant,
    answer: Answer,
}

#[derive(Template)]
#[template(path = "controlling/admin_round.html")]
struct RoundPage {
    layout: Layout,
    round: Round,
    concept: Concept,
    open: bool,
    rows: Vec<Row>,
    answered: usize,
    measures: usize,
    reports: usize,
}

impl RoundPage {
    fn organization_of(&self, id: &i64) -> String {
        self.rows
            .iter()
            .find(|r| r.p.organization_id == *id)
            .map(|r| r.p.name.clone())
            .unwrap_or_default()
    }

    fn german(&self, iso: &str) -> String {
        german_date(iso)
    }

    fn measure_answer(&self, report: &Option<(i64, String)>) -> Answer {
        Answer::of(report.is_some(), self.round.deadline(), Date::today())
    }
}

async fn round_page(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (round, concept, body) = round_context(&app, id).await?;
    let today = Date::today();
    let rows: Vec<Row> = app
        .store
        .round_participants(&round)
        .await?
        .into_iter()
        .map(|p| Row {
            answer: p.answer(&round, today),
            p,
        })
        .collect();
    let page = RoundPage {
        layout: layout(&cx, &round.title, &body),
        open: round.open_on(today),
        answered: rows.iter().filter(|r| r.answer == Answer::Answered).count(),
        measures: rows.iter().map(|r| r.p.asked.len()).sum(),
        reports: rows.iter().map(|r| r.p.answered()).sum(),
        rows,
        round,
        concept,
    };
    Ok(Html(page.render()?))
}

/// The round as a spreadsheet: one row per measure asked, with its organisation, state and
/// report.
async fn round_xlsx(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Submit {
    use rust_xlsxwriter::{Format, Workbook};
    let (round, concept, body) = round_context(&app, id).await?;
    let today = Date::today();
    let participants = app.store.round_participants(&round).await?;
    let fail = |e: rust_xlsxwriter::XlsxError| HtmlError::Internal(e.to_string());
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = wb.add_worksheet();
    sheet.set_name(cx.g("Berichtsabfrage")).map_err(fail)?;
    sheet
        .write_with_format(
            0,
            0,
            format!("{} – {} – {}", round.title, concept.title, body.name),
            &bold,
        )
        .map_err(fail)?;
    sheet
        .write(
            1,
            0,
            crate::kit::i18n::staff(
                cx.lang(),
                "Frist: { $deadline }; Stand: { $today }",
                &[
                    ("deadline", round.deadline().german()),
                    ("today", today.german()),
                ],
            ),
        )
        .map_err(fail)?;
    let headers = [
        "Organisation",
        "Nummer",
        "Maßnahme",
        "Stand",
        "Bericht vom",
        "Status",
        "Fortschritt (%)",
        "Sachstand",
        "E-Mail-Empfänger",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet
            .write_with_format(3, c as u16, cx.g(h), &bold)
            .map_err(fail)?;
    }
    let mut r = 4u32;
    for p in &participants {
        let recipients = p
            .recipients
            .iter()
            .map(|x| x.address.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        for a in &p.asked {
            sheet.write(r, 0, p.name.as_str()).map_err(fail)?;
            sheet
                .write(r, 1, a.code.as_deref().unwrap_or(""))
                .map_err(fail)?;
            sheet.write(r, 2, a.title.as_str()).map_err(fail)?;
            let answer = Answer::of(a.report.is_some(), round.deadline(), today);
            sheet.write(r, 3, cx.g(answer.label())).map_err(fail)?;
            if let Some((report_id, day)) = &a.report {
                let report = app.store.progress_report(*report_id).await.ok();
                sheet.write(r, 4, day.as_str()).map_err(fail)?;
                if let Some(report) = report {
                    let status = teilhabe_domain::MeasureStatus::from_code(&report.status)
                        .map(Coded::label)
                        .unwrap_or_default();
                    sheet.write(r, 5, cx.g(status)).map_err(fail)?;
                    sheet.write(r, 6, report.progress as f64).map_err(fail)?;
                    sheet.write(r, 7, report.narrative.as_str()).map_err(fail)?;
                }
            }
            sheet.write(r, 8, recipients.as_str()).map_err(fail)?;
            r += 1;
        }
    }
    sheet.set_column_width(0, 30).map_err(fail)?;
    sheet.set_column_width(2, 40).map_err(fail)?;
    sheet.set_column_width(7, 60).map_err(fail)?;
    let bytes = wb.save_to_buffer().map_err(fail)?;
    Ok(crate::kit::upload::attachment(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("berichtsabfrage-{}.xlsx", round.id),
    ))
}
