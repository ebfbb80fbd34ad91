//! The county beside its peers: for an indicator of the body's catalogue, its rank among
//! the Kreise of its Land, of Germany, and of Kreise of its kind and size — from the
//! official statistics already imported (the 12531 table holds every Kreis). A portal page
//! per indicator (`/KEY/monitoring/CODE/vergleich`, a chart and the full table per group)
//! and the API (`/api/v1/bodies/KEY/indicators/CODE/peers`). A body may choose its own
//! comparison group (`/admin/bodies/ID/peer-group`), ranked as a fourth group. Pure ranking in
//! `teilhabe_stats::peers`; the values of many Kreise in one read in `teilhabe_store::peers`.

mod admin;
mod api;
mod public;

use crate::kit::state::AppState;
use axum::Router;
use teilhabe_stats::peers::{Group, Ranked, ahead_of, members, members_with, rank};
use teilhabe_store::indicators::Indicator;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}

/// One group's ranking.
pub struct Ranking {
    pub group: Group,
    /// Members of the group, with and without a value.
    pub members: usize,
    pub ranked: Vec<Ranked>,
    /// The body's place, if it has a value.
    pub rank: Option<usize>,
    pub ahead_of: Option<u8>,
}

/// The rankings of the body's Kreis (`key`) on `indicator` in the latest period in which
/// it has a value; None when the body is no Kreis or the indicator has no data for it.
pub async fn rankings(
    app: &AppState,
    key: &str,
    indicator: &Indicator,
) -> teilhabe_store::Result<Option<(String, Vec<Ranking>)>> {
    let Some(expr) = indicator.expr() else {
        return Ok(None);
    };
    let germany = members(Group::Germany, key);
    if germany.is_empty() {
        return Ok(None);
    }
    // The latest period in which the county itself has a value (one variable may reach
    // further than the others).
    let mut period = None;
    for p in app
        .store
        .stat_periods(&expr, &[key.to_owned()])
        .await?
        .into_iter()
        .rev()
    {
        if app
            .store
            .indicator_at(&expr, &[key.to_owned()], &p)
            .await?
            .value
            .is_some()
        {
            period = Some(p);
            break;
        }
    }
    let Some(period) = period else {
        return Ok(None);
    };
    let values: Vec<(String, f64)> = app
        .store
        .indicator_for_regions(&expr, &germany, &period)
        .await?
        .into_iter()
        .filter_map(|(k, o)| Some((k, o.value?)))
        .collect();
    let body = app.store.body(indicator.body_id).await?;
    let chosen = app.store.peer_group(body.id).await?;
    let mut groups = Group::ALL.to_vec();
    if !chosen.is_empty() {
        groups.push(Group::Chosen);
    }
    let rankings = groups
        .iter()
        .map(|group| {
            let keys = members_with(*group, key, &chosen);
            let in_group: Vec<(String, f64)> = values
                .iter()
                .filter(|(k, _)| keys.contains(&k.as_str()))
                .cloned()
                .collect();
            let ranked = rank(&in_group, indicator.direction());
            Ranking {
                group: *group,
                members: keys.len(),
                rank: ranked.iter().find(|r| r.key == key).map(|r| r.rank),
                ahead_of: ahead_of(&ranked, key),
                ranked,
            }
        })
        .collect();
    Ok(Some((period, rankings)))
}
