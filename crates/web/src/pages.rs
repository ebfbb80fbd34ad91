//! Rendered public pages kept in memory, so that the many readers of a county's portal cost
//! one rendering per change instead of one per request.
//!
//! Only what everyone gets is kept: answers to `GET` without a session cookie or an
//! `Authorization` header (a signed-in reader always gets a fresh page, which may hold
//! non-public records), status 200, no cookie set, HTML, JSON, iCalendar or SVG. Forms whose
//! answer depends on the reader's own state (surveys, login) and the search are never kept.
//!
//! A kept page is used only while nothing has changed since it was rendered. Every write
//! through this server invalidates all pages at once (a counter, bumped after the write); a
//! watcher asks the database every quarter second whether anything changed elsewhere — the
//! newest row of the audit trail, which every write of a record reaches through its
//! triggers, and the statistics tables' import times — so a change made by another server
//! process or on the command line is seen within that. Pages also age out after a minute,
//! for what depends on the day. The memory is bounded: the oldest pages go first.

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use teilhabe_store::Store;

/// How long a page is kept at most, changes or not.
const MAX_AGE: Duration = Duration::from_secs(60);
/// How often the database is asked whether anything changed.
const WATCH_EVERY: Duration = Duration::from_millis(250);
/// Larger answers are not kept.
const MAX_PAGE: usize = 2 << 20;

pub struct PageCache {
    budget: usize,
    generation: AtomicU64,
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    pages: HashMap<String, Arc<Page>>,
    /// Keys in the order they were stored, with the serial of the page stored then.
    order: VecDeque<(String, u64)>,
    bytes: usize,
    serial: u64,
}

