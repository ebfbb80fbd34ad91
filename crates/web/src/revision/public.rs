//! The public comparison of two versions of a concept: what was added, changed, moved and
//! removed — principles, fields of action, goals, measures — with the changed words marked
//! (for screen readers too), a measure that ended with its reason; in the page's language
//! where both versions' texts are translated, else in German, marked as such. Measures a
//! reader may not see are left out of both versions.

use std::collections::HashMap;

use crate::concepts::{ConceptRow, concept_row};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::layout::{Layout, Texts, escape};
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use axum::routing::get;
use teilhabe_domain::revision::{
    CarryDecision, Difference, ItemKind, TextChange, Words, diff_words,
};
use teilhabe_store::revision::{Comparison, older_first};
use teilhabe_store::{Body, Concept};

pub fn router() -> Router<AppState> {
    Router::new().route("/{key}/konzepte/{id}/vergleich", get(compare_page))
}

/// The texts of records that translations cover; the others (a lead's name, a period) are
/// the same in every language or the interface's words.
const TRANSLATED: [&str; 4] = ["title", "text", "description", "target_note"];

struct CountRow {
    kind: String,
    added: usize,
    changed: usize,
    removed: usize,
}

struct Row {
    change: &'static str,
    change_words: String,
    /// The item's title as HTML, linked where it has a place in the portal.
    title: String,
    href: Option<String>,
    /// Each changed text: its label and the marked words as HTML.
    texts: Vec<(String, String)>,
    moved: Option<String>,
    decision: Option<String>,
}

struct Section {
    heading: String,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "revision/compare.html")]
struct ComparePage {
    layout: Layout,
    body: Body,
    concept: ConceptRow,
    /// "Title (version)".
    concept_name: String,
    /// The other versions to compare with: id, name, chosen.
    others: Vec<(i64, String, bool)>,
    versions: Option<(ConceptRow, ConceptRow)>,
    /// "Compared: … with …".
    intro: String,
    counts: Vec<CountRow>,
    sections: Vec<Section>,
    german_left: bool,
}

async fn compare_page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Html<String>, HtmlError> {
    let body = app.store.body_by_key(&key).await?;
    let reader = cx.viewer().reads_internal(body.id);
    let concept = app.store.concept(id).await?;
    if concept.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let all = app.store.concepts(body.id).await?;
    // The version asked for, else the one this one superseded, else the one that
    // superseded it.
    let chosen: Option<&Concept> = match query.get("mit").map(|v| v.parse::<i64>()) {
        Some(Ok(other)) => Some(
            all.iter()
                .find(|c| c.id == other && c.id != id)
                .ok_or(HtmlError::NotFound)?,
        ),
        Some(Err(_)) => return Err(HtmlError::NotFound),
        None => concept
            .supersedes_id
            .and_then(|s| all.iter().find(|c| c.id == s))
            .or_else(|| all.iter().find(|c| c.supersedes_id == Some(id))),
    };
    let others = all
        .iter()
        .filter(|c| c.id != id)
        .map(|c| {
            (
                c.id,
                format!("{} ({})", c.title, c.version_label),
                Some(c.id) == chosen.map(|x| x.id),
            )
        })
        .collect();
    let layout = Layout::translated(
        &cx,
        &format!(
            "{} – {} ({})",
            cx.tr("compare-title"),
            concept.title,
            concept.version_label
        ),
    )
    .home()
    .crumb(format!("/{}", body.key), body.name.clone())
    .crumb(
        format!("/{}/konzepte/{}", body.key, concept.id),
        format!("{} ({})", concept.title, concept.version_label),
    );
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let (mut versions, mut counts, mut sections) = (None, Vec::new(), Vec::new());
    let (mut intro, mut german_left) = (String::new(), false);
    if let Some(other) = chosen {
        let (old, new) = older_first(concept.clone(), other.clone());
        let c = app.store.comparison(old, new, reader).await?;
        let view = View {
            layout: &layout,
            texts: &texts,
            key: &body.key,
            c: &c,
        };
        counts = c
            .counts()
            .into_iter()
            .map(|(kind, [added, changed, removed])| CountRow {
                kind: layout.t(&format!("compare-kind-{}", kind.code())),
                added,
                changed,
                removed,
            })
            .collect();
        for kind in ItemKind::ALL {
            let rows: Vec<Row> = c
                .differences
                .iter()
                .filter(|d| d.kind == kind)
                .map(|d| view.row(d, &mut german_left))
                .collect();
            if !rows.is_empty() {
                sections.push(Section {
                    heading: layout.t(&format!("compare-kind-{}", kind.code())),
                    rows,
                });
            }
        }
        intro = layout.t2(
            "compare-intro",
            "old",
            format!("{} ({})", c.old.title, c.old.version_label),
            "new",
            format!("{} ({})", c.new.title, c.new.version_label),
        );
        versions = Some((concept_row(&cx, &c.old), concept_row(&cx, &c.new)));
    }
    let page = ComparePage {
        concept_name: format!("{} ({})", concept.title, concept.version_label),
        concept: concept_row(&cx, &concept),
        layout,
        body,
        others,
        versions,
        intro,
        counts,
        sections,
        german_left,
    };
    Ok(Html(page.render()?))
}

