//! The OParl 1.1 server under `/oparl/v1/`, entry `/oparl/v1/system`.
//!
//! Lists are paged by keyset (`after` = the last id of the previous page, `limit`), keep
//! the filters `created_since`, `created_until`, `modified_since`, `modified_until` and
//! `omit_internal` in their `links`, and list soft-deleted objects only when
//! `modified_since` is given. Embedded objects (a meeting's location and agenda items, a
//! paper's consultations, a body's legislative terms) are also served at their own id.
//! Non-public papers and agenda items are never exported. Every answer carries
//! `Access-Control-Allow-Origin: *`.

use crate::kit::state::AppState;
use axum::Json;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use teilhabe_oparl::{self as oparl, Urls};
use teilhabe_store::oparl::{FilesOf, OparlList, OparlQuery};
use teilhabe_store::{Body, Store, StoreError, StoredFile};
use tower_http::set_header::SetResponseHeaderLayer;

const DEFAULT_LIMIT: i64 = 100;
const MAX_LIMIT: i64 = 1000;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/oparl/v1/system", get(system))
        .route("/oparl/v1/bodies", get(bodies))
        .route("/oparl/v1/body/{key}", get(body))
        .route("/oparl/v1/body/{key}/{list}", get(body_list))
        .route("/oparl/v1/{kind}/{id}", get(object))
        .layer(SetResponseHeaderLayer::overriding(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        ))
}

/// OParl answers: the object or list as JSON, or an error object.
enum Answer {
    Json(Value),
    Error(StatusCode, String),
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            Answer::Json(v) => (StatusCode::OK, v),
            Answer::Error(status, message) => (
                status,
                json!({"type": "https://schema.oparl.org/1.1/Error", "message": message}),
            ),
        };
        let mut resp = (status, Json(body)).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
        resp
    }
}

impl From<StoreError> for Answer {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => {
                Answer::Error(StatusCode::NOT_FOUND, format!("{what} nicht gefunden."))
            }
            other => {
                tracing::error!(cause = %other, "oparl request failed");
                Answer::Error(StatusCode::INTERNAL_SERVER_ERROR, "Interner Fehler.".into())
            }
        }
    }
}

type Result<T> = std::result::Result<T, Answer>;

fn not_found() -> Answer {
    Answer::Error(StatusCode::NOT_FOUND, "Objekt nicht gefunden.".into())
}

async fn system(State(app): State<AppState>) -> Result<Answer> {
    let bodies = app.store.list_bodies().await?;
    let created = bodies
        .iter()
        .map(|b| b.created_at.as_str())
        .min()
        .unwrap_or("2026-01-01T00:00:00Z")
        .to_owned();
    let modified = bodies
        .iter()
        .map(|b| b.modified_at.as_str())
        .max()
        .unwrap_or("2026-01-01T00:00:00Z")
        .to_owned();
    let urls = Urls::new(&app.public_url);
    let info = oparl::SystemInfo {
        name: "Teilhabe",
        website: &app.public_url,
        created: &created,
        modified: &modified,
    };
    Ok(Answer::Json(oparl::system(&urls, &info)))
}

/// Parsed list parameters, and the query string to keep in `links`.
struct ListParams {
    query: OparlQuery,
    omit_internal: bool,
    kept: Vec<(String, String)>,
}

