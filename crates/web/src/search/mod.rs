//! The portal's full-text search (`/{key}/suche`): one body's concept, measures, papers,
//! meetings, participation and indicators, narrowed by kind and field of action, with the
//! matching words highlighted. The public finds only public records; the body's
//! coordinators and council members find the non-public ones too, marked as such. Works as
//! a plain GET form, without JavaScript.

use crate::kit::auth::Viewer;
use crate::kit::context::Context;
use crate::kit::error::{ApiError, ApiPath, ApiQuery, HtmlError};
use crate::kit::i18n;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Html;
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};
use teilhabe_domain::search::{GROUPS, Piece, group_kinds, kind_label};
use teilhabe_store::Body;
use teilhabe_store::search::SearchQuery;

/// The search page, and the same search in the JSON API (`/api/v1/bodies/{key}/search`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{key}/suche", get(search_page))
        .route("/api/v1/bodies/{key}/search", get(search_api))
}

#[derive(Deserialize)]
struct ApiSearch {
    q: String,
    kind: Option<String>,
    field: Option<i64>,
    limit: Option<i64>,
    offset: Option<i64>,
}

async fn search_api(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(key): ApiPath<String>,
    ApiQuery(a): ApiQuery<ApiSearch>,
) -> Result<Json<Value>, ApiError> {
    let body = app.store.body_by_key(&key).await?;
    let kinds = match a.kind.as_deref() {
        None | Some("") => Vec::new(),
        Some(code) => {
            if let Some(kinds) = group_kinds(code) {
                kinds.to_vec()
            } else {
                let known: Vec<&str> = GROUPS.iter().map(|(c, _, _)| *c).collect();
                return Err(ApiError::invalid(
                    "kind",
                    format!("Unbekannte Art „{code}“; möglich: {}.", known.join(", ")),
                ));
            }
        }
    };
    let in_body = match a.field {
        None => true,
        Some(field) => match app.store.field_of_action(field).await {
            Ok(f) => app.store.concept(f.concept_id).await?.body_id == body.id,
            Err(_) => false,
        },
    };
    if let (false, Some(field)) = (in_body, a.field) {
        return Err(ApiError::invalid(
            "field",
            format!("Das Handlungsfeld {field} gibt es in {} nicht.", body.name),
        ));
    }
    let results = app
        .store
        .search(&SearchQuery {
            body_id: body.id,
            text: a.q.chars().take(200).collect(),
            kinds,
            field_id: a.field,
            reader: viewer.reads_internal(body.id),
            limit: a.limit.unwrap_or(PAGE).clamp(1, 100),
            offset: a.offset.unwrap_or(0).clamp(0, 100_000),
        })
        .await?;
    let pieces = |p: &[Piece]| -> Vec<Value> {
        p.iter()
            .map(|(text, hit)| json!({"text": text, "hit": hit}))
            .collect()
    };
    let data: Vec<Value> = results
        .hits
        .iter()
        .map(|h| {
            json!({
                "kind": h.kind,
                "kind_label": kind_label(&h.kind),
                "record_id": h.record_id,
                "title": h.title.iter().map(|p| p.0.as_str()).collect::<String>(),
                "snippet": pieces(&h.snippet),
                "path": h.path,
                "public": h.public,
            })
        })
        .collect();
    Ok(Json(json!({"total": results.total, "data": data})))
}

/// Hits per page.
const PAGE: i64 = 20;

pub struct HitRow {
    pub kind: String,
    pub title: Vec<Piece>,
    pub snippet: Vec<Piece>,
    pub path: String,
    pub internal: bool,
}

#[derive(Template)]
#[template(path = "search/search.html")]
struct SearchPage {
    layout: Layout,
    body: Body,
    q: String,
    kind: String,
    field: Option<i64>,
    kinds: Vec<(&'static str, String)>,
    fields: Vec<(i64, String)>,
    total: i64,
    hits: Vec<HitRow>,
    /// The first hit's number on this page (1-based).
    from: i64,
    previous: Option<String>,
    next: Option<String>,
    /// A word on what was wrong with the request.
    notice: Option<String>,
}

impl SearchPage {
    fn kind_selected(&self, code: &str) -> bool {
        self.kind == code
    }