struct Page {
    generation: u64,
    serial: u64,
    born: Instant,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl PageCache {
    /// A cache of at most `budget` bytes of pages.
    pub fn new(budget: usize) -> Self {
        Self {
            budget,
            generation: AtomicU64::new(0),
            kept: Mutex::new(Kept::default()),
        }
    }

    /// Forgets every page (they stay in memory until replaced or pushed out, but are not
    /// used again).
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    fn get(&self, key: &str) -> Option<Arc<Page>> {
        let generation = self.generation.load(Ordering::SeqCst);
        let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        kept.pages
            .get(key)
            .filter(|p| p.generation == generation && p.born.elapsed() < MAX_AGE)
            .cloned()
    }

    fn put(&self, key: String, mut page: Page) {
        let size = page.body.len() + key.len() + 512;
        if size > self.budget {
            return;
        }
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        kept.serial += 1;
        page.serial = kept.serial;
        while kept.bytes + size > self.budget {
            let Some((old, serial)) = kept.order.pop_front() else {
                break;
            };
            if kept.pages.get(&old).is_some_and(|p| p.serial == serial)
                && let Some(p) = kept.pages.remove(&old)
            {
                kept.bytes -= p.body.len() + old.len() + 512;
            }
        }
        if let Some(previous) = kept.pages.remove(&key) {
            kept.bytes -= previous.body.len() + key.len() + 512;
        }
        kept.order.push_back((key.clone(), page.serial));
        // Keys stored again leave their earlier places behind: drop those now and then.
        if kept.order.len() > 2 * kept.pages.len() + 64 {
            let Kept { order, pages, .. } = &mut *kept;
            order.retain(|(k, serial)| pages.get(k).is_some_and(|p| p.serial == *serial));
        }
        kept.bytes += size;
        kept.pages.insert(key, Arc::new(page));
    }

    /// Asks the database every quarter second whether anything changed, until the store
    /// is closed; a failed question counts as a change.
    pub async fn watch(self: Arc<Self>, store: Store) {
        let mut last = None;
        loop {
            tokio::time::sleep(WATCH_EVERY).await;
            if store.is_closed() {
                return;
            }
            let stamp = store.change_stamp().await.ok();
            if stamp.is_none() || stamp != last {
                if last.is_some() || stamp.is_none() {
                    self.invalidate();
                }
                last = stamp;
            }
        }
    }
}

/// Whether the request may be answered by a kept page, and under which key.
fn key_of(request: &Request) -> Option<String> {
    if request.method() != Method::GET || request.headers().contains_key(header::AUTHORIZATION) {
        return None;
    }
    let path = request.uri().path();
    const NEVER: &[&str] = &[
        "/admin",
        "/konto",
        "/anmelden",
        "/abmelden",
        "/static/",
        "/healthz",
    ];
    if NEVER.iter().any(|p| path.starts_with(p))
        || path.contains("/befragungen")
        || path.contains("/surveys")
        || path.ends_with("/suche")
        || path.ends_with("/search")
    {
        return None;
    }
    let headers = request.headers();
    if crate::auth::has_session_cookie(headers) {
        // A page of one's own.
        return None;
    }
    let language = crate::auth::cookie(headers, crate::i18n::COOKIE).unwrap_or("");
    let target = request.uri().path_and_query()?.as_str();
    Some(format!("{target}\u{0}{language}"))
}

fn keepable(response: &Response) -> bool {
    let headers = response.headers();
    response.status() == StatusCode::OK
        && !headers.contains_key(header::SET_COOKIE)
        && headers.get(header::CONTENT_TYPE).is_some_and(|t| {
            let t = t.as_bytes();
            [
                &b"text/html"[..],
                b"application/json",
                b"text/calendar",
                b"image/svg+xml",
            ]
            .iter()
            .any(|p| t.starts_with(p))
        })
        && headers.get(header::CACHE_CONTROL).is_none_or(|c| {
            let c = c.as_bytes();
            !c.windows(8).any(|w| w == b"no-store") && !c.windows(7).any(|w| w == b"private")
        })
        && response
            .body()
            .size_hint()
            .exact()
            .is_some_and(|n| n as usize <= MAX_PAGE)
}

/// The middleware: answers from a kept page, or renders and keeps; after a write, forgets.
pub async fn serve(State(cache): State<Arc<PageCache>>, request: Request, next: Next) -> Response {
    let Some(key) = key_of(&request) else {
        let writes = !matches!(*request.method(), Method::GET | Method::HEAD);
        let response = next.run(request).await;
        if writes {
            cache.invalidate();
        }
        return response;
    };
    if let Some(page) = cache.get(&key) {
        let mut response = Response::new(Body::from(page.body.clone()));
        *response.status_mut() = page.status;
        *response.headers_mut() = page.headers.clone();
        response
            .headers_mut()
            .insert("x-teilhabe-cache", HeaderValue::from_static("hit"));
        return response;
    }
    // The generation before rendering: a write that lands meanwhile makes this page stale.
    let generation = cache.generation.load(Ordering::SeqCst);
    let response = next.run(request).await;
    if !keepable(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = axum::body::to_bytes(body, MAX_PAGE).await else {
        return Response::from_parts(parts, Body::empty());
    };
    cache.put(
        key,
        Page {
            generation,
            serial: 0,
            born: Instant::now(),
            status: parts.status,
            headers: parts.headers.clone(),
            body: body.clone(),
        },
    );
    let mut response = Response::from_parts(parts, Body::from(body));
    response
        .headers_mut()
        .insert("x-teilhabe-cache", HeaderValue::from_static("miss"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &'static str, generation: u64) -> Page {
        Page {
            generation,
            serial: 0,
            born: Instant::now(),
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            body: Bytes::from_static(body.as_bytes()),
        }
    }

    #[test]
    fn a_write_makes_every_page_stale() {
        let cache = PageCache::new(1 << 20);
        cache.put("/a".into(), page("eins", 0));
        assert_eq!(cache.get("/a").unwrap().body, "eins");
        cache.invalidate();
        assert!(cache.get("/a").is_none());
        cache.put("/a".into(), page("zwei", 1));
        assert_eq!(cache.get("/a").unwrap().body, "zwei");
    }

    #[test]
    fn the_budget_pushes_out_the_oldest() {
        let cache = PageCache::new(3 * (512 + 2 + 4));
        for key in ["/a", "/b", "/c", "/d"] {
            cache.put(key.into(), page("1234", 0));
        }
        assert!(cache.get("/a").is_none());
        for key in ["/b", "/c", "/d"] {
            assert!(cache.get(key).is_some(), "{key}");
        }
        // Storing a key again replaces it without counting it twice.
        for _ in 0..10 {
            cache.put("/d".into(), page("1234", 0));
        }
        assert!(cache.get("/b").is_some());
        let kept = cache.kept.lock().unwrap();
        assert_eq!(kept.bytes, 3 * (512 + 2 + 4));
    }
}