fn list_params(raw: &HashMap<String, String>) -> Result<ListParams> {
    let mut query = OparlQuery {
        limit: DEFAULT_LIMIT,
        ..OparlQuery::default()
    };
    let mut kept = Vec::new();
    for (name, value) in raw {
        match name.as_str() {
            "after" => {
                query.after = value.parse().map_err(|_| {
                    Answer::Error(
                        StatusCode::BAD_REQUEST,
                        format!("after: „{value}“ ist keine Zahl."),
                    )
                })?;
            }
            "limit" => {
                query.limit = value
                    .parse::<i64>()
                    .ok()
                    .filter(|n| (1..=MAX_LIMIT).contains(n))
                    .ok_or_else(|| {
                        Answer::Error(
                            StatusCode::BAD_REQUEST,
                            format!("limit: 1 bis {MAX_LIMIT}, nicht „{value}“."),
                        )
                    })?;
                kept.push((name.clone(), value.clone()));
            }
            "created_since" | "created_until" | "modified_since" | "modified_until" => {
                let utc = to_utc(value).ok_or_else(|| {
                    Answer::Error(
                        StatusCode::BAD_REQUEST,
                        format!("{name}: „{value}“ ist kein Zeitpunkt nach RFC 3339."),
                    )
                })?;
                match name.as_str() {
                    "created_since" => query.created_since = Some(utc),
                    "created_until" => query.created_until = Some(utc),
                    "modified_since" => query.modified_since = Some(utc),
                    _ => query.modified_until = Some(utc),
                }
                kept.push((name.clone(), value.clone()));
            }
            "omit_internal" => kept.push((name.clone(), value.clone())),
            _ => {}
        }
    }
    kept.sort();
    let omit_internal = raw.contains_key("omit_internal");
    Ok(ListParams {
        query,
        omit_internal,
        kept,
    })
}

/// `2022-03-22T17:00:00+01:00` → `2022-03-22T16:00:00Z`, the stored form.
fn to_utc(value: &str) -> Option<String> {
    let t =
        time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339).ok()?;
    let u = t.to_offset(time::UtcOffset::UTC);
    Some(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        u.year(),
        u8::from(u.month()),
        u.day(),
        u.hour(),
        u.minute(),
        u.second()
    ))
}

fn with_query(url: &str, params: &[(String, String)]) -> String {
    if params.is_empty() {
        return url.to_owned();
    }
    let q: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish();
    format!("{url}?{q}")
}

/// A list page: `data`, `pagination`, `links` (with `next` on every page but the last).
fn page(
    url: &str,
    params: &ListParams,
    data: Vec<Value>,
    last_id: Option<i64>,
    more: bool,
) -> Value {
    let mut links = serde_json::Map::new();
    links.insert("first".into(), Value::String(with_query(url, &params.kept)));
    let mut this = params.kept.clone();
    if params.query.after > 0 {
        this.push(("after".into(), params.query.after.to_string()));
    }
    links.insert("self".into(), Value::String(with_query(url, &this)));
    if let (true, Some(last)) = (more, last_id) {
        let mut next = params.kept.clone();
        next.push(("after".into(), last.to_string()));
        links.insert("next".into(), Value::String(with_query(url, &next)));
    }
    json!({
        "data": data,
        "pagination": {"elementsPerPage": params.query.limit},
        "links": links,
    })
}

async fn bodies(
    State(app): State<AppState>,
    Query(raw): Query<HashMap<String, String>>,
) -> Result<Answer> {
    let params = list_params(&raw)?;
    let urls = Urls::new(&app.public_url);
    let q = &params.query;
    let all = app.store.list_bodies().await?;
    let mut selected: Vec<&Body> = all
        .iter()
        .filter(|b| b.id > q.after)
        .filter(|b| q.created_since.as_ref().is_none_or(|s| b.created_at >= *s))
        .filter(|b| q.created_until.as_ref().is_none_or(|s| b.created_at <= *s))
        .filter(|b| {
            q.modified_since
                .as_ref()
                .is_none_or(|s| b.modified_at >= *s)
        })
        .filter(|b| {
            q.modified_until
                .as_ref()
                .is_none_or(|s| b.modified_at <= *s)
        })
        .collect();
    selected.sort_by_key(|b| b.id);
    let more = selected.len() as i64 > q.limit;
    selected.truncate(q.limit as usize);
    let mut data = Vec::new();
    for b in &selected {
        data.push(body_object(&app.store, &urls, b).await?);
    }
    let last = selected.last().map(|b| b.id);
    Ok(Answer::Json(page(
        &urls.bodies(),
        &params,
        data,
        last,
        more,
    )))
}

