//! The integration monitoring in the portal: the body's indicators with the latest values
//! of the county beside its Land and Germany, and per indicator the time series (chart and
//! table), the comparison of the municipalities and planning areas, and a CSV download.

use crate::kit::charts::{self, Series, decimals_for};
use crate::kit::context::Context;
use crate::kit::state::AppState;
use teilhabe_domain::spreadsheet::GermanCsv;
use teilhabe_stats::show::comparison as comparison_keys;
pub use teilhabe_stats::show::{period_de, region_name, shown};

/// The regions an indicator is compared across: the body, its Land, Germany.
pub fn comparison(body: &Body) -> Vec<String> {
    comparison_keys(&body.key)
}
use crate::kit::error::HtmlError;
use crate::kit::format::scope_label;
use crate::kit::layout::{Layout, Texts};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use teilhabe_stats::Flag;
use teilhabe_stats::regions::regions;
use teilhabe_store::Body;
use teilhabe_store::indicators::{CellCache, Indicator, Point};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{key}/monitoring", get(overview))
        .route("/{key}/monitoring/{code}", get(indicator_page))
        .route("/{key}/monitoring/{code}/daten.csv", get(indicator_csv))
        .route("/{key}/monitoring/{code}/daten.xlsx", get(indicator_xlsx))
}

type Page = Result<Html<String>, HtmlError>;

fn decimals_of(points: &[Point]) -> usize {
    points
        .iter()
        .filter_map(|p| p.value)
        .map(decimals_for)
        .max()
        .unwrap_or(0)
}

pub struct OverviewRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub field: String,
    pub period: String,
    pub values: Vec<String>,
}

#[derive(Template)]
#[template(path = "monitoring/monitoring.html")]
struct OverviewPage {
    layout: Layout,
    texts: Texts,
    german_left: bool,
    body: Body,
    columns: Vec<String>,
    rows: Vec<OverviewRow>,
    symbols: Vec<(&'static str, String)>,
}

/// The official statistics' symbols with their meaning in the page's language.
fn symbols(cx: &Context) -> Vec<(&'static str, String)> {
    Flag::ALL
        .iter()
        .map(|f| {
            let id = format!("flag-{f:?}").to_lowercase();
            (f.symbol(), cx.tr_or(&id, f.label()))
        })
        .collect()
}

async fn overview(State(app): State<AppState>, cx: Context, Path(key): Path<String>) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let regions = comparison(&body);
    let mut rows = Vec::new();
    let mut cache = CellCache::default();
    for i in app.store.indicators(body.id).await? {
        let Some(expr) = i.expr() else {
            // A survey indicator: the body's own column, from its latest public survey.
            let points = app.store.indicator_points(&i, &regions, false).await?;
            let d = decimals_of(&points);
            let latest = points.last();
            rows.push(OverviewRow {
                id: i.id,
                code: i.code.clone(),
                name: i.name.clone(),
                unit: i.unit.clone().unwrap_or_default(),
                field: i.field.clone().unwrap_or_default(),
                period: latest
                    .map_or_else(|| cx.tr("monitoring-no-data-yet"), |p| period_de(&p.period)),
                values: regions
                    .iter()
                    .map(|r| match latest {
                        Some(p) if &p.region == r => shown(p.value, p.flag.as_deref(), d),
                        _ => "–".into(),
                    })
                    .collect(),
            });
            continue;
        };
        let periods = app.store.stat_periods(&expr, &regions).await?;
        let Some(period) = periods.last() else {
            rows.push(OverviewRow {
                id: i.id,
                code: i.code.clone(),
                name: i.name.clone(),
                unit: i.unit.clone().unwrap_or_default(),
                field: i.field.clone().unwrap_or_default(),
                period: cx.tr("monitoring-no-data-yet"),
                values: vec!["–".into(); regions.len()],
            });
            continue;
        };
        let mut values = Vec::new();
        let mut points = Vec::new();
        for r in &regions {
            let o = app
                .store
                .indicator_at_cached(&expr, std::slice::from_ref(r), period, &mut cache)
                .await?;
            points.push(Point {
                region: r.clone(),
                period: period.clone(),
                value: o.value,
                flag: o.flag.map(|f| f.symbol().to_owned()),
            });
        }
        let d = decimals_of(&points);
        for p in &points {
            values.push(shown(p.value, p.flag.as_deref(), d));
        }
        rows.push(OverviewRow {
            id: i.id,
            code: i.code,
            name: i.name,
            unit: i.unit.unwrap_or_default(),
            field: i.field.unwrap_or_default(),
            period: period_de(period),
            values,
        });
    }
    let layout = Layout::translated(
        &cx,
        &format!("{} – {}", cx.tr("body-monitoring"), body.name),
    )
    .crumb(format!("/{}", body.key), body.name.clone());
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let german_left = texts.german_left(
        rows.iter()
            .map(|r| ("indicators", r.id, "name", r.name.as_str())),
    );
    Ok(Html(
        OverviewPage {
            layout,
            texts,
            german_left,
            columns: regions.iter().map(|r| region_name(r)).collect(),
            body,
            rows,
            symbols: symbols(&cx),
        }
        .render()?,
    ))
}

