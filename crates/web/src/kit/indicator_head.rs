//! What both kinds of indicator page — official statistics (`monitoring`) and the body's
//! own surveys (`survey_indicators`) — show above their values: the translated name,
//! whether German was left, the direction in words, the breadcrumbs through the body's
//! monitoring; and the template `kit/indicator_head.html` with name, description and facts.
//! Here because one capability's page hands over to the other's, which must not import it
//! back.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::layout::{Layout, Texts};
use crate::kit::state::AppState;
use teilhabe_store::Body;
use teilhabe_store::indicators::Indicator;

/// What both kinds of indicator page (official statistics and the body's own surveys) show
/// above their values: the translated name, whether German was left, the direction in words,
/// and the breadcrumbs through the body's monitoring.
pub struct Head {
    pub layout: Layout,
    pub texts: Texts,
    pub name: String,
    pub german_left: bool,
    pub direction: String,
}

pub async fn head(
    app: &AppState,
    cx: &Context,
    body: &Body,
    indicator: &Indicator,
) -> Result<Head, HtmlError> {
    let texts = Texts::load(&app.store, cx, body.id).await?;
    let name = texts.plain("indicators", indicator.id, "name", &indicator.name);
    let german_left = texts.german_left([
        ("indicators", indicator.id, "name", indicator.name.as_str()),
        (
            "indicators",
            indicator.id,
            "description",
            indicator.description.as_deref().unwrap_or(""),
        ),
    ]);
    let layout = Layout::translated(cx, &name)
        .crumb(format!("/{}", body.key), body.name.clone())
        .crumb(
            format!("/{}/monitoring", body.key),
            cx.tr("body-monitoring"),
        );
    let direction = cx.tr_or(
        &format!("direction-{:?}", indicator.direction()).to_lowercase(),
        indicator.direction_label(),
    );
    Ok(Head {
        layout,
        texts,
        name,
        german_left,
        direction,
    })
}
