//! The portal page of an indicator's ranking among peers: per group where the county
//! stands, a chart of all ranked Kreise with the county marked, and the table of them all.

use super::rankings;
use crate::kit::charts::{self, decimals_for};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::layout::{Layout, Texts};
use crate::kit::state::AppState;
use crate::monitoring::{period_de, region_name, shown};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use teilhabe_stats::peers::Group;
use teilhabe_store::Body;
use teilhabe_store::indicators::Indicator;

pub fn router() -> Router<AppState> {
    Router::new().route("/{key}/monitoring/{code}/vergleich", get(page))
}

/// A row of a group's table.
struct Row {
    rank: usize,
    name: String,
    value: String,
    me: bool,
}

/// One group as the page shows it.
struct Section {
    id: &'static str,
    heading: String,
    summary: String,
    chart: String,
    caption: String,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "peers/peers.html")]
struct Page {
    layout: Layout,
    body: Body,
    indicator: Indicator,
    intro: String,
    sections: Vec<Section>,
}

/// The section's anchor (and, prefixed, its chart's id).
fn section_id(group: Group) -> &'static str {
    match group {
        Group::Land => "land",
        Group::Germany => "deutschland",
        Group::Similar => "aehnlich",
        Group::Chosen => "eigene",
    }
}

fn heading(cx: &Context, group: Group, key: &str) -> String {
    match group {
        Group::Land => cx.tr_with("peers-group-land", &[("land", region_name(&key[..2]))]),
        Group::Germany => cx.tr("peers-group-germany"),
        Group::Similar => cx.tr("peers-group-similar"),
        Group::Chosen => cx.tr("peers-group-chosen"),
    }
}

async fn page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, code)): Path<(String, String)>,
) -> Result<Html<String>, HtmlError> {
    let body = app.store.body_by_key(&key).await?;
    let indicator = app.store.indicator_by_code(body.id, &code).await?;
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let name = texts.plain("indicators", indicator.id, "name", &indicator.name);
    let found = rankings(&app, &body.key, &indicator).await?;
    let mut sections = Vec::new();
    let intro = match &found {
        None => cx.tr("peers-none"),
        Some((period, groups)) => {
            let d = groups
                .iter()
                .flat_map(|g| g.ranked.iter().map(|r| decimals_for(r.value)))
                .max()
                .unwrap_or(0);
            for g in groups {
                let heading = heading(&cx, g.group, &body.key);
                let summary = match (g.rank, g.ahead_of) {
                    (Some(rank), Some(ahead)) => cx.tr_with(
                        "peers-rank",
                        &[
                            ("rank", rank.to_string()),
                            ("of", g.ranked.len().to_string()),
                            ("ahead", ahead.to_string()),
                        ],
                    ),
                    _ => cx.tr("peers-no-value"),
                };
                let missing = g.members - g.ranked.len();
                let summary = if missing > 0 {
                    format!(
                        "{summary} {}",
                        cx.tr_with("peers-missing", &[("n", missing.to_string())])
                    )
                } else {
                    summary
                };
                let columns: Vec<(String, f64, bool)> = g
                    .ranked
                    .iter()
                    .map(|r| (region_name(&r.key), r.value, r.key == body.key))
                    .collect();
                sections.push(Section {
                    id: section_id(g.group),
                    chart: charts::rank_chart(
                        &format!("rang-{}", section_id(g.group)),
                        &format!("{name}: {heading}"),
                        &summary,
                        &columns,
                    ),
                    caption: format!("{name} – {heading}, {}", period_de(period)),
                    rows: g
                        .ranked
                        .iter()
                        .map(|r| Row {
                            rank: r.rank,
                            name: region_name(&r.key),
                            value: shown(Some(r.value), None, d),
                            me: r.key == body.key,
                        })
                        .collect(),
                    heading,
                    summary,
                });
            }
            cx.tr_with(
                "peers-intro",
                &[
                    ("period", period_de(period)),
                    (
                        "direction",
                        cx.tr_or(
                            &format!("direction-{:?}", indicator.direction()).to_lowercase(),
                            indicator.direction_label(),
                        ),
                    ),
                ],
            )
        }
    };
    let title = cx.tr_with("peers-title", &[("indicator", name.clone())]);
    let layout = Layout::translated(&cx, &title)
        .crumb(format!("/{}", body.key), body.name.clone())
        .crumb(
            format!("/{}/monitoring", body.key),
            cx.tr("body-monitoring"),
        )
        .crumb(format!("/{}/monitoring/{}", body.key, indicator.code), name);
    Ok(Html(
        Page {
            layout,
            body,
            indicator,
            intro,
            sections,
        }
        .render()?,
    ))
}
