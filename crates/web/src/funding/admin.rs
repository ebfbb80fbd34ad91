//! The administration of funding programmes: the body's list with what needs attention
//! and the totals per programme, per budget code and per year; one programme's page with
//! its proofs of use and the budget lines it pays; the forms of a programme and of a proof.

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
use std::collections::BTreeMap;
use teilhabe_domain::funding::{ProgrammeDraft, ProofDraft, ProofKind};
use teilhabe_domain::values::{Hundredths, german_date};
use teilhabe_domain::{Date, Money, RawInput};
use teilhabe_store::Body;
use teilhabe_store::funding::{Programme, ProgrammeLine, Proof, Total};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bodies/{id}/funding", get(list))
        .route("/bodies/{id}/funding/new", get(new).post(create))
        .route("/funding-programmes/{id}", get(show))
        .route("/funding-programmes/{id}/edit", get(edit).post(update))
        .route("/funding-programmes/{id}/delete", post(delete))
        .route(
            "/funding-programmes/{id}/proofs/new",
            get(proof_new).post(proof_create),
        )
        .route(
            "/funding-proofs/{id}/edit",
            get(proof_edit).post(proof_update),
        )
        .route("/funding-proofs/{id}/delete", post(proof_delete))
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

fn list_href(body_id: i64) -> String {
    format!("/admin/bodies/{body_id}/funding")
}

fn programme_href(id: i64) -> String {
    format!("/admin/funding-programmes/{id}")
}

fn list_layout(cx: &Context, title: &str, body: &Body) -> Layout {
    let layout =
        Layout::admin(cx, title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone());
    let label = layout.g("Förderprogramme");
    layout.crumb(list_href(body.id), label)
}

fn euros(cents: i64) -> String {
    Money::from_cents(cents).german()
}

/// Staff (full-time equivalents) or a rate, held in hundredths, in German: "1,5".
fn hundredths(n: i64) -> String {
    Hundredths::from_hundredths(n).german()
}

/// Sums of budget lines as a table row shows them.
#[derive(Default)]
struct Sums {
    amount: i64,
    own_share: i64,
    staff: i64,
}

impl Sums {
    fn add(&mut self, amount: i64, own_share: Option<i64>, staff: Option<i64>) {
        self.amount += amount;
        self.own_share += own_share.unwrap_or(0);
        self.staff += staff.unwrap_or(0);
    }

    fn add_total(&mut self, t: &Total) {
        self.add(
            t.amount_cents,
            Some(t.own_share_cents),
            Some(t.staff_hundredths),
        );
    }

    fn cells(&self) -> [String; 3] {
        [
            euros(self.amount),
            euros(self.own_share),
            hundredths(self.staff),
        ]
    }
}

