//! A body's public page: its concept versions and its organisations by kind.

use crate::concepts::{ConceptRow, concept_row};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::format::coded_label;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use teilhabe_domain::{BodyKind, OrganizationKind};
use teilhabe_store::{Body, Organization};

pub fn router() -> Router<AppState> {
    Router::new().route("/{key}", get(body_page))
}

type Page = Result<Html<String>, HtmlError>;

pub struct OrgGroup {
    pub kind: String,
    pub names: Vec<String>,
}

fn group_orgs(cx: &Context, orgs: &[Organization]) -> Vec<OrgGroup> {
    use teilhabe_domain::Coded;
    OrganizationKind::ALL
        .iter()
        .map(|k| OrgGroup {
            kind: coded_label::<OrganizationKind>(cx, "org-kind", k.code()),
            names: orgs
                .iter()
                .filter(|o| o.kind == k.code())
                .map(|o| o.name.clone())
                .collect(),
        })
        .filter(|g| !g.names.is_empty())
        .collect()
}

#[derive(Template)]
#[template(path = "bodies/body.html")]
struct BodyPage {
    layout: Layout,
    body: Body,
    kind: String,
    current: Option<ConceptRow>,
    versions: Vec<ConceptRow>,
    orgs: Vec<OrgGroup>,
}

async fn body_page(State(app): State<AppState>, cx: Context, Path(key): Path<String>) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let current = app
        .store
        .current_concept(body.id)
        .await?
        .map(|c| concept_row(&cx, &c));
    let versions = app
        .store
        .concepts(body.id)
        .await?
        .iter()
        .map(|c| concept_row(&cx, c))
        .collect();
    let orgs = group_orgs(&cx, &app.store.organizations(body.id).await?);
    let layout = Layout::translated(&cx, &body.name).home();
    let kind = coded_label::<BodyKind>(&cx, "body-kind", &body.kind);
    Ok(Html(
        BodyPage {
            layout,
            body,
            kind,
            current,
            versions,
            orgs,
        }
        .render()?,
    ))
}
