//! The printed concept: Leitbild and principles, every field of action with its goals, its
//! measures and its key indicators, and what the participation brought in. Each field of
//! action and each measure carries a QR code to its page in the portal.

use crate::ReportError;
use crate::gather::{Context, Link, MeasureHead, german_iso};
use crate::monitoring::{IndicatorBlock, indicator_block};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use teilhabe_domain::codes::Coded;
use teilhabe_domain::codes::{ConceptStatus, MeasureStatus, label_of};
use teilhabe_domain::links::Short;
use teilhabe_domain::participation::{ContributionStatus, EventFormat};

#[derive(Serialize)]
struct Doc {
    concept: Head,
    principles: Vec<Principle>,
    /// What changed against the version this one supersedes.
    changes: Option<crate::revision::Changes>,
    fields: Vec<Field>,
    participation: Vec<Process>,
    /// Measures → outputs → goals → indicators, with the links' assumptions.
    chain: Vec<crate::impact_chain::ChainField>,
    measures: usize,
    link: Link,
}

#[derive(Serialize)]
struct Head {
    title: String,
    version: String,
    status: String,
    adopted: Option<String>,
    summary: Option<String>,
    paper: Option<String>,
}

#[derive(Serialize)]
struct Principle {
    title: String,
    text: Option<String>,
}

#[derive(Serialize)]
struct Field {
    number: usize,
    title: String,
    description: Option<String>,
    link: Link,
    goals: Vec<Goal>,
    measures: Vec<Measure>,
    indicators: Vec<IndicatorBlock>,
}

#[derive(Serialize)]
struct Goal {
    title: String,
    description: Option<String>,
    target_note: Option<String>,
}

#[derive(Serialize)]
struct Measure {
    #[serde(flatten)]
    head: MeasureHead,
    status: String,
    link: Link,
}

#[derive(Serialize)]
struct Process {
    title: String,
    description: Option<String>,
    events: Vec<Event>,
    participants: i64,
    contributions: usize,
    taken: usize,
}

#[derive(Serialize)]
struct Event {
    date: String,
    title: String,
    format: String,
    participants: i64,
}

/// The concept's participation processes with the events held by the report's date, and
/// what their contributions became.
async fn participation(ctx: &Context<'_>, concept_id: i64) -> Result<Vec<Process>, ReportError> {
    let store = ctx.store;
    let mut participation = Vec::new();
    for p in store.processes_of_concept(concept_id).await? {
        let mut events = Vec::new();
        let mut participants = 0;
        let mut contributions = 0;
        let mut taken = 0;
        for e in store.events(p.id).await? {
            if !(ctx.internal || e.public.0) || e.start_date.as_str() > ctx.as_of_iso().as_str() {
                continue;
            }
            participants += e.participants();
            for c in store.contributions_of_event(e.id).await? {
                if ctx.internal || c.public.0 {
                    contributions += 1;
                    if c.status == ContributionStatus::Taken.code() {
                        taken += 1;
                    }
                }
            }
            events.push(Event {
                date: german_iso(&e.start_date),
                title: e.title.clone(),
                format: label_of::<EventFormat>(&e.format).to_owned(),
                participants: e.participants(),
            });
        }
        participation.push(Process {
            title: p.title,
            description: p.description,
            events,
            participants,
            contributions,
            taken,
        });
    }
    Ok(participation)
}