/// A programme as the list shows it.
struct Row {
    programme: Programme,
    period: String,
    rate: String,
    /// What needs attention today: (German words, day).
    warnings: Vec<(&'static str, String)>,
    /// Amount, own share, staff over all years.
    sums: [String; 3],
}

#[derive(Template)]
#[template(path = "funding/admin_list.html")]
struct ListPage {
    layout: Layout,
    body: Body,
    rows: Vec<Row>,
    /// Per year: (year, [programme label, amount, own share, staff]…), lines without a
    /// programme last in each year.
    years: Vec<(i64, Vec<[String; 4]>)>,
    /// Per budget code ("ohne Haushaltsstelle" for none): amount, own share, staff.
    codes: Vec<(String, [String; 3])>,
}

fn rate(p: &Programme) -> String {
    p.funding_rate_hundredths
        .map(|r| format!("{} %", hundredths(r)))
        .unwrap_or_default()
}

/// What needs attention about each programme today (the store's rule, as the work queue
/// applies it), from the programmes and proofs the page read: (German words, day) by
/// programme.
fn warnings_by_programme(
    programmes: &[Programme],
    proofs: &[Proof],
) -> BTreeMap<i64, Vec<(&'static str, String)>> {
    let mut out: BTreeMap<i64, Vec<(&'static str, String)>> = BTreeMap::new();
    for w in teilhabe_store::funding::warnings(programmes, proofs, Date::today()) {
        out.entry(w.programme_id)
            .or_default()
            .push((w.warning.label(), w.warning.day().german()));
    }
    out
}

async fn list(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let body = app.store.body(id).await?;
    let (programmes, totals) =
        tokio::try_join!(app.store.programmes(id), app.store.programme_totals(id))?;
    let ids: Vec<i64> = programmes.iter().map(|p| p.id).collect();
    let mut warnings = warnings_by_programme(&programmes, &app.store.proofs(&ids).await?);
    let without = cx.g("ohne Förderprogramm");
    let label_of = |pid: Option<i64>| {
        pid.and_then(|pid| programmes.iter().find(|p| p.id == pid))
            .map_or_else(|| without.clone(), Programme::label)
    };
    let mut years: BTreeMap<i64, Vec<[String; 4]>> = BTreeMap::new();
    let mut codes: BTreeMap<String, Sums> = BTreeMap::new();
    let no_code = cx.g("ohne Haushaltsstelle");
    // Lines without a programme last in their year.
    let mut ordered: Vec<&Total> = totals.iter().collect();
    ordered.sort_by_key(|t| (t.year, t.programme_id.is_none()));
    for t in ordered {
        let mut sums = Sums::default();
        sums.add_total(t);
        let [amount, own, staff] = sums.cells();
        years
            .entry(t.year)
            .or_default()
            .push([label_of(t.programme_id), amount, own, staff]);
        let code = t
            .programme_id
            .and_then(|pid| programmes.iter().find(|p| p.id == pid))
            .and_then(|p| p.budget_code.clone())
            .unwrap_or_else(|| no_code.clone());
        codes.entry(code).or_default().add_total(t);
    }
    let rows = programmes
        .iter()
        .map(|p| {
            let mut sums = Sums::default();
            for t in totals.iter().filter(|t| t.programme_id == Some(p.id)) {
                sums.add_total(t);
            }
            Row {
                period: p.period(),
                rate: rate(p),
                warnings: warnings.remove(&p.id).unwrap_or_default(),
                sums: sums.cells(),
                programme: p.clone(),
            }
        })
        .collect();
    let page = ListPage {
        layout: Layout::admin(&cx, "Förderprogramme")
            .crumb(format!("/admin/bodies/{}", body.id), body.name.clone()),
        body,
        rows,
        years: years.into_iter().collect(),
        codes: codes.into_iter().map(|(c, s)| (c, s.cells())).collect(),
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "funding/admin_programme.html")]
struct ProgrammePage {
    layout: Layout,
    programme: Programme,
    follows: Option<Programme>,
    followed_by: Vec<Programme>,
    period: String,
    rate: String,
    warnings: Vec<(&'static str, String)>,
    proofs: Vec<Proof>,
    lines: Vec<ProgrammeLine>,
    /// Per year: amount, own share, staff.
    years: Vec<(i64, [String; 3])>,
}

impl ProgrammePage {
    fn german(&self, iso: &str) -> String {
        german_date(iso)
    }

    fn euros(&self, cents: &i64) -> String {
        euros(*cents)
    }

    fn staff(&self, h: &Option<i64>) -> String {
        h.map(hundredths).unwrap_or_default()
    }
}

async fn show(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let programme = app.store.programme(id).await?;
    let body = app.store.body(programme.body_id).await?;
    let this = [id];
    let (all, proofs, lines) = tokio::try_join!(
        app.store.programmes(body.id),
        app.store.proofs(&this),
        app.store.programme_lines(id),
    )?;
    let mut years: BTreeMap<i64, Sums> = BTreeMap::new();
    for l in &lines {
        years
            .entry(l.year)
            .or_default()
            .add(l.amount_cents, l.own_share_cents, l.staff_hundredths);
    }
    let page = ProgrammePage {
        layout: list_layout(&cx, &programme.label(), &body),
        follows: programme
            .follows_id
            .and_then(|f| all.iter().find(|p| p.id == f).cloned()),
        followed_by: all
            .iter()
            .filter(|p| p.follows_id == Some(id))
            .cloned()
            .collect(),
        period: programme.period(),
        rate: rate(&programme),
        warnings: warnings_by_programme(&all, &proofs)
            .remove(&id)
            .unwrap_or_default(),
        years: years.into_iter().map(|(y, s)| (y, s.cells())).collect(),
        programme,
        proofs,
        lines,
    };
    Ok(Html(page.render()?))
}

fn programme_form(
    cx: &Context,
    body: &Body,
    others: &[Programme],
    existing: Option<&Programme>,
) -> Form {
    let follows = others
        .iter()
        .filter(|p| Some(p.id) != existing.map(|e| e.id))
        .map(|p| (p.id.to_string(), p.label()))
        .collect();
    Form {
        layout: list_layout(cx, "Förderprogramm", body),
        heading: "Förderprogramm".into(),
        intro: Some("Ein Programm je Zuwendungsbescheid. Die Haushaltszeilen der Maßnahmen verweisen darauf; so ergeben sich die Summen je Programm und Haushaltsstelle.".into()),
        action: match existing {
            Some(p) => format!("/admin/funding-programmes/{}/edit", p.id),
            None => format!("/admin/bodies/{}/funding/new", body.id),
        },
        defs: vec![
            FieldDef::new("funder", "Zuwendungsgeber", Kind::Text)
                .required()
                .hint("z. B. Freistaat Sachsen, Bundesamt für Migration und Flüchtlinge"),
            FieldDef::new("name", "Programm oder Förderrichtlinie", Kind::Text).required(),
            FieldDef::new("grant_reference", "Aktenzeichen des Bescheids", Kind::Text),
            FieldDef::new("granted_on", "Bescheid vom", Kind::Date),
            FieldDef::new("period_from", "Bewilligungszeitraum von", Kind::Date),
            FieldDef::new("period_until", "Bewilligungszeitraum bis", Kind::Date).hint(
                "Ein halbes Jahr vor dem Ende erscheint eine Warnung, solange kein Programm als Anschlussfinanzierung erfasst ist.",
            ),
            FieldDef::new("funding_rate", "Förderquote in Prozent", Kind::Text)
                .hint("Anteil der zuwendungsfähigen Ausgaben, z. B. 90 oder 87,5; der Rest ist Eigenanteil."),
            FieldDef::new("budget_code", "Haushaltsstelle", Kind::Text)
                .hint("Produkt und Sachkonto im Haushalt, z. B. 31.5.01 / 414100"),
            FieldDef::new("follows_id", "Setzt fort (Anschlussfinanzierung für)", Kind::Select)
                .options(follows),
            FieldDef::new("notes", "Notizen", Kind::Textarea),
        ],
        submit: "Speichern",
        cancel: match existing {
            Some(p) => programme_href(p.id),
            None => list_href(body.id),
        },
        delete_action: existing.map(|p| format!("/admin/funding-programmes/{}/delete", p.id)),
        extra_button: None,
    }
}

fn programme_input(p: &Programme) -> RawInput {
    RawInput::from_pairs([
        ("funder", p.funder.clone()),
        ("name", p.name.clone()),
        ("grant_reference", opt(&p.grant_reference)),
        ("granted_on", opt(&p.granted_on)),
        ("period_from", opt(&p.period_from)),
        ("period_until", opt(&p.period_until)),
        (
            "funding_rate",
            p.funding_rate_hundredths
                .map(hundredths)
                .unwrap_or_default(),
        ),
        ("budget_code", opt(&p.budget_code)),
        ("follows_id", opt(&p.follows_id)),
        ("notes", opt(&p.notes)),
    ])
}

async fn new(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let body = app.store.body(id).await?;
    let others = app.store.programmes(id).await?;
    programme_form(&cx, &body, &others, None).render(&RawInput::new(), None)
}

async fn create(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(id).await?;
    let others = app.store.programmes(id).await?;
    programme_form(&cx, &body, &others, None)
        .submit(input, ProgrammeDraft::parse, |d| async move {
            let p = app.store.create_programme(id, &d).await?;
            Ok(programme_href(p.id))
        })
        .await
}

async fn edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let p = app.store.programme(id).await?;
    let body = app.store.body(p.body_id).await?;
    let others = app.store.programmes(body.id).await?;
    programme_form(&cx, &body, &others, Some(&p)).render(&programme_input(&p), None)
}

async fn update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let p = app.store.programme(id).await?;
    let body = app.store.body(p.body_id).await?;
    let others = app.store.programmes(body.id).await?;
    programme_form(&cx, &body, &others, Some(&p))
        .submit(input, ProgrammeDraft::parse, |d| async move {
            app.store.update_programme(id, &d).await?;
            Ok(programme_href(id))
        })
        .await
}

async fn delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let p = app.store.programme(id).await?;
    app.store.delete_programme(id).await?;
    Ok(Redirect::to(&list_href(p.body_id)).into_response())
}

