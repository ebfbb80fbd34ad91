//! Weighting a survey's answers to population margins (raking), with margins typed in or
//! taken from the monitoring.

use super::{Page, Submit, context, href, survey_layout};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use crate::surveys::results as survey_results;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect};
use teilhabe_domain::RawInput;
use teilhabe_survey::{RakeOptions, Trim, io};

#[derive(Template)]
#[template(path = "surveys/admin_survey_weighting.html")]
pub(super) struct WeightingPage {
    layout: Layout,
    action: String,
    margins: String,
    epsilon: String,
    max_iter: String,
    trim_lower: String,
    trim_upper: String,
    error: Option<String>,
    candidates: Vec<String>,
    report: Option<String>,
}

pub(super) fn margins_text(margins: &[(String, String, f64)]) -> String {
    let mut s = String::from("variable,category,target\n");
    for (v, c, t) in margins {
        s.push_str(&format!("{v},{c},{t}\n"));
    }
    s
}

pub(super) async fn weighting_page(
    app: &AppState,
    cx: &Context,
    id: i64,
    form: Option<&RawInput>,
    error: Option<String>,
) -> Result<Html<String>, HtmlError> {
    let (q, body) = context(app, id).await?;
    let stored = app.store.survey_margins(id).await?;
    let get =
        |k: &str, default: String| form.and_then(|f| f.get(k)).map_or(default, str::to_string);
    let candidates = q
        .questions
        .iter()
        .filter(|(x, _)| x.kind == "single")
        .map(|(x, o)| {
            format!(
                "{}: {}",
                x.code,
                o.iter()
                    .filter(|o| o.role == "option")
                    .map(|o| o.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    let page = WeightingPage {
        layout: survey_layout(cx, "Gewichtung", &body, Some(&q.survey)),
        action: format!("{}/gewichtung", href(id)),
        margins: get("margins", margins_text(&stored)),
        epsilon: get("epsilon", "0,000001".into()),
        max_iter: get("max_iter", "100".into()),
        trim_lower: get("trim_lower", String::new()),
        trim_upper: get("trim_upper", String::new()),
        error,
        candidates,
        report: q.survey.weighting.clone(),
    };
    Ok(Html(page.render()?))
}

pub(super) async fn weighting(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Page {
    weighting_page(&app, &cx, id, None, None).await
}

pub(super) async fn weighting_save(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let q = app.store.questionnaire(id).await?;
    let t = app.store.response_table(id).await?;
    let refuse = |message: String| async {
        let html = weighting_page(&app, &cx, id, Some(&input), Some(message)).await?;
        Ok::<_, HtmlError>((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
    };
    let text = input.get("margins").unwrap_or("");
    let table = match io::Table::parse("Randverteilungen", text.as_bytes()) {
        Ok(t) => t,
        Err(p) => return refuse(p.to_string()).await,
    };
    let (Some(v), Some(c), Some(x)) = (
        table.column("variable"),
        table.column("category"),
        table.column("target"),
    ) else {
        return refuse("Die erste Zeile muss „variable,category,target“ lauten.".into()).await;
    };
    let body = app.store.body(q.survey.body_id).await?;
    let mut margins = Vec::new();
    let mut from_monitoring = Vec::new();
    for (r, row) in table.rows.iter().enumerate() {
        let line = table.lines[r];
        let target = match row[x].strip_prefix('=') {
            // A formula over the monitoring's variables, for the body's region, latest period.
            Some(formula) => match monitoring_target(&app, &body.key, formula).await? {
                Ok((value, period)) => {
                    from_monitoring.push(period);
                    Some(value)
                }
                Err(e) => return refuse(format!("Zeile {line}: {e}")).await,
            },
            None => io::parse_number(&row[x]).filter(|t| *t >= 0.0),
        };
        match target {
            Some(target) => margins.push((row[v].clone(), row[c].clone(), target)),
            None => {
                return refuse(format!("Zeile {line}: „{}“ ist keine Zahl ≥ 0 (und keine Formel wie =BEVSTD[GES=GESW]).", row[x]))
                    .await;
            }
        }
    }
    if t.is_empty() {
        return refuse("Es gibt noch keine Antworten zum Gewichten.".into()).await;
    }
    let number = |k: &str| {
        input
            .get(k)
            .map(|s| io::parse_number(s).ok_or(format!("„{s}“ ist keine Zahl.")))
    };
    let epsilon = match number("epsilon").unwrap_or(Ok(1e-6)) {
        Ok(e) if e > 0.0 => e,
        Ok(_) => return refuse("Die Toleranz muss größer als 0 sein.".into()).await,
        Err(e) => return refuse(format!("Toleranz: {e}")).await,
    };
    let max_iter = match input.get("max_iter").map_or(Ok(100), str::parse::<usize>) {
        Ok(n) if (1..=10_000).contains(&n) => n,
        _ => {
            return refuse("Höchstzahl der Durchläufe: eine ganze Zahl von 1 bis 10000.".into())
                .await;
        }
    };
    let mean = margins.first().map_or(0.0, |(first, _, _)| {
        margins
            .iter()
            .filter(|(m, _, _)| m == first)
            .map(|(_, _, t)| t)
            .sum::<f64>()
            / t.len() as f64
    });
    let bound = |k: &str| -> Result<Option<f64>, String> {
        let Some(s) = input.get(k) else {
            return Ok(None);
        };
        io::parse_bound(s, mean).map(Some).ok_or(format!(
            "Trimmgrenze „{s}“ ist keine Zahl (oder ein Vielfaches wie 5x)."
        ))
    };
    let (lower, upper) = match (bound("trim_lower"), bound("trim_upper")) {
        (Ok(l), Ok(u)) => (l, u),
        (Err(e), _) | (_, Err(e)) => return refuse(e).await,
    };
    let trim = (lower.is_some() || upper.is_some()).then(|| Trim {
        lower: lower.unwrap_or(0.0),
        upper: upper.unwrap_or(f64::INFINITY),
        strict: true,
    });
    let options = RakeOptions {
        epsilon,
        max_iter,
        trim,
    };
    let raking = match survey_results::weight(&q, &t, &margins, &options) {
        Ok(r) => r,
        Err(e) => return refuse(e).await,
    };
    if !raking.converged {
        return refuse(format!(
            "Die Gewichtung ist nach {} Durchläufen nicht konvergiert (letzte Änderung {:.3e}, Toleranz {:.3e}). Mehr Durchläufe erlauben oder kleine Kategorien zusammenlegen. Nichts wurde gespeichert.",
            raking.iterations, raking.delta, raking.epsilon
        ))
        .await;
    }
    let mut report = raking.report_de();
    from_monitoring.sort();
    from_monitoring.dedup();
    if !from_monitoring.is_empty() {
        report.push_str(&format!(
            " Sollwerte teils aus dem Monitoring (Stand {}).",
            from_monitoring.join(", ")
        ));
    }
    let weights: Vec<(i64, f64)> = t
        .ids
        .iter()
        .copied()
        .zip(raking.weights.iter().copied())
        .collect();
    app.store
        .save_weighting(id, &margins, &weights, &report)
        .await?;
    Ok(Redirect::to(&format!("{}/ergebnisse", href(id))).into_response())
}

/// The value of a monitoring formula for `key` in the latest period that has one:
/// `Ok(Ok((value, period)))`, or `Ok(Err(why))` for the user.
pub(super) async fn monitoring_target(
    app: &AppState,
    key: &str,
    formula: &str,
) -> Result<Result<(f64, String), String>, HtmlError> {
    let expr = match teilhabe_stats::indicators::parse(formula) {
        Ok(e) => e,
        Err(e) => return Ok(Err(format!("Formel „{formula}“: {e}"))),
    };
    let regions = [key.to_string()];
    for period in app
        .store
        .stat_periods(&expr, &regions)
        .await?
        .into_iter()
        .rev()
    {
        let outcome = app.store.indicator_at(&expr, &regions, &period).await?;
        if let Some(v) = outcome.value.filter(|v| v.is_finite() && *v >= 0.0) {
            return Ok(Ok((v, crate::monitoring::period_de(&period))));
        }
    }
    Ok(Err(format!(
        "die Formel „{formula}“ ergibt für {key} keinen Wert; sind die Statistiken importiert?"
    )))
}