#[derive(Template)]
#[template(path = "monitoring/indicator.html")]
struct IndicatorPage {
    layout: Layout,
    texts: Texts,
    german_left: bool,
    body: Body,
    indicator: Indicator,
    direction: String,
    /// what a survey formula computes, in words (empty here: see `kit/indicator_head.html`)
    what: String,
    columns: Vec<String>,
    /// (period, shown values per column)
    table: Vec<(String, Vec<String>)>,
    chart: String,
    /// comparison of municipalities and planning areas in the latest period
    compare_period: String,
    compare: Vec<(String, String)>,
    compare_chart: String,
    symbols: Vec<(&'static str, String)>,
}

async fn indicator_page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, code)): Path<(String, String)>,
) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let indicator = app.store.indicator_by_code(body.id, &code).await?;
    if let Some(f) = indicator.survey() {
        return crate::survey_indicators::page(&app, &cx, body, indicator, &f).await;
    }
    let expr = indicator.expr().ok_or(HtmlError::NotFound)?;
    let crate::kit::indicator_head::Head {
        layout,
        texts,
        name,
        german_left,
        direction,
    } = crate::kit::indicator_head::head(&app, &cx, &body, &indicator).await?;
    let regions = comparison(&body);
    let series = app.store.indicator_series(&expr, &regions).await?;
    let d = decimals_of(&series);
    let mut periods: Vec<String> = series.iter().map(|p| p.period.clone()).collect();
    periods.dedup();
    let at = |r: &str, p: &str| series.iter().find(|x| x.region == r && x.period == p);
    let table = periods
        .iter()
        .map(|p| {
            (
                period_de(p),
                regions
                    .iter()
                    .map(|r| {
                        at(r, p)
                            .map_or_else(|| "–".into(), |x| shown(x.value, x.flag.as_deref(), d))
                    })
                    .collect(),
            )
        })
        .collect();
    let chart = charts::line_chart(
        "verlauf",
        &format!("{name}: {}", cx.tr("measure-history")),
        indicator.unit.as_deref().unwrap_or(""),
        &periods.iter().map(|p| period_de(p)).collect::<Vec<_>>(),
        &regions
            .iter()
            .map(|r| Series {
                label: region_name(r),
                points: periods
                    .iter()
                    .map(|p| at(r, p).and_then(|x| x.value))
                    .collect(),
            })
            .collect::<Vec<_>>(),
    );
    // The municipalities of a Kreis, and the body's planning areas, in the latest period.
    let mut compare = Vec::new();
    let mut bars = Vec::new();
    let mut compare_period = String::new();
    if body.key.len() == 5 {
        let gemeinden: Vec<String> = regions_of(&body.key);
        let areas = app.store.planning_areas(body.id).await?;
        let mut all = gemeinden.clone();
        for (_, members) in &areas {
            all.extend(members.iter().cloned());
        }
        if let Some(p) = app.store.stat_periods(&expr, &gemeinden).await?.last() {
            compare_period = period_de(p);
            let mut points = Vec::new();
            for g in &gemeinden {
                let o = app
                    .store
                    .indicator_at(&expr, std::slice::from_ref(g), p)
                    .await?;
                points.push((region_name(g), o));
            }
            for (area, members) in &areas {
                let o = app.store.indicator_at(&expr, members, p).await?;
                points.push((
                    format!("{} {}", scope_label(&cx, "planning_area"), area.name),
                    o,
                ));
            }
            let d = points
                .iter()
                .filter_map(|(_, o)| o.value)
                .map(decimals_for)
                .max()
                .unwrap_or(0);
            for (name, o) in points {
                let s = shown(o.value, o.flag.map(teilhabe_stats::Flag::symbol), d);
                bars.push((name.clone(), o.value, s.clone()));
                compare.push((name, s));
            }
        }
    }
    let compare_chart = if bars.is_empty() {
        String::new()
    } else {
        charts::bar_chart(
            "vergleich",
            &format!("{name}: {}, {compare_period}", cx.tr("indicator-compared")),
            &cx.tr("indicator-areas-short"),
            &bars,
        )
    };
    Ok(Html(
        IndicatorPage {
            layout,
            texts,
            german_left,
            direction,
            what: String::new(),
            columns: regions.iter().map(|r| region_name(r)).collect(),
            body,
            indicator,
            table,
            chart,
            compare_period,
            compare,
            compare_chart,
            symbols: symbols(&cx),
        }
        .render()?,
    ))
}