fn proof_form(cx: &Context, body: &Body, p: &Programme, existing: Option<&Proof>) -> Form {
    Form {
        layout: {
            let layout = list_layout(cx, "Nachweisfrist", body);
            layout.crumb(programme_href(p.id), p.label())
        },
        heading: format!("Nachweisfrist: {}", p.label()),
        intro: None,
        action: match existing {
            Some(s) => format!("/admin/funding-proofs/{}/edit", s.id),
            None => format!("/admin/funding-programmes/{}/proofs/new", p.id),
        },
        defs: vec![
            FieldDef::new("kind", "Art des Nachweises", Kind::Select)
                .required()
                .codes::<ProofKind>(),
            FieldDef::new("due_on", "Vorzulegen bis", Kind::Date)
                .required()
                .hint("Vier Wochen vorher erscheint er in der Arbeitsliste."),
            FieldDef::new("submitted_on", "Eingereicht am", Kind::Date)
                .hint("Leer, solange er nicht eingereicht ist."),
        ],
        submit: "Speichern",
        cancel: programme_href(p.id),
        delete_action: existing.map(|s| format!("/admin/funding-proofs/{}/delete", s.id)),
        extra_button: None,
    }
}

async fn programme_context(app: &AppState, id: i64) -> Result<(Programme, Body), HtmlError> {
    let p = app.store.programme(id).await?;
    let body = app.store.body(p.body_id).await?;
    Ok((p, body))
}