async fn body_object(store: &Store, urls: &Urls, b: &Body) -> Result<Value> {
    let terms = store
        .legislative_terms(b.id)
        .await?
        .iter()
        .map(|t| oparl::legislative_term(urls, &b.key, t, false))
        .collect();
    Ok(oparl::body(urls, b, terms))
}

async fn body(State(app): State<AppState>, Path(key): Path<String>) -> Result<Answer> {
    let b = app.store.body_by_key(&key).await?;
    let urls = Urls::new(&app.public_url);
    Ok(Answer::Json(body_object(&app.store, &urls, &b).await?))
}

fn list_kind(name: &str) -> Option<OparlList> {
    Some(match name {
        "organizations" => OparlList::Organization,
        "persons" => OparlList::Person,
        "meetings" => OparlList::Meeting,
        "papers" => OparlList::Paper,
        "agendaItems" => OparlList::AgendaItem,
        "consultations" => OparlList::Consultation,
        "locations" => OparlList::Location,
        "files" => OparlList::File,
        "legislativeTerms" => OparlList::LegislativeTerm,
        "memberships" => OparlList::Membership,
        _ => return None,
    })
}

async fn body_list(
    State(app): State<AppState>,
    Path((key, name)): Path<(String, String)>,
    Query(raw): Query<HashMap<String, String>>,
) -> Result<Answer> {
    let b = app.store.body_by_key(&key).await?;
    let kind = list_kind(&name).ok_or_else(not_found)?;
    let params = list_params(&raw)?;
    let urls = Urls::new(&app.public_url);
    let url = urls.list(&key, &name);
    let page_ids = app.store.oparl_page(kind, b.id, &params.query).await?;
    let data = render(
        &app.store,
        &urls,
        &b,
        kind,
        &page_ids.ids,
        params.omit_internal,
    )
    .await?;
    Ok(Answer::Json(page(
        &url,
        &params,
        data,
        page_ids.ids.last().copied(),
        page_ids.more,
    )))
}

/// Renders records of one kind, with their embedded objects, in the order of `ids`.
async fn render(
    store: &Store,
    urls: &Urls,
    b: &Body,
    kind: OparlList,
    ids: &[i64],
    omit_internal: bool,
) -> Result<Vec<Value>> {
    let records = store.oparl_records(kind, ids).await?;
    let key = b.key.as_str();
    Ok(match kind {
        OparlList::Organization => {
            let members = store.oparl_public_memberships_of_organizations(ids).await?;
            records
                .organizations
                .iter()
                .map(|o| {
                    let of: Vec<i64> = members
                        .iter()
                        .filter(|m| m.organization_id == o.id)
                        .map(|m| m.id)
                        .collect();
                    oparl::organization(urls, key, o, &of)
                })
                .collect()
        }
        OparlList::Person => {
            let members = if omit_internal {
                Vec::new()
            } else {
                store.oparl_memberships_of_persons(ids).await?
            };
            records
                .persons
                .iter()
                .map(|p| {
                    let embedded = members
                        .iter()
                        .filter(|m| m.person_id == p.id)
                        .map(|m| oparl::membership(urls, m))
                        .collect();
                    oparl::person(urls, key, p, embedded)
                })
                .collect()
        }
        OparlList::Membership => records
            .memberships
            .iter()
            .map(|m| oparl::membership(urls, m))
            .collect(),
        OparlList::Location => {
            let deleted = deleted_flags(store, kind, ids).await?;
            records
                .locations
                .iter()
                .map(|l| oparl::location(urls, l, deleted.contains(&l.id)))
                .collect()
        }
        OparlList::Meeting => {
            let deleted = deleted_flags(store, kind, ids).await?;
            meetings(store, urls, b, &records.meetings, omit_internal, &deleted).await?
        }
        OparlList::AgendaItem => {
            let deleted = deleted_flags(store, kind, ids).await?;
            let treating = consultation_of_items(store, ids).await?;
            let files = if omit_internal {
                Vec::new()
            } else {
                store.oparl_files_of(FilesOf::AgendaItems, ids).await?
            };
            let tracking = store.resolutions_of_items(ids, false).await?;
            records
                .agenda_items
                .iter()
                .map(|i| {
                    let mut v = oparl::agenda_item(
                        urls,
                        key,
                        i,
                        treating.get(&i.id).copied(),
                        &owned_by(&files, |f| f.agenda_item_id == Some(i.id)),
                        deleted.contains(&i.id),
                    );
                    add_tracking(urls, &mut v, &tracking, |r| r.agenda_item_id == Some(i.id));
                    v
                })
                .collect()
        }
        OparlList::Consultation => {
            let deleted = deleted_flags(store, kind, ids).await?;
            let public = public_items(store, &records.consultations).await?;
            records
                .consultations
                .iter()
                .map(|c| {
                    oparl::consultation(
                        urls,
                        c,
                        c.agenda_item_id.is_some_and(|i| public.contains(&i)),
                        deleted.contains(&c.id),
                    )
                })
                .collect()
        }
        OparlList::LegislativeTerm => {
            let deleted = deleted_flags(store, kind, ids).await?;
            records
                .legislative_terms
                .iter()
                .map(|t| oparl::legislative_term(urls, key, t, deleted.contains(&t.id)))
                .collect()
        }
        OparlList::File => {
            let deleted = deleted_flags(store, kind, ids).await?;
            records
                .files
                .iter()
                .map(|f| oparl::file(urls, key, f, deleted.contains(&f.id)))
                .collect()
        }
        OparlList::Paper => {
            let deleted = deleted_flags(store, kind, ids).await?;
            papers(store, urls, key, &records.papers, omit_internal, &deleted).await?
        }
    })
}