/// The Gemeinden of a Kreis (Berlin's Bezirke for Berlin).
fn regions_of(kreis: &str) -> Vec<String> {
    regions()
        .gemeinden_of(kreis)
        .into_iter()
        .map(|r| r.key.to_owned())
        .collect()
}

/// Every point with data of an indicator: the body, its Land, Germany and (for a Kreis)
/// its municipalities.
async fn download_points(
    app: &AppState,
    key: &str,
    code: &str,
) -> Result<(Body, Indicator, Vec<Point>), HtmlError> {
    let body = app.store.body_by_key(key).await?;
    let indicator = app.store.indicator_by_code(body.id, code).await?;
    let mut regions = comparison(&body);
    if body.key.len() == 5 && indicator.expr().is_some() {
        regions.extend(regions_of(&body.key));
    }
    // Public results only: the downloads are the same for everyone.
    let series = app
        .store
        .indicator_points(&indicator, &regions, false)
        .await?
        .into_iter()
        .filter(|p| p.value.is_some() || p.flag.is_some())
        .collect();
    Ok((body, indicator, series))
}

async fn indicator_csv(
    State(app): State<AppState>,
    Path((key, code)): Path<(String, String)>,
) -> Result<Response, HtmlError> {
    let (body, indicator, series) = download_points(&app, &key, &code).await?;
    let mut file = GermanCsv::new(["Schlüssel", "Gebiet", "Zeitraum", "Wert", "Zeichen"]);
    for p in series {
        let value = p
            .value
            .map(|v| format!("{v}").replace('.', ","))
            .unwrap_or_default();
        file.row([
            p.region.clone(),
            region_name(&p.region).clone(),
            p.period.clone(),
            value,
            p.flag.unwrap_or_default(),
        ]);
    }
    Ok(crate::kit::upload::csv_attachment(
        file.finish(),
        &format!("{}-{}.csv", body.key, indicator.code),
    ))
}

async fn indicator_xlsx(
    State(app): State<AppState>,
    Path((key, code)): Path<(String, String)>,
) -> Result<Response, HtmlError> {
    use rust_xlsxwriter::{Format, Workbook};
    let (body, indicator, series) = download_points(&app, &key, &code).await?;
    let fail = |e: rust_xlsxwriter::XlsxError| HtmlError::Internal(e.to_string());
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = wb.add_worksheet();
    sheet.set_name("Daten").map_err(fail)?;
    sheet
        .write_with_format(0, 0, format!("{} – {}", indicator.name, body.name), &bold)
        .map_err(fail)?;
    sheet
        .write(
            1,
            0,
            format!("Einheit: {}", indicator.unit.as_deref().unwrap_or("–")),
        )
        .map_err(fail)?;
    for (c, h) in ["Schlüssel", "Gebiet", "Zeitraum", "Wert", "Zeichen"]
        .iter()
        .enumerate()
    {
        sheet
            .write_with_format(3, c as u16, *h, &bold)
            .map_err(fail)?;
    }
    for (i, p) in series.iter().enumerate() {
        let r = 4 + i as u32;
        sheet.write(r, 0, p.region.as_str()).map_err(fail)?;
        sheet.write(r, 1, region_name(&p.region)).map_err(fail)?;
        sheet.write(r, 2, p.period.as_str()).map_err(fail)?;
        if let Some(v) = p.value {
            sheet.write(r, 3, v).map_err(fail)?;
        }
        if let Some(f) = &p.flag {
            sheet.write(r, 4, f.as_str()).map_err(fail)?;
        }
    }
    let last = 4 + series.len() as u32 + 1;
    sheet
        .write(last, 0, "Quelle: Statistische Ämter des Bundes und der Länder, Datenlizenz Deutschland – Namensnennung – Version 2.0; eigene Berechnungen.")
        .map_err(fail)?;
    sheet.set_column_width(1, 32).map_err(fail)?;
    let legend = wb.add_worksheet();
    legend.set_name("Zeichenerklärung").map_err(fail)?;
    for (i, f) in Flag::ALL.iter().enumerate() {
        legend.write(i as u32, 0, f.symbol()).map_err(fail)?;
        legend.write(i as u32, 1, f.label()).map_err(fail)?;
    }
    let bytes = wb.save_to_buffer().map_err(fail)?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}-{}.xlsx\"",
                    body.key, indicator.code
                ),
            ),
        ],
        bytes,
    )
        .into_response())
}
