//! A measure's public page with its budget, report history and the contributions it took up.
//! A non-public measure is found only by those who read the body's non-public records.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::format::{coded_label, money, period_de};
use crate::kit::layout::{Layout, Texts};
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use teilhabe_domain::MeasureStatus;
use teilhabe_domain::values::german_date;

pub fn router() -> Router<AppState> {
    Router::new().route("/{key}/massnahmen/{id}", get(measure_page))
}

type Page = Result<Html<String>, HtmlError>;

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

/// An output of the measure: what it counts, its target and what was reported last.
struct OutputRow {
    name: String,
    target: String,
    reached: String,
    reported_on: String,
}

#[derive(Template)]
#[template(path = "measures/measure.html")]
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
    outputs: Vec<OutputRow>,
    /// Non-public, shown to a reader with the right role.
    internal: bool,
    /// The measures it continues, nearest first, and those that continue it: (link, title,
    /// version).
    predecessors: Vec<(String, String, String)>,
    successors: Vec<(String, String, String)>,
    /// Public contributions this measure took up: (text, kind, event title, event link).
    /// (text, kind, event title, event link, public)
    origins: Vec<(String, String, String, String, bool)>,
}

/// A measure (link, title, version) in another version of the concept.
type VersionLink = (String, String, String);

/// The measures a measure continues and those that continue it, as far as the reader may
/// see them; and the ids whose reports make its history (its own and its predecessors').
async fn versions(
    app: &AppState,
    body: &teilhabe_store::Body,
    id: i64,
    reader: bool,
) -> Result<(Vec<i64>, Vec<VersionLink>, Vec<VersionLink>), HtmlError> {
    let visible =
        |(m, _): &(teilhabe_store::Measure, teilhabe_store::Concept)| m.public.0 || reader;
    let link = |(m, c): &(teilhabe_store::Measure, teilhabe_store::Concept)| {
        (
            format!("/{}/massnahmen/{}", body.key, m.id),
            m.title.clone(),
            format!("{} ({})", c.title, c.version_label),
        )
    };
    let predecessors: Vec<_> = app
        .store
        .measure_predecessors(id)
        .await?
        .into_iter()
        .filter(visible)
        .collect();
    let successors = app.store.measure_successors(id).await?;
    let lineage = std::iter::once(id)
        .chain(predecessors.iter().map(|(m, _)| m.id))
        .collect();
    Ok((
        lineage,
        predecessors.iter().map(link).collect(),
        successors.iter().filter(|x| visible(x)).map(link).collect(),
    ))
}

async fn measure_page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
) -> Page {
    let viewer = cx.viewer();
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
    let reader = viewer.reads_internal(body.id);
    let (lineage, predecessors, successors) = versions(&app, &body, id, reader).await?;
    let reports = app.store.progress_reports_of(&lineage).await?;
    let history: Vec<ReportRow> = reports
        .iter()
        .map(|r| ReportRow {
            date: german_date(&r.reported_on),
            status: coded_label::<MeasureStatus>(&cx, "measure-status", &r.status),
            progress: r.progress,
            narrative: r.narrative.clone(),
            spent: r.spent_cents.map_or_else(|| "—".into(), money),
            reporter: r.reporter_organization_id.map(org).unwrap_or_default(),
        })
        .collect();
    let spent: i64 = reports.iter().filter_map(|r| r.spent_cents).sum();
    let origins = app
        .store
        .contributions_of_measure(id, !reader)
        .await?
        .into_iter()
        .map(|(c, e)| {
            let public = c.public.0 && e.public.0;
            let kind = coded_label::<teilhabe_domain::participation::ContributionKind>(
                &cx,
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
    // A line paid by a funding programme names it (the programme's name is public: it is
    // the funder's, printed in the measure plan too).
    let programmes = crate::funding::labels(&app, body.id).await?;
    let concept_href = format!("/{}/konzepte/{}", body.key, concept.id);
    let layout = Layout::translated(&cx, &m.title)
        .home()
        .crumb(format!("/{}", body.key), body.name.clone())
        .crumb(
            concept_href.clone(),
            format!("{} ({})", concept.title, concept.version_label),
        );
    let texts = Texts::load(&app.store, &cx, body.id).await?;
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
            Some(d) => format!("{} ({d})", crate::kit::format::scope_label(&cx, &m.scope)),
            None => crate::kit::format::scope_label(&cx, &m.scope),
        },
        period: period_de(&cx, &m.start_date, &m.end_date),
        priority: crate::kit::format::priority_label(&cx, &m.priority),
        status: coded_label::<MeasureStatus>(&cx, "measure-status", &m.status),
        progress: m.progress,
        budget: m
            .budget_lines
            .iter()
            .map(|b| BudgetRow {
                year: b.year,
                amount: money(b.amount_cents),
                source: b
                    .programme_id
                    .and_then(|p| programmes.get(&p).cloned())
                    .or_else(|| b.funding_source.clone())
                    .unwrap_or_default(),
                own_share: b.own_share_cents.map(money).unwrap_or_default(),
            })
            .collect(),
        budget_total: money(total),
        spent_total: money(spent),
        history,
        outputs: crate::impact::states(&app, m.id)
            .await?
            .into_iter()
            .map(|s| OutputRow {
                target: s.output.amount(s.output.target()),
                reached: s.reported.map_or("–".into(), |v| s.output.amount(v)),
                reported_on: s
                    .reported_on
                    .as_deref()
                    .map_or("–".into(), teilhabe_domain::values::german_date),
                name: s.output.name,
            })
            .collect(),
        internal: !m.public.0,
        origins,
        predecessors,
        successors,
    };
    Ok(Html(page.render()?))
}
