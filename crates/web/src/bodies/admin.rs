//! Bodies and what belongs to them directly: organisations, persons, target groups.

use crate::concepts::concept_status;
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::opt;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::bodies::{BodyDraft, MembershipDraft, OrganizationDraft, PersonDraft};
use teilhabe_domain::concepts::TargetGroupDraft;
use teilhabe_domain::{ActorClass, BodyKind, OrganizationKind, RawInput, label_of};
use teilhabe_store::{Body, Concept, Organization, Person, TargetGroup};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bodies/new", get(body_new).post(body_create))
        .route("/bodies/{id}", get(body_overview))
        .route("/bodies/{id}/edit", get(body_edit).post(body_update))
        .route("/bodies/{id}/delete", post(body_delete))
        .route(
            "/bodies/{id}/organizations/new",
            get(org_new).post(org_create),
        )
        .route("/organizations/{id}/edit", get(org_edit).post(org_update))
        .route("/organizations/{id}/delete", post(org_delete))
        .route(
            "/organizations/{id}/members/new",
            get(member_new).post(member_create),
        )
        .route("/memberships/{id}/delete", post(member_delete))
        .route(
            "/bodies/{id}/persons/new",
            get(person_new).post(person_create),
        )
        .route("/persons/{id}/edit", get(person_edit).post(person_update))
        .route("/persons/{id}/delete", post(person_delete))
        .route("/persons/{id}/privacy-export", get(person_privacy_export))
        .route("/persons/{id}/erase", post(person_erase))
        .route(
            "/bodies/{id}/target-groups/new",
            get(tg_new).post(tg_create),
        )
        .route("/target-groups/{id}/edit", get(tg_edit).post(tg_update))
        .route("/target-groups/{id}/delete", post(tg_delete))
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

fn body_href(id: i64) -> String {
    format!("/admin/bodies/{id}")
}

fn body_layout(cx: &Context, title: &str, body: &Body) -> Layout {
    Layout::admin(cx, title).crumb(body_href(body.id), body.name.clone())
}

// ---- bodies

fn body_fields() -> Vec<FieldDef> {
    vec![
        FieldDef::new("key", "Amtlicher Schlüssel (AGS/ARS)", Kind::Text)
            .required()
            .hint("Ziffern, z. B. 03157 für einen Landkreis oder 03157006 für eine Gemeinde."),
        FieldDef::new("name", "Name", Kind::Text).required(),
        FieldDef::new("short_name", "Kurzname", Kind::Text),
        FieldDef::new("kind", "Art der Körperschaft", Kind::Select)
            .required()
            .codes::<BodyKind>(),
        FieldDef::new("website", "Website", Kind::Url).hint("Beginnt mit https://"),
        FieldDef::new("contact_email", "E-Mail für Rückfragen", Kind::Email),
    ]
}

fn body_input(b: &Body) -> RawInput {
    RawInput::from_pairs([
        ("key", b.key.clone()),
        ("name", b.name.clone()),
        ("short_name", opt(&b.short_name)),
        ("kind", b.kind.clone()),
        ("website", opt(&b.website)),
        ("contact_email", opt(&b.contact_email)),
    ])
}

fn body_form(cx: &Context, existing: Option<&Body>) -> Form {
    Form {
        layout: match existing {
            Some(b) => body_layout(cx, "Körperschaft bearbeiten", b),
            None => Layout::admin(cx, "Neue Körperschaft"),
        },
        heading: match existing {
            Some(b) => format!("{} bearbeiten", b.name),
            None => "Neue Körperschaft".into(),
        },
        intro: None,
        action: match existing {
            Some(b) => format!("/admin/bodies/{}/edit", b.id),
            None => "/admin/bodies/new".into(),
        },
        defs: body_fields(),
        submit: "Speichern",
        cancel: existing.map_or_else(|| "/admin/".into(), |b| body_href(b.id)),
        delete_action: existing.map(|b| format!("/admin/bodies/{}/delete", b.id)),
        extra_button: None,
    }
}

async fn body_new(cx: Context) -> Page {
    body_form(&cx, None).render(&RawInput::new(), None)
}

