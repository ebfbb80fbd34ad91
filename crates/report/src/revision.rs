//! The printed concept's section "Was sich gegenüber … geändert hat": for a version that
//! supersedes another, what it added, changed, moved and left out, kind by kind, with the
//! reason where a measure ended. The same comparison as the portal's page
//! ([`teilhabe_store::revision::Comparison`]), as lines for print.

use crate::ReportError;
use crate::gather::Context;
use serde::Serialize;
use teilhabe_domain::revision::{CarryDecision, Change, ItemKind, text_label};
use teilhabe_store::Concept;
use teilhabe_store::revision::Comparison;

#[derive(Serialize)]
pub(crate) struct Changes {
    /// The version compared with: "Leitbild Integration (2006)".
    previous: String,
    groups: Vec<Group>,
}

#[derive(Serialize)]
struct Group {
    heading: &'static str,
    added: Vec<String>,
    changed: Vec<String>,
    removed: Vec<String>,
}

/// What changed against the version `concept` supersedes; none for a first version.
pub(crate) async fn changes(
    ctx: &Context<'_>,
    concept: &Concept,
) -> Result<Option<Changes>, ReportError> {
    let Some(previous) = concept.supersedes_id else {
        return Ok(None);
    };
    let previous = ctx.store.concept(previous).await?;
    let c = ctx
        .store
        .comparison(previous.clone(), concept.clone(), ctx.internal)
        .await?;
    let groups = ItemKind::ALL
        .iter()
        .map(|&kind| group(&c, kind))
        .filter(|g| !(g.added.is_empty() && g.changed.is_empty() && g.removed.is_empty()))
        .collect();
    Ok(Some(Changes {
        previous: format!("„{}“ ({})", previous.title, previous.version_label),
        groups,
    }))
}

fn group(c: &Comparison, kind: ItemKind) -> Group {
    let mut g = Group {
        heading: kind.plural(),
        added: Vec::new(),
        changed: Vec::new(),
        removed: Vec::new(),
    };
    for d in c.differences.iter().filter(|d| d.kind == kind) {
        match d.change() {
            Change::Added => g.added.push(d.title.clone()),
            Change::Removed => g.removed.push(match c.decision(d) {
                Some((CarryDecision::End, Some(reason))) => {
                    format!("{} – beendet: {reason}", d.title)
                }
                Some((CarryDecision::End, None)) => format!("{} – beendet", d.title),
                Some(_) => format!("{} – nicht weitergeführt", d.title),
                None => d.title.clone(),
            }),
            change => {
                let mut parts: Vec<String> = Vec::new();
                if let Some(old) = d.old.and_then(|id| c.item(kind, id))
                    && old.title != d.title
                {
                    parts.push(format!("früher „{}“", old.title));
                }
                let texts: Vec<&str> = d
                    .texts
                    .iter()
                    .filter(|t| t.field != "title")
                    .map(|t| text_label(t.field))
                    .collect();
                if !texts.is_empty() {
                    parts.push(format!("geändert: {}", texts.join(", ")));
                }
                if matches!(change, Change::Moved | Change::ChangedAndMoved)
                    && let (Some((_, to)), Some(parent)) = (d.moved, kind.parent())
                {
                    let to = c.item(parent, to).map_or("", |i| i.title.as_str());
                    parts.push(format!("jetzt unter {} „{to}“", parent.label()));
                }
                g.changed
                    .push(format!("{} ({})", d.title, parts.join("; ")));
            }
        }
    }
    g
}