/// Meetings with their agenda items and place embedded (unless internal records are left out).
async fn meetings(
    store: &Store,
    urls: &Urls,
    b: &Body,
    meetings: &[teilhabe_store::Meeting],
    omit_internal: bool,
    deleted: &HashSet<i64>,
) -> Result<Vec<Value>> {
    let key = b.key.as_str();
    let ids: Vec<i64> = meetings.iter().map(|m| m.id).collect();
    let (items, places, files) = if omit_internal {
        (Vec::new(), Vec::new(), Vec::new())
    } else {
        (
            store.oparl_items_of_meetings(&ids).await?,
            store.locations(b.id).await?,
            store.oparl_files_of(FilesOf::Meetings, &ids).await?,
        )
    };
    let item_ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    let treating = consultation_of_items(store, &item_ids).await?;
    let tracking = store.resolutions_of_items(&item_ids, false).await?;
    Ok(meetings
        .iter()
        .map(|m| {
            let embedded = items
                .iter()
                .filter(|i| i.meeting_id == m.id)
                .map(|i| {
                    let own = owned_by(&files, |f| f.agenda_item_id == Some(i.id));
                    let mut v =
                        oparl::agenda_item(urls, key, i, treating.get(&i.id).copied(), &own, false);
                    add_tracking(urls, &mut v, &tracking, |r| r.agenda_item_id == Some(i.id));
                    v
                })
                .collect();
            let place = m
                .location_id
                .and_then(|l| places.iter().find(|p| p.id == l))
                .map(|l| oparl::location(urls, l, false));
            let own = owned_by(&files, |f| {
                f.meeting_id == Some(m.id) && f.agenda_item_id.is_none()
            });
            oparl::meeting(urls, key, m, place, embedded, &own, deleted.contains(&m.id))
        })
        .collect())
}

