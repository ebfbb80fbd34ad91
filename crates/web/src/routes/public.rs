//! Public pages: the list of bodies, a body with its concept versions, a concept with its
//! principles, fields, goals and measure plan, and a measure with its report history.
//! Non-public measures appear only to those who read the body's non-public records
//! (its coordination and council members), marked as such.

use crate::AppState;
use crate::auth::Viewer;
use crate::error::HtmlError;
use crate::views::{
    self, FieldNode, Layout, Texts, coded_label, concept_status, date_de, money, period_de, tr,
};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use teilhabe_domain::links::Short;
use teilhabe_domain::translations::EASY;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{BodyKind, ConceptKind, MeasureStatus, OrganizationKind};
use teilhabe_store::{Body, Concept, Organization, Principle};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/{key}", get(body_page))
        .route("/{key}/konzepte/{id}", get(concept_page))
        .route("/{key}/konzepte/{id}/leichte-sprache", get(easy_page))
        .route("/{key}/konzepte/{id}/druckfassung.pdf", get(print_pdf))
        .route("/{key}/massnahmen/{id}", get(measure_page))
        .route("/barrierefreiheit", get(accessibility))
        .route("/{key}/barrierefreiheit", get(body_accessibility))
        .route("/q/{code}", get(short_link))
}

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

type Page = Result<Html<String>, HtmlError>;

pub struct BodyRow {
    pub key: String,
    pub name: String,
    pub kind: String,
    pub current: Option<(i64, String)>,
}

#[derive(Template)]
#[template(path = "index.html")]
struct IndexPage {
    layout: Layout,
    bodies: Vec<BodyRow>,
}

async fn index(State(app): State<AppState>) -> Page {
    let mut bodies = Vec::new();
    for b in app.store.list_bodies().await? {
        let current = app
            .store
            .current_concept(b.id)
            .await?
            .map(|c| (c.id, format!("{} ({})", c.title, c.version_label)));
        bodies.push(BodyRow {
            kind: coded_label::<BodyKind>("body-kind", &b.kind),
            key: b.key,
            name: b.name,
            current,
        });
    }
    Ok(Html(
        IndexPage {
            layout: Layout::translated(&tr("index-title")),
            bodies,
        }
        .render()?,
    ))
}

pub struct ConceptRow {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub version: String,
    pub status: String,
    pub adopted_on: String,
}

fn concept_row(c: &Concept) -> ConceptRow {
    ConceptRow {
        id: c.id,
        title: c.title.clone(),
        kind: coded_label::<ConceptKind>("concept-kind", &c.kind),
        version: c.version_label.clone(),
        status: concept_status(c),
        adopted_on: date_de(&c.adopted_on),
    }
}

pub struct OrgGroup {
    pub kind: String,
    pub names: Vec<String>,
}

