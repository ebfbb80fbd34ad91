//! The draft resolution (Beschlussvorlage) in the usual German layout: the head with
//! reference, date, submitter, lead unit and editor; the consultation sequence; the
//! resolution proposal; the statement of facts; the finance block; the measures it concerns.

use crate::ReportError;
use crate::gather::{Context, german_iso, money};
use serde::Serialize;
use serde_json::Value;
use teilhabe_domain::codes::{Coded, ConsultationRole, PaperType, label_of};
use teilhabe_store::{Paper, StoreError};

#[derive(Serialize)]
struct Doc {
    reference: String,
    subject: String,
    paper_type: String,
    date: Option<String>,
    submitter: Vec<String>,
    lead: Option<String>,
    editor: Option<String>,
    public: bool,
    consultations: Vec<Consultation>,
    proposal: Option<String>,
    reasoning: Option<String>,
    finance: Finance,
    measures: Vec<Measure>,
    /// For the paper that adopts a concept version: what it changes against the version
    /// it supersedes.
    changes: Option<crate::revision::Changes>,
}

#[derive(Serialize)]
struct Consultation {
    organization: String,
    date: String,
    role: String,
    authoritative: bool,
}

#[derive(Serialize)]
struct Finance {
    /// Whether the paper has any financial effect at all.
    any: bool,
    total: Option<String>,
    revenue: Option<String>,
    own_share: Option<String>,
    grants: Option<String>,
    budget_year: Option<i64>,
    budget_line: Option<String>,
    overplanned: bool,
    unplanned: bool,
    note: Option<String>,
}

#[derive(Serialize)]
struct Measure {
    code: String,
    title: String,
}

async fn choose(ctx: &Context<'_>, reference: Option<&str>) -> Result<Paper, ReportError> {
    let store = ctx.store;
    let visible = |p: &Paper| ctx.internal || p.public.0;
    if let Some(r) = reference {
        return match store.paper_by_reference(ctx.body.id, r).await {
            Ok(p) if visible(&p) => Ok(p),
            Ok(_) | Err(StoreError::NotFound(_)) => {
                Err(ReportError::NoPaper(r.to_owned(), ctx.body.name.clone()))
            }
            Err(e) => Err(e.into()),
        };
    }
    // The paper that adopted the concept in force, else the newest Beschlussvorlage.
    if let Ok(concept) = ctx.concept().await
        && let Some(r) = &concept.paper_reference
        && let Ok(p) = store.paper_by_reference(ctx.body.id, r).await
        && visible(&p)
    {
        return Ok(p);
    }
    let day = ctx.as_of_iso();
    store
        .papers(ctx.body.id)
        .await?
        .into_iter()
        .filter(|p| p.paper_type == PaperType::Resolution.code() && visible(p))
        .filter(|p| p.date.as_deref().is_none_or(|d| d <= day.as_str()))
        .max_by(|a, b| (&a.date, a.id).cmp(&(&b.date, b.id)))
        .ok_or_else(|| ReportError::NoResolution(ctx.body.name.clone()))
}

pub async fn data(
    ctx: &Context<'_>,
    reference: Option<&str>,
) -> Result<(String, String, Value), ReportError> {
    let store = ctx.store;
    let paper = choose(ctx, reference).await?;
    let orgs = store.organization_names(ctx.body.id).await?;
    let org = |id: Option<i64>| id.and_then(|i| orgs.get(&i).cloned());
    let mut submitter = Vec::new();
    if let Some(id) = paper.submitter_person_id {
        let p = store.person_referred(id).await?;
        // Personal data only where the person is public or the reader is the body's own.
        if (p.public.0 || ctx.internal) && p.erased_on.is_none() {
            submitter.push(p.role_title.unwrap_or(p.name));
        }
    }
    submitter.extend(org(paper.submitter_organization_id));
    let mut consultations = Vec::new();
    for c in store.consultations(paper.id).await? {
        let date = match c.meeting_id {
            Some(m) => german_iso(store.meeting(m).await?.start_at.get(0..10).unwrap_or("")),
            None => String::new(),
        };
        consultations.push(Consultation {
            organization: orgs.get(&c.organization_id).cloned().unwrap_or_default(),
            date,
            role: label_of::<ConsultationRole>(&c.role).to_owned(),
            authoritative: c.authoritative.0,
        });
    }
    let mut measures = Vec::new();
    for id in &paper.measure_ids {
        let m = store.measure(*id).await?;
        if ctx.internal || m.public.0 {
            measures.push(Measure {
                code: m.code.unwrap_or_default(),
                title: m.title,
            });
        }
    }
    let cents = |c: Option<i64>| c.map(money);
    let finance = Finance {
        any: paper.finance_total_cents.is_some()
            || paper.finance_revenue_cents.is_some()
            || paper.finance_own_share_cents.is_some()
            || paper.finance_grants_cents.is_some()
            || paper.finance_note.is_some(),
        total: cents(paper.finance_total_cents),
        revenue: cents(paper.finance_revenue_cents),
        own_share: cents(paper.finance_own_share_cents),
        grants: cents(paper.finance_grants_cents),
        budget_year: paper.finance_budget_year,
        budget_line: paper.finance_budget_line.clone(),
        overplanned: paper.finance_overplanned.0,
        unplanned: paper.finance_unplanned.0,
        note: paper.finance_note.clone(),
    };
    let adopts = store
        .concepts(ctx.body.id)
        .await?
        .into_iter()
        .find(|c| c.paper_reference.as_deref() == Some(paper.reference.as_str()));
    let changes = match &adopts {
        Some(concept) => crate::revision::changes(ctx, concept).await?,
        None => None,
    };
    let paper_type = label_of::<PaperType>(&paper.paper_type).to_owned();
    let doc = Doc {
        reference: paper.reference.clone(),
        subject: paper.name.clone(),
        paper_type: paper_type.clone(),
        date: paper.date.as_deref().map(german_iso),
        submitter,
        lead: org(paper.lead_organization_id),
        editor: paper.editor.clone(),
        public: paper.public.0,
        consultations,
        proposal: paper.proposal.clone(),
        reasoning: paper.reasoning.clone(),
        finance,
        measures,
        changes,
    };
    Ok((
        format!("{paper_type} {}: {}", paper.reference, paper.name),
        paper.name.clone(),
        serde_json::to_value(doc).expect("the paper serialises"),
    ))
}