async fn body_create(
    State(app): State<AppState>,
    cx: Context,
    FormInput(input): FormInput,
) -> Submit {
    body_form(&cx, None)
        .submit(input, BodyDraft::parse, |d| async move {
            Ok(body_href(app.store.create_body(&d).await?.id))
        })
        .await
}

async fn body_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let body = app.store.body(id).await?;
    body_form(&cx, Some(&body)).render(&body_input(&body), None)
}

async fn body_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(id).await?;
    body_form(&cx, Some(&body))
        .submit(input, BodyDraft::parse, |d| async move {
            Ok(body_href(app.store.update_body(id, &d).await?.id))
        })
        .await
}

async fn body_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    app.store.delete_body(id).await?;
    Ok(Redirect::to("/admin/").into_response())
}

pub struct OrgRow {
    pub org: Organization,
    pub kind: String,
    pub class: String,
    /// `(membership id, "Name (Rolle)")`
    pub members: Vec<(i64, String)>,
}

#[derive(Template)]
#[template(path = "bodies/admin_body.html")]
struct BodyOverview {
    layout: Layout,
    body: Body,
    concepts: Vec<(Concept, String)>,
    orgs: Vec<OrgRow>,
    persons: Vec<Person>,
    groups: Vec<TargetGroup>,
    meetings: Vec<(i64, String)>,
    papers: Vec<(i64, String)>,
    cycles: Vec<crate::council::CycleRow>,
    indicators: Vec<teilhabe_store::indicators::Indicator>,
    surveys: Vec<teilhabe_store::surveys::Survey>,
    /// (name, member names)
    areas: Vec<(String, String)>,
    /// Whether the viewer manages the body's accounts (its administrators).
    administers: bool,
    /// Whether the viewer may have documents with the non-public records.
    internal: bool,
    /// The papers' references, for choosing the draft resolution.
    references: Vec<String>,
}

async fn body_overview(
    State(app): State<AppState>,
    cx: Context,
    viewer: crate::kit::auth::Viewer,
    Path(id): Path<i64>,
) -> Page {
    let body = app.store.body(id).await?;
    let concepts = app.store.concepts(id).await?.into_iter().map(|c| {
        let s = concept_status(&cx, &c);
        (c, s)
    });
    let persons = app.store.persons(id).await?;
    let org_list = app.store.organizations(id).await?;
    let org_ids: Vec<i64> = org_list.iter().map(|o| o.id).collect();
    let memberships = app
        .store
        .oparl_memberships_of_organizations(&org_ids)
        .await?;
    let orgs = org_list
        .into_iter()
        .map(|o| OrgRow {
            members: memberships
                .iter()
                .filter(|m| m.organization_id == o.id)
                .map(|m| {
                    let name = persons
                        .iter()
                        .find(|p| p.id == m.person_id)
                        .map_or("?", |p| p.name.as_str());
                    let role = m
                        .role
                        .as_deref()
                        .map(|r| format!(" ({r})"))
                        .unwrap_or_default();
                    (m.id, format!("{name}{role}"))
                })
                .collect(),
            kind: label_of::<OrganizationKind>(&o.kind).to_owned(),
            class: o
                .classification
                .as_deref()
                .map_or("", label_of::<ActorClass>)
                .to_owned(),
            org: o,
        })
        .collect();
    let areas = app
        .store
        .planning_areas(id)
        .await?
        .into_iter()
        .map(|(a, members)| {
            let names: Vec<String> = members
                .iter()
                .map(|m| crate::monitoring::region_name(m))
                .collect();
            (a.name, names.join(", "))
        })
        .collect();
    let papers = app.store.papers(id).await?;
    let references = papers
        .iter()
        .filter(|p| p.paper_type == "resolution")
        .map(|p| p.reference.clone())
        .collect();
    let page = BodyOverview {
        internal: viewer.reads_internal(body.id),
        references,
        administers: viewer.principal().is_some_and(|p| {
            p.may(
                teilhabe_domain::access::Target::Record {
                    body_id: id,
                    kind: teilhabe_domain::access::RecordKind::Body,
                    led_by: None,
                },
                teilhabe_domain::access::Operation::Administer,
            )
        }),
        areas,
        indicators: app.store.indicators(id).await?,
        surveys: app.store.surveys(id).await?,
        layout: Layout::admin(&cx, &body.name),
        concepts: concepts.collect(),
        orgs,
        persons,
        groups: app.store.target_groups(id).await?,
        meetings: app
            .store
            .meetings(id)
            .await?
            .into_iter()
            .rev()
            .map(|m| {
                (
                    m.id,
                    format!(
                        "{} – {}",
                        teilhabe_domain::values::german_date(m.start_at.get(..10).unwrap_or("")),
                        m.name
                    ),
                )
            })
            .collect(),
        papers: papers
            .into_iter()
            .map(|p| (p.id, format!("{} – {}", p.reference, p.name)))
            .collect(),
        cycles: crate::council::cycle_rows(&app, app.store.reporting_cycles(id).await?).await?,
        body,
    };
    Ok(Html(page.render()?))
}