fn group_orgs(orgs: &[Organization]) -> Vec<OrgGroup> {
    use teilhabe_domain::Coded;
    OrganizationKind::ALL
        .iter()
        .map(|k| OrgGroup {
            kind: coded_label::<OrganizationKind>("org-kind", k.code()),
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
#[template(path = "body.html")]
struct BodyPage {
    layout: Layout,
    body: Body,
    kind: String,
    current: Option<ConceptRow>,
    versions: Vec<ConceptRow>,
    orgs: Vec<OrgGroup>,
}

async fn body_page(State(app): State<AppState>, Path(key): Path<String>) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let current = app
        .store
        .current_concept(body.id)
        .await?
        .map(|c| concept_row(&c));
    let versions = app
        .store
        .concepts(body.id)
        .await?
        .iter()
        .map(concept_row)
        .collect();
    let orgs = group_orgs(&app.store.organizations(body.id).await?);
    let layout = Layout::translated(&body.name).home();
    let kind = coded_label::<BodyKind>("body-kind", &body.kind);
    Ok(Html(
        BodyPage {
            layout,
            kind,
            body,
            current,
            versions,
            orgs,
        }
        .render()?,
    ))
}

#[derive(Template)]
#[template(path = "concept.html")]
struct ConceptPage {
    layout: Layout,
    body: Body,
    concept: ConceptRow,
    summary: Option<String>,
    paper: Option<String>,
    paper_id: Option<i64>,
    supersedes: Option<ConceptRow>,
    superseded_by: Option<ConceptRow>,
    principles: Vec<Principle>,
    fields: Vec<FieldNode>,
    measure_count: usize,
    texts: Texts,
    /// Some texts shown are German (no current translation).
    german_left: bool,
    /// There is a version in Leichte Sprache.
    easy: bool,
}

async fn concept_page(
    State(app): State<AppState>,
    viewer: Viewer,
    Path((key, id)): Path<(String, i64)>,
) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let reader = viewer.reads_internal(body.id);
    let concept = app.store.concept(id).await?;
    if concept.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let all = app.store.concepts(body.id).await?;
    let supersedes = concept
        .supersedes_id
        .and_then(|s| all.iter().find(|c| c.id == s))
        .map(concept_row);
    let superseded_by = all
        .iter()
        .find(|c| c.supersedes_id == Some(concept.id))
        .map(concept_row);
    let principles = app.store.principles(concept.id).await?;
    let paper_id = match &concept.paper_reference {
        Some(r) => app
            .store
            .paper_by_reference(body.id, r)
            .await
            .ok()
            .filter(|p| p.public.0 || reader)
            .map(|p| p.id),
        None => None,
    };
    let fields = views::concept_tree(&app.store, &concept, reader).await?;
    let measure_count = fields
        .iter()
        .flat_map(|f| &f.goals)
        .map(|g| g.measures.len())
        .sum();
    let layout = Layout::translated(&format!("{} ({})", concept.title, concept.version_label))
        .home()
        .crumb(format!("/{}", body.key), body.name.clone());
    let texts = Texts::load(&app.store, body.id).await?;
    let easy_texts = app.store.content_translations(body.id, EASY).await?;
    // The concept's texts are looked at only when there is something to compare them with:
    // a German page without any plain-language text needs none of them.
    let sources = if texts.lang() == "de" && easy_texts.is_empty() {
        Vec::new()
    } else {
        app.store.source_texts(&concept).await?
    };
    // Some text shown stays German: one the viewer sees without a current translation.
    let german_left = texts.german_left(
        sources
            .iter()
            .filter(|s| s.public || reader)
            .map(|s| (s.entity, s.record_id, s.field, s.german.as_str())),
    );
    let easy = sources.iter().any(|s| easy_texts.contains_key(&s.key()));
    Ok(Html(
        ConceptPage {
            layout,
            texts,
            german_left,
            easy,
            summary: concept.summary.clone(),
            paper: concept.paper_reference.clone(),
            paper_id,
            concept: concept_row(&concept),
            body,
            supersedes,
            superseded_by,
            principles,
            fields,
            measure_count,
        }
        .render()?,
    ))
}

/// The concept version as the printed brochure (PDF/A-2a, PDF/UA-1, QR codes to the
/// portal): public records only, whoever asks, dated today.
async fn print_pdf(
    State(app): State<AppState>,
    Path((key, id)): Path<(String, i64)>,
) -> Result<axum::response::Response, HtmlError> {
    use axum::http::header;
    use axum::response::IntoResponse;
    use teilhabe_report::{Audience, Kind, Request};
    let body = app.store.body_by_key(&key).await?;
    let concept = app.store.concept(id).await?;
    if concept.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let request = Request {
        body_key: body.key.clone(),
        kind: Kind::Concept,
        as_of: None,
        since: None,
        paper: None,
        concept_id: Some(concept.id),
        public_url: app.public_url.clone(),
        audience: Audience::Public,
        created: None,
    };
    let prepared = teilhabe_report::prepare(&app.store, &request)
        .await
        .map_err(crate::routes::admin::reports::refused)?;
    let name = format!(
        "{}-integrationskonzept-{}.pdf",
        body.key,
        concept
            .version_label
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
    );
    let bytes = app
        .prints
        .pdf(prepared)
        .await
        .map_err(|e| crate::routes::admin::reports::refused(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}\""),
            ),
        ],
        bytes.as_ref().clone(),
    )
        .into_response())
}

pub struct ReportRow {
    pub date: String,
    pub status: String,
    pub progress: i64,
    pub narrative: String,
    pub spent: String,
    pub reporter: String,
}