async fn proof_new(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (p, body) = programme_context(&app, id).await?;
    proof_form(&cx, &body, &p, None).render(&RawInput::new(), None)
}

async fn proof_create(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (p, body) = programme_context(&app, id).await?;
    proof_form(&cx, &body, &p, None)
        .submit(input, ProofDraft::parse, |d| async move {
            app.store.create_proof(id, &d).await?;
            Ok(programme_href(id))
        })
        .await
}

fn proof_input(s: &Proof) -> RawInput {
    RawInput::from_pairs([
        ("kind", s.kind.clone()),
        ("due_on", s.due_on.clone()),
        ("submitted_on", opt(&s.submitted_on)),
    ])
}

async fn proof_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let s = app.store.proof(id).await?;
    let (p, body) = programme_context(&app, s.programme_id).await?;
    proof_form(&cx, &body, &p, Some(&s)).render(&proof_input(&s), None)
}

async fn proof_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let s = app.store.proof(id).await?;
    let (p, body) = programme_context(&app, s.programme_id).await?;
    let back = programme_href(p.id);
    proof_form(&cx, &body, &p, Some(&s))
        .submit(input, ProofDraft::parse, |d| async move {
            app.store.update_proof(id, &d).await?;
            Ok(back)
        })
        .await
}

async fn proof_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let s = app.store.proof(id).await?;
    app.store.delete_proof(id).await?;
    Ok(Redirect::to(&programme_href(s.programme_id)).into_response())
}