// ---- organisations

fn org_fields() -> Vec<FieldDef> {
    vec![
        FieldDef::new("name", "Name", Kind::Text).required(),
        FieldDef::new("short_name", "Kurzname", Kind::Text),
        FieldDef::new("kind", "Art", Kind::Select)
            .required()
            .codes::<OrganizationKind>(),
        FieldDef::new("classification", "Art des Akteurs", Kind::Select)
            .codes::<ActorClass>()
            .hint(
                "Pflicht für externe Akteure, z. B. Wohlfahrtsverband oder Migrantenorganisation.",
            ),
        FieldDef::new("website", "Website", Kind::Url),
        FieldDef::new("start_date", "Besteht seit", Kind::Date),
        FieldDef::new("end_date", "Bestand bis", Kind::Date)
            .hint("Leer lassen, solange die Organisation besteht."),
    ]
}

fn org_input(o: &Organization) -> RawInput {
    RawInput::from_pairs([
        ("name", o.name.clone()),
        ("short_name", opt(&o.short_name)),
        ("kind", o.kind.clone()),
        ("classification", opt(&o.classification)),
        ("website", opt(&o.website)),
        ("start_date", opt(&o.start_date)),
        ("end_date", opt(&o.end_date)),
    ])
}

fn org_form(cx: &Context, body: &Body, existing: Option<&Organization>) -> Form {
    Form {
        layout: body_layout(
            cx,
            if existing.is_some() {
                "Organisation bearbeiten"
            } else {
                "Neue Organisation"
            },
            body,
        ),
        heading: existing.map_or_else(
            || "Neue Organisation".into(),
            |o| format!("„{}“ bearbeiten", o.name),
        ),
        intro: Some(
            "Gremien, Verwaltungseinheiten, Steuerungs- und Arbeitsgruppen sowie externe Akteure."
                .into(),
        ),
        action: match existing {
            Some(o) => format!("/admin/organizations/{}/edit", o.id),
            None => format!("/admin/bodies/{}/organizations/new", body.id),
        },
        defs: org_fields(),
        submit: "Speichern",
        cancel: body_href(body.id),
        delete_action: existing.map(|o| format!("/admin/organizations/{}/delete", o.id)),
        extra_button: None,
    }
}

async fn org_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    org_form(&cx, &body, None).render(&RawInput::new(), None)
}

async fn org_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    org_form(&cx, &body, None)
        .submit(input, OrganizationDraft::parse, |d| async move {
            app.store.create_organization(body_id, &d).await?;
            Ok(body_href(body_id))
        })
        .await
}

async fn org_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let org = app.store.organization(id).await?;
    let body = app.store.body(org.body_id).await?;
    org_form(&cx, &body, Some(&org)).render(&org_input(&org), None)
}

async fn org_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let org = app.store.organization(id).await?;
    let body = app.store.body(org.body_id).await?;
    org_form(&cx, &body, Some(&org))
        .submit(input, OrganizationDraft::parse, |d| async move {
            app.store.update_organization(id, &d).await?;
            Ok(body_href(org.body_id))
        })
        .await
}

async fn org_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let org = app.store.organization(id).await?;
    app.store.delete_organization(id).await?;
    Ok(Redirect::to(&body_href(org.body_id)).into_response())
}

// ---- memberships