pub struct BudgetRow {
    pub year: i64,
    pub amount: String,
    pub source: String,
    pub own_share: String,
}

#[derive(Template)]
#[template(path = "measure.html")]
struct MeasurePage {
    layout: Layout,
    id: i64,
    field_id: i64,
    goal_id: i64,
    texts: Texts,
    german_left: bool,
    code: String,
    title: String,
    description: Option<String>,
    field: String,
    goal: String,
    concept_href: String,
    lead: String,
    partners: Vec<String>,
    contact: Option<String>,
    groups: Vec<String>,
    scope: String,
    period: String,
    priority: String,
    status: String,
    progress: i64,
    budget: Vec<BudgetRow>,
    budget_total: String,
    spent_total: String,
    history: Vec<ReportRow>,
    /// Non-public, shown to a reader with the right role.
    internal: bool,
    /// Public contributions this measure took up: (text, kind, event title, event link).
    /// (text, kind, event title, event link, public)
    origins: Vec<(String, String, String, String, bool)>,
}

async fn measure_page(
    State(app): State<AppState>,
    viewer: Viewer,
    Path((key, id)): Path<(String, i64)>,
) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let m = app.store.measure(id).await?;
    if !(m.public.0 || viewer.reads_internal(body.id))
        || app.store.body_id_of_measure(id).await? != body.id
    {
        return Err(HtmlError::NotFound);
    }
    let goal = app.store.goal(m.goal_id).await?;
    let field = app.store.field_of_action(goal.field_id).await?;
    let concept = app.store.concept(field.concept_id).await?;
    let orgs = app.store.organization_names(body.id).await?;
    let org = |id: i64| orgs.get(&id).cloned().unwrap_or_default();
    let groups = app.store.target_groups(body.id).await?;
    let contact = match m.contact_person_id {
        Some(p) => app.store.person_seen_by(p, viewer.principal()).await?,
        None => None,
    };
    let reports = app.store.progress_reports(id).await?;
    let history: Vec<ReportRow> = reports
        .iter()
        .map(|r| ReportRow {
            date: german_date(&r.reported_on),
            status: coded_label::<MeasureStatus>("measure-status", &r.status),
            progress: r.progress,
            narrative: r.narrative.clone(),
            spent: r.spent_cents.map(money).unwrap_or_else(|| "—".into()),
            reporter: r.reporter_organization_id.map(org).unwrap_or_default(),
        })
        .collect();
    let spent: i64 = reports.iter().filter_map(|r| r.spent_cents).sum();
    let origins = app
        .store
        .contributions_of_measure(id, !viewer.reads_internal(body.id))
        .await?
        .into_iter()
        .map(|(c, e)| {
            let public = c.public.0 && e.public.0;
            let kind = coded_label::<teilhabe_domain::participation::ContributionKind>(
                "contribution-kind",
                &c.kind,
            );
            (
                c.text,
                kind,
                e.title,
                format!("/{}/beteiligung/{}", body.key, e.id),
                public,
            )
        })
        .collect();
    let total: i64 = m.budget_lines.iter().map(|b| b.amount_cents).sum();
    let concept_href = format!("/{}/konzepte/{}", body.key, concept.id);
    let layout = Layout::translated(&m.title)
        .home()
        .crumb(format!("/{}", body.key), body.name.clone())
        .crumb(
            concept_href.clone(),
            format!("{} ({})", concept.title, concept.version_label),
        );
    let texts = Texts::load(&app.store, body.id).await?;
    let german_left = texts.german_left([
        ("measures", m.id, "title", m.title.as_str()),
        (
            "measures",
            m.id,
            "description",
            m.description.as_deref().unwrap_or(""),
        ),
        ("fields_of_action", field.id, "title", field.title.as_str()),
        ("goals", goal.id, "title", goal.title.as_str()),
    ]);
    let page = MeasurePage {
        layout,
        id: m.id,
        field_id: field.id,
        goal_id: goal.id,
        texts,
        german_left,
        code: m.code.clone().unwrap_or_default(),
        title: m.title.clone(),
        description: m.description.clone(),
        field: field.title,
        goal: goal.title,
        concept_href,
        lead: org(m.lead_organization_id),
        partners: m.partner_ids.iter().map(|p| org(*p)).collect(),
        contact: contact.map(|p| p.role_title.unwrap_or(p.name)),
        groups: groups
            .iter()
            .filter(|g| m.target_group_ids.contains(&g.id))
            .map(|g| g.name.clone())
            .collect(),
        scope: match &m.scope_detail {
            Some(d) => format!("{} ({d})", views::scope_label(&m.scope)),
            None => views::scope_label(&m.scope),
        },
        period: period_de(&m.start_date, &m.end_date),
        priority: views::priority_label(&m.priority),
        status: coded_label::<MeasureStatus>("measure-status", &m.status),
        progress: m.progress,
        budget: m
            .budget_lines
            .iter()
            .map(|b| BudgetRow {
                year: b.year,
                amount: money(b.amount_cents),
                source: b.funding_source.clone().unwrap_or_default(),
                own_share: b.own_share_cents.map(money).unwrap_or_default(),
            })
            .collect(),
        budget_total: money(total),
        spent_total: money(spent),
        history,
        internal: !m.public.0,
        origins,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "easy.html")]