/// What the page needs to show one difference.
struct View<'a> {
    layout: &'a Layout,
    texts: &'a Texts,
    key: &'a str,
    c: &'a Comparison,
}

impl View<'_> {
    fn title(&self, kind: ItemKind, id: i64) -> String {
        match self.c.item(kind, id) {
            Some(item) => self.texts.show(kind.table(), &id, "title", &item.title),
            None => String::new(),
        }
    }

    fn href(&self, d: &Difference) -> Option<String> {
        let (concept, id) = match (d.new, d.old) {
            (Some(id), _) => (self.c.new.id, id),
            (None, Some(id)) => (self.c.old.id, id),
            _ => return None,
        };
        Some(match d.kind {
            ItemKind::Measure => format!("/{}/massnahmen/{id}", self.key),
            ItemKind::Principle => format!("/{}/konzepte/{concept}#leitbild", self.key),
            ItemKind::Field => format!("/{}/konzepte/{concept}#feld-{id}", self.key),
            ItemKind::Goal => format!("/{}/konzepte/{concept}#ziel-{id}", self.key),
        })
    }

    fn row(&self, d: &Difference, german_left: &mut bool) -> Row {
        let change = d.change();
        let shown = d.new.or(d.old).unwrap_or_default();
        let texts = d
            .texts
            .iter()
            .map(|t| {
                (
                    self.layout.t(&format!("compare-field-{}", t.field)),
                    self.words(d, t, german_left),
                )
            })
            .collect();
        let moved = d.moved.and_then(|(was, is)| {
            let parent = d.kind.parent()?;
            Some(self.layout.t2(
                "compare-moved-from",
                "from",
                self.title(parent, was),
                "to",
                self.title(parent, is),
            ))
        });
        let decision = self.c.decision(d).map(|(decision, reason)| match decision {
            CarryDecision::End => self.layout.t1(
                "compare-ended",
                "reason",
                // The reason is the coordinator's German text.
                format!(
                    r#"<span lang="de" dir="ltr">{}</span>"#,
                    escape(reason.unwrap_or(""))
                ),
            ),
            _ => self.layout.t("compare-dropped"),
        });
        Row {
            change: change.code(),
            change_words: self.layout.t(&format!("compare-{}", change.code())),
            title: self.title(d.kind, shown),
            href: self.href(d),
            texts,
            moved,
            decision,
        }
    }

    /// A changed text's words as HTML: in the page's language where both versions' texts
    /// are translated and current, else the German words, marked as German.
    fn words(&self, d: &Difference, t: &TextChange, german_left: &mut bool) -> String {
        let (Some(old), Some(new)) = (d.old, d.new) else {
            return String::new();
        };
        let entity = d.kind.table();
        let german = |id: i64| {
            self.c.item(d.kind, id).map_or(String::new(), |i| {
                if t.field == "title" {
                    i.title.clone()
                } else {
                    i.texts
                        .iter()
                        .find(|(f, _)| *f == t.field)
                        .map(|(_, text)| text.clone())
                        .unwrap_or_default()
                }
            })
        };
        let (was, is) = (german(old), german(new));
        let translated = self.texts.lang() != "de"
            && TRANSLATED.contains(&t.field)
            && self.texts.current(entity, old, t.field, &was)
            && self.texts.current(entity, new, t.field, &is);
        if translated {
            let runs = diff_words(
                &self.texts.plain(entity, old, t.field, &was),
                &self.texts.plain(entity, new, t.field, &is),
            );
            return marked(self.layout, &runs);
        }
        let html = marked(self.layout, &t.words);
        if self.texts.lang() == "de" {
            html
        } else {
            *german_left = true;
            format!(r#"<span lang="de" dir="ltr">{html}</span>"#)
        }
    }
}

/// Runs of words as HTML: removed words in `<del>`, added ones in `<ins>`, each announced
/// in words too (screen readers do not all say what `del` and `ins` mean).
fn marked(layout: &Layout, runs: &[Words]) -> String {
    let removed = escape(&layout.t("compare-removed-words"));
    let added = escape(&layout.t("compare-added-words"));
    runs.iter()
        .map(|w| match w {
            Words::Same(s) => escape(s),
            Words::Removed(s) => format!(
                r#"<del><span class="visually-hidden">[{removed}</span>{}<span class="visually-hidden">]</span></del>"#,
                escape(s)
            ),
            Words::Added(s) => format!(
                r#"<ins><span class="visually-hidden">[{added}</span>{}<span class="visually-hidden">]</span></ins>"#,
                escape(s)
            ),
        })
        .collect::<Vec<_>>()
        .join(" ")
}