async fn member_form(app: &AppState, cx: &Context, org: &Organization) -> Result<Form, HtmlError> {
    let body = app.store.body(org.body_id).await?;
    let persons = app
        .store
        .persons(body.id)
        .await?
        .into_iter()
        .map(|p| (p.id.to_string(), p.name))
        .collect();
    Ok(Form {
        layout: body_layout(cx, "Mitglied hinzufügen", &body),
        heading: format!("Mitglied in „{}“ hinzufügen", org.name),
        intro: Some(
            "Wer in dem Gremium oder der Gruppe mitarbeitet; erscheint auch in der OParl-Schnittstelle."
                .into(),
        ),
        action: format!("/admin/organizations/{}/members/new", org.id),
        defs: vec![
            FieldDef::new("person_id", "Person", Kind::Select)
                .required()
                .options(persons),
            FieldDef::new("role", "Rolle", Kind::Text)
                .hint("z. B. Vorsitz, stellvertretendes Mitglied, beratend"),
            FieldDef::new("voting_right", "stimmberechtigt", Kind::Flag),
            FieldDef::new("start_date", "Mitglied seit", Kind::Date),
            FieldDef::new("end_date", "Mitglied bis", Kind::Date),
        ],
        submit: "Hinzufügen",
        cancel: format!("{}#orgs", body_href(body.id)),
        delete_action: None,
        extra_button: None,
    })
}

async fn member_new(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let org = app.store.organization(id).await?;
    member_form(&app, &cx, &org)
        .await?
        .render(&RawInput::from_pairs([("voting_right", "1")]), None)
}

async fn member_create(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let org = app.store.organization(id).await?;
    member_form(&app, &cx, &org)
        .await?
        .submit(input, MembershipDraft::parse, |d| async move {
            app.store.create_membership(id, &d).await?;
            Ok(format!("{}#orgs", body_href(org.body_id)))
        })
        .await
}

async fn member_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let m = app.store.membership(id).await?;
    let org = app.store.organization(m.organization_id).await?;
    app.store.delete_membership(id).await?;
    Ok(Redirect::to(&format!("{}#orgs", body_href(org.body_id))).into_response())
}

// ---- persons

async fn person_fields(app: &AppState, body_id: i64) -> Result<Vec<FieldDef>, HtmlError> {
    let orgs = app
        .store
        .organizations(body_id)
        .await?
        .into_iter()
        .map(|o| (o.id.to_string(), o.name))
        .collect();
    Ok(vec![
        FieldDef::new("name", "Name oder Funktion", Kind::Text)
            .required()
            .hint("Für öffentlich sichtbare Angaben genügt die Funktion, z. B. „Integrationskoordination“."),
        FieldDef::new("role_title", "Funktion", Kind::Text),
        FieldDef::new("organization_id", "Organisation", Kind::Select).options(orgs),
        FieldDef::new("email", "E-Mail", Kind::Email),
        FieldDef::new("phone", "Telefon", Kind::Text),
        FieldDef::new("public", "Öffentlich (Portal, OParl)", Kind::Flag).hint(
            "Sonst sehen die Person nur Koordination und Gremienmitglieder, z. B. sachkundige Bürgerinnen und Bürger, die nicht online genannt werden wollen.",
        ),
    ])
}

fn person_input(p: &Person) -> RawInput {
    RawInput::from_pairs([
        ("name", p.name.clone()),
        ("role_title", opt(&p.role_title)),
        ("organization_id", opt(&p.organization_id)),
        ("email", opt(&p.email)),
        ("phone", opt(&p.phone)),
        ("public", if p.public.0 { "1" } else { "0" }.into()),
    ])
}

async fn person_form(
    app: &AppState,
    cx: &Context,
    body: &Body,
    existing: Option<&Person>,
) -> Result<Form, HtmlError> {
    Ok(Form {
        layout: body_layout(
            cx,
            if existing.is_some() {
                "Person bearbeiten"
            } else {
                "Neue Person"
            },
            body,
        ),
        heading: existing.map_or_else(
            || "Neue Person".into(),
            |p| format!("{} bearbeiten", p.name),
        ),
        intro: Some(
            "Personenbezogene Daten nur so weit erfassen, wie sie für die Arbeit nötig sind."
                .into(),
        ),
        action: match existing {
            Some(p) => format!("/admin/persons/{}/edit", p.id),
            None => format!("/admin/bodies/{}/persons/new", body.id),
        },
        defs: person_fields(app, body.id).await?,
        submit: "Speichern",
        cancel: body_href(body.id),
        delete_action: existing.map(|p| format!("/admin/persons/{}/delete", p.id)),
        extra_button: None,
    })
}