/// Papers with their consultations and files embedded (unless internal records are left out).
async fn papers(
    store: &Store,
    urls: &Urls,
    key: &str,
    papers: &[teilhabe_store::Paper],
    omit_internal: bool,
    deleted: &HashSet<i64>,
) -> Result<Vec<Value>> {
    let ids: Vec<i64> = papers.iter().map(|p| p.id).collect();
    let (consultations, files) = if omit_internal {
        (Vec::new(), Vec::new())
    } else {
        (
            store.oparl_consultations_of_papers(&ids).await?,
            store.oparl_files_of(FilesOf::Papers, &ids).await?,
        )
    };
    let public = public_items(store, &consultations).await?;
    let tracking = store.resolutions_of_papers(&ids, false).await?;
    Ok(papers
        .iter()
        .map(|p| {
            let embedded = consultations
                .iter()
                .filter(|c| c.paper_id == p.id)
                .map(|c| {
                    oparl::consultation(
                        urls,
                        c,
                        c.agenda_item_id.is_some_and(|i| public.contains(&i)),
                        false,
                    )
                })
                .collect();
            let attached = owned_by(&files, |f| f.paper_id == Some(p.id));
            let mut v = oparl::paper(urls, key, p, embedded, &attached, deleted.contains(&p.id));
            // Entries recorded on the paper alone; the others are on their agenda item.
            add_tracking(urls, &mut v, &tracking, |r| {
                r.paper_id == Some(p.id) && r.agenda_item_id.is_none()
            });
            v
        })
        .collect())
}

/// Adds the public tracking entries that `belongs` picks to an OParl object.
fn add_tracking(
    urls: &Urls,
    object: &mut Value,
    entries: &[teilhabe_store::resolutions::Resolution],
    belongs: impl Fn(&teilhabe_store::resolutions::Resolution) -> bool,
) {
    let own: Vec<&teilhabe_store::resolutions::Resolution> =
        entries.iter().filter(|r| belongs(r)).collect();
    oparl::add_resolution_tracking(urls, object, &own);
}

/// The files that belong to one record, from those loaded for a page.
fn owned_by(files: &[StoredFile], owner: impl Fn(&StoredFile) -> bool) -> Vec<&StoredFile> {
    files.iter().filter(|f| owner(f)).collect()
}

/// Which of these ids are soft-deleted (one query).
async fn deleted_flags(store: &Store, kind: OparlList, ids: &[i64]) -> Result<HashSet<i64>> {
    Ok(store.oparl_deleted(kind, ids).await?.into_iter().collect())
}

/// For these agenda items, the consultation that treats each (one query).
async fn consultation_of_items(store: &Store, item_ids: &[i64]) -> Result<HashMap<i64, i64>> {
    Ok(store
        .oparl_consultations_of_items(item_ids)
        .await?
        .into_iter()
        .collect())
}

/// Which of the agenda items referenced by these consultations are public (one query).
async fn public_items(
    store: &Store,
    consultations: &[teilhabe_store::Consultation],
) -> Result<HashSet<i64>> {
    let ids: Vec<i64> = consultations
        .iter()
        .filter_map(|c| c.agenda_item_id)
        .collect();
    Ok(store.oparl_public_items(&ids).await?.into_iter().collect())
}

async fn object(
    State(app): State<AppState>,
    Path((kind, id)): Path<(String, i64)>,
) -> Result<Answer> {
    let list = match kind.as_str() {
        "organization" => OparlList::Organization,
        "person" => OparlList::Person,
        "meeting" => OparlList::Meeting,
        "paper" => OparlList::Paper,
        "agendaItem" => OparlList::AgendaItem,
        "consultation" => OparlList::Consultation,
        "location" => OparlList::Location,
        "file" => OparlList::File,
        "legislativeTerm" => OparlList::LegislativeTerm,
        "membership" => OparlList::Membership,
        _ => return Err(not_found()),
    };
    let (body_id, _) = app
        .store
        .oparl_lookup(list, id)
        .await?
        .ok_or_else(not_found)?;
    let b = app.store.body(body_id).await?;
    let urls = Urls::new(&app.public_url);
    let mut data = render(&app.store, &urls, &b, list, &[id], false).await?;
    data.pop().map(Answer::Json).ok_or_else(not_found)
}