struct EasyPage {
    layout: Layout,
    body: Body,
    concept: Concept,
    summary: Option<(String, bool)>,
    /// Each field of action: its title and its text in Leichte Sprache (with whether the
    /// German text changed since).
    fields: Vec<(String, Option<(String, bool)>)>,
}

/// A concept version in Leichte Sprache: its summary and each field of action in plain
/// German, as far as they are written.
async fn easy_page(State(app): State<AppState>, Path((key, id)): Path<(String, i64)>) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let concept = app.store.concept(id).await?;
    if concept.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let easy = app.store.content_translations(body.id, EASY).await?;
    let text = |entity: &str, id: i64, field: &str, german: &Option<String>| {
        easy.get(&(entity.to_owned(), id, field.to_owned()))
            .map(|t| {
                let outdated = t.source.trim() != german.as_deref().unwrap_or("").trim();
                (t.text.clone(), outdated)
            })
    };
    let fields = app
        .store
        .fields_of_action(concept.id)
        .await?
        .into_iter()
        .map(|f| {
            let t = text("fields_of_action", f.id, "description", &f.description);
            (f.title, t)
        })
        .collect();
    let layout = Layout::new(&format!("Leichte Sprache: {}", concept.title))
        .home()
        .crumb(format!("/{}", body.key), body.name.clone())
        .crumb(
            format!("/{}/konzepte/{}", body.key, concept.id),
            format!("{} ({})", concept.title, concept.version_label),
        );
    let page = EasyPage {
        layout,
        summary: text("concepts", concept.id, "summary", &concept.summary),
        fields,
        concept,
        body,
    };
    Ok(Html(page.render()?))
}

/// The date this version of the statement was written (with the audit it describes).
const STATEMENT_DATE: &str = "21.11.2026";

#[derive(Template)]
#[template(path = "accessibility.html")]
struct AccessibilityPage {
    layout: Layout,
    body: Option<Body>,
    operator: String,
    scope: String,
    contact: Option<String>,
    created: &'static str,
}

/// The accessibility statement (Erklärung zur Barrierefreiheit) of the whole portal.
async fn accessibility() -> Page {
    let page = AccessibilityPage {
        layout: Layout::translated(&tr("footer-accessibility")),
        body: None,
        operator: String::new(),
        scope: tr("a11y-scope-portal"),
        contact: None,
        created: STATEMENT_DATE,
    };
    Ok(Html(page.render()?))
}

/// A body's own statement, with its contact for reports of barriers.
async fn body_accessibility(State(app): State<AppState>, Path(key): Path<String>) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let page = AccessibilityPage {
        layout: Layout::translated(&tr("footer-accessibility"))
            .crumb(format!("/{}", body.key), body.name.clone()),
        operator: body.name.clone(),
        scope: crate::i18n::format(
            crate::i18n::page().code,
            "a11y-scope-body",
            &[
                ("name", body.name.clone()),
                ("path", format!("/{}", body.key)),
            ],
        ),
        contact: body.contact_email.clone(),
        created: STATEMENT_DATE,
        body: Some(body),
    };
    Ok(Html(page.render()?))
}