async fn person_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    person_form(&app, &cx, &body, None)
        .await?
        .render(&RawInput::from_pairs([("public", "0")]), None)
}

async fn person_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    person_form(&app, &cx, &body, None)
        .await?
        .submit(input, PersonDraft::parse, |d| async move {
            app.store.create_person(body_id, &d).await?;
            Ok(body_href(body_id))
        })
        .await
}

async fn person_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let p = app.store.person(id).await?;
    let body = app.store.body(p.body_id).await?;
    person_form(&app, &cx, &body, Some(&p))
        .await?
        .render(&person_input(&p), None)
}

async fn person_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let p = app.store.person(id).await?;
    let body = app.store.body(p.body_id).await?;
    person_form(&app, &cx, &body, Some(&p))
        .await?
        .submit(input, PersonDraft::parse, |d| async move {
            app.store.update_person(id, &d).await?;
            Ok(body_href(p.body_id))
        })
        .await
}

async fn person_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let p = app.store.person(id).await?;
    app.store.delete_person(id).await?;
    Ok(Redirect::to(&body_href(p.body_id)).into_response())
}

/// Art. 15 GDPR: everything stored about the person, as a JSON download.
async fn person_privacy_export(
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, HtmlError> {
    let data = app.store.person_export(id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                &format!("attachment; filename=\"auskunft-person-{id}.json\""),
            ),
        ],
        serde_json::to_string_pretty(&data).unwrap_or_default(),
    )
        .into_response())
}

/// Art. 17 GDPR: deletes or anonymises the person.
async fn person_erase(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let p = app.store.person(id).await?;
    app.store.erase_person(id).await?;
    Ok(Redirect::to(&body_href(p.body_id)).into_response())
}

// ---- target groups

fn tg_form(cx: &Context, body: &Body, existing: Option<&TargetGroup>) -> Form {
    Form {
        layout: body_layout(
            cx,
            if existing.is_some() {
                "Zielgruppe bearbeiten"
            } else {
                "Neue Zielgruppe"
            },
            body,
        ),
        heading: existing.map_or_else(
            || "Neue Zielgruppe".into(),
            |t| format!("{} bearbeiten", t.name),
        ),
        intro: None,
        action: match existing {
            Some(t) => format!("/admin/target-groups/{}/edit", t.id),
            None => format!("/admin/bodies/{}/target-groups/new", body.id),
        },
        defs: vec![
            FieldDef::new("name", "Name", Kind::Text).required(),
            FieldDef::new("description", "Beschreibung", Kind::Textarea),
        ],
        submit: "Speichern",
        cancel: body_href(body.id),
        delete_action: existing.map(|t| format!("/admin/target-groups/{}/delete", t.id)),
        extra_button: None,
    }
}

async fn tg_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    tg_form(&cx, &body, None).render(&RawInput::new(), None)
}

async fn tg_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    tg_form(&cx, &body, None)
        .submit(input, TargetGroupDraft::parse, |d| async move {
            app.store.create_target_group(body_id, &d).await?;
            Ok(body_href(body_id))
        })
        .await
}

async fn tg_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let t = app.store.target_group(id).await?;
    let body = app.store.body(t.body_id).await?;
    let input = RawInput::from_pairs([
        ("name", t.name.clone()),
        ("description", opt(&t.description)),
    ]);
    tg_form(&cx, &body, Some(&t)).render(&input, None)
}

async fn tg_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let t = app.store.target_group(id).await?;
    let body = app.store.body(t.body_id).await?;
    tg_form(&cx, &body, Some(&t))
        .submit(input, TargetGroupDraft::parse, |d| async move {
            app.store.update_target_group(id, &d).await?;
            Ok(body_href(t.body_id))
        })
        .await
}

async fn tg_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let t = app.store.target_group(id).await?;
    app.store.delete_target_group(id).await?;
    Ok(Redirect::to(&body_href(t.body_id)).into_response())
}