    fn field_selected(&self, id: &i64) -> bool {
        self.field == Some(*id)
    }
}

async fn search_page(
    State(app): State<AppState>,
    cx: Context,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Html<String>, HtmlError> {
    let viewer = cx.viewer();
    let body = app.store.body_by_key(&key).await?;
    let params: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .into_owned()
        .collect();
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let q: String = param("q").chars().take(200).collect();
    let mut notice = None;
    let kind = param("art");
    let kinds: Vec<&'static str> = if let Some(kinds) = group_kinds(&kind) {
        kinds.to_vec()
    } else {
        if !kind.is_empty() {
            let lang = cx.lang();
            notice = Some(i18n::page_format(
                lang,
                "search-unknown-kind",
                &[("kind", kind.clone())],
            ));
        }
        Vec::new()
    };
    // The fields of action of the versions in force or in the making.
    let concepts = app.store.concepts(body.id).await?;
    let mut fields = Vec::new();
    let current: Vec<_> = concepts
        .iter()
        .filter(|c| c.status != "superseded")
        .collect();
    for c in &current {
        for f in app.store.fields_of_action(c.id).await? {
            let label = if current.len() > 1 {
                format!("{} ({})", f.title, c.version_label)
            } else {
                f.title
            };
            fields.push((f.id, label));
        }
    }
    let field = match param("feld").as_str() {
        "" => None,
        f => {
            if let Some(id) = f
                .parse::<i64>()
                .ok()
                .filter(|id| fields.iter().any(|(i, _)| i == id))
            {
                Some(id)
            } else {
                notice = Some(cx.tr("search-unknown-field"));
                None
            }
        }
    };
    let page = param("seite").parse::<i64>().unwrap_or(1).clamp(1, 1000);
    let results = if q.is_empty() {
        Default::default()
    } else {
        app.store
            .search(&SearchQuery {
                body_id: body.id,
                text: q.clone(),
                kinds,
                field_id: field,
                reader: viewer.reads_internal(body.id),
                limit: PAGE,
                offset: (page - 1) * PAGE,
            })
            .await?
    };
    let link = |page: i64| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        s.append_pair("q", &q);
        if !kind.is_empty() && notice.is_none() {
            s.append_pair("art", &kind);
        }
        if let Some(f) = field {
            s.append_pair("feld", &f.to_string());
        }
        if page > 1 {
            s.append_pair("seite", &page.to_string());
        }
        format!("/{}/suche?{}", body.key, s.finish())
    };
    let previous = (page > 1).then(|| link(page - 1));
    let next = (page * PAGE < results.total).then(|| link(page + 1));
    let hits = results
        .hits
        .into_iter()
        .map(|h| HitRow {
            kind: cx.tr_or(&format!("search-kind-{}", h.kind), kind_label(&h.kind)),
            title: h.title,
            snippet: h.snippet,
            path: h.path,
            internal: !h.public,
        })
        .collect();
    let title = if q.is_empty() {
        format!("{} – {}", cx.tr("search-title"), body.name)
    } else {
        let lang = cx.lang();
        let title = i18n::page_format(lang, "search-title-for", &[("query", q.clone())]);
        format!("{title} – {}", body.name)
    };
    let layout = Layout::translated(&cx, &title)
        .home()
        .crumb(format!("/{}", body.key), body.name.clone());
    Ok(Html(
        SearchPage {
            layout,
            q,
            kind: if group_kinds(&kind).is_some() {
                kind
            } else {
                String::new()
            },
            field,
            kinds: GROUPS
                .iter()
                .map(|(c, l, _)| (*c, cx.tr_or(&format!("search-group-{c}"), l)))
                .collect(),
            fields,
            total: results.total,
            hits,
            from: (page - 1) * PAGE + 1,
            previous,
            next,
            notice,
            body,
        }
        .render()?,
    ))
}