pub async fn data(ctx: &Context<'_>) -> Result<(String, String, Value), ReportError> {
    let store = ctx.store;
    let concept = ctx.concept().await?;
    let (principles, fields, goals, measures, orgs, targets) = (
        store.principles(concept.id).await?,
        store.fields_of_action(concept.id).await?,
        store.goals_of_concept(concept.id).await?,
        store.measures_of_concept(concept.id).await?,
        store.organization_names(ctx.body.id).await?,
        store.goal_targets_of_concept(concept.id).await?,
    );
    let field_of_goal: HashMap<i64, i64> = goals.iter().map(|g| (g.id, g.field_id)).collect();
    let indicators = store.indicators(ctx.body.id).await?;
    let mut shown = 0;
    let mut out = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        let mut field_measures = Vec::new();
        for m in measures
            .iter()
            .filter(|m| field_of_goal.get(&m.goal_id) == Some(&f.id))
            .filter(|m| ctx.internal || m.public.0)
        {
            field_measures.push(Measure {
                head: MeasureHead::of(m, &orgs),
                status: label_of::<MeasureStatus>(&m.status).to_owned(),
                link: ctx.link(ctx.measure_url(m.id), Short::Measure(m.id)),
            });
        }
        shown += field_measures.len();
        // Key indicators: those a goal of the field names with a target, then those the
        // catalogue files under the field's title.
        let field_goals: Vec<_> = goals.iter().filter(|g| g.field_id == f.id).collect();
        let mut blocks = Vec::new();
        let mut seen = Vec::new();
        for g in &field_goals {
            for t in targets.iter().filter(|t| t.goal_id == g.id) {
                if seen.contains(&t.indicator_id) {
                    continue;
                }
                seen.push(t.indicator_id);
                if let Some(ind) = indicators.iter().find(|x| x.id == t.indicator_id)
                    && let Some(b) = indicator_block(ctx, ind, Some(t)).await?
                {
                    blocks.push(b);
                }
            }
        }
        for ind in indicators.iter().filter(|x| {
            x.field
                .as_deref()
                .is_some_and(|name| name.eq_ignore_ascii_case(&f.title))
                && !seen.contains(&x.id)
        }) {
            if let Some(b) = indicator_block(ctx, ind, None).await? {
                blocks.push(b);
            }
        }
        out.push(Field {
            number: i + 1,
            title: f.title.clone(),
            description: f.description.clone(),
            link: ctx.link(ctx.field_url(concept.id, f.id), Short::Field(f.id)),
            goals: field_goals
                .iter()
                .map(|g| Goal {
                    title: g.title.clone(),
                    description: g.description.clone(),
                    target_note: g.target_note.clone(),
                })
                .collect(),
            measures: field_measures,
            indicators: blocks,
        });
    }
    let participation = participation(ctx, concept.id).await?;
    let changes = crate::revision::changes(ctx, &concept).await?;
    // "Integrationskonzept des Landkreises Peine (Fassung 2022)": the body's name is
    // added where the title does not say whose concept it is.
    let title = if concept.title.contains(&ctx.body.name)
        || ctx
            .body
            .name
            .split(' ')
            .any(|w| w.len() > 4 && concept.title.contains(w))
    {
        format!("{} (Fassung {})", concept.title, concept.version_label)
    } else {
        format!(
            "{} – {} (Fassung {})",
            concept.title, ctx.body.name, concept.version_label
        )
    };
    let subtitle = format!("Fassung {}", concept.version_label);
    let doc = Doc {
        link: ctx.link(
            format!("{}/{}/konzepte/{}", ctx.portal, ctx.body.key, concept.id),
            Short::Concept(concept.id),
        ),
        concept: Head {
            title: concept.title.clone(),
            version: concept.version_label.clone(),
            status: label_of::<ConceptStatus>(&concept.status).to_owned(),
            adopted: concept.adopted_on.as_deref().map(german_iso),
            summary: concept.summary.clone(),
            paper: concept.paper_reference.clone(),
        },
        principles: principles
            .into_iter()
            .map(|p| Principle {
                title: p.title,
                text: p.text,
            })
            .collect(),
        fields: out,
        changes,
        participation,
        chain: crate::impact_chain::chain(ctx, concept.id).await?,
        measures: shown,
    };
    Ok((
        title,
        subtitle,
        serde_json::to_value(doc).expect("the concept serialises"),
    ))
}
