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
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use teilhabe_store::Store;
use tokio::sync::Notify;

/// How long a page is kept at most, changes or not.
const MAX_AGE: Duration = Duration::from_mins(1);
/// How often the database is asked whether anything changed.
const WATCH_EVERY: Duration = Duration::from_millis(250);
/// Larger answers are not kept.
const MAX_PAGE: usize = 2 << 20;

pub struct PageCache {
    budget: usize,
    generation: AtomicU64,
    kept: Mutex<Kept>,
    /// Pages being rendered: who asks for one meanwhile waits for it instead of rendering
    /// it too (64 readers arriving together after a change cost one rendering, not 64).
    flights: Mutex<HashMap<String, Arc<Notify>>>,
    /// Addresses whose answer is not kept (a 404, a download): rendered without waiting.
    passing: Mutex<HashSet<String>>,
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
            flights: Mutex::new(HashMap::new()),
            passing: Mutex::new(HashSet::new()),
        }
    }

    fn passes(&self, key: &str) -> bool {
        lock(&self.passing).contains(key)
    }

    fn pass(&self, key: String) {
        let mut passing = lock(&self.passing);
        if passing.len() >= 10_000 {
            passing.clear();
        }
        passing.insert(key);
    }

    /// Either the right to render `key` (a guard that lets the waiting in when dropped), or
    /// — when someone else renders it — after waiting for them, `None`.
    async fn fly(self: &Arc<Self>, key: &str) -> Option<Flight> {
        let flying = {
            let mut flights = lock(&self.flights);
            if let Some(n) = flights.get(key) {
                n.clone()
            } else {
                flights.insert(key.to_owned(), Arc::new(Notify::new()));
                return Some(Flight {
                    cache: self.clone(),
                    key: key.to_owned(),
                });
            }
        };
        let landed = flying.notified();
        tokio::pin!(landed);
        landed.as_mut().enable();
        // Landed between our look and `enable`: nothing to wait for.
        let still = lock(&self.flights)
            .get(key)
            .is_some_and(|n| Arc::ptr_eq(n, &flying));
        if still {
            let _ = tokio::time::timeout(Duration::from_secs(10), landed).await;
        }
        None
    }

    /// Forgets every page (they stay in memory until replaced or pushed out, but are not
    /// used again).
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        // What was not there (a 404) may be now.
        lock(&self.passing).clear();
    }

    fn get(&self, key: &str) -> Option<Arc<Page>> {
        let generation = self.generation.load(Ordering::SeqCst);
        let kept = lock(&self.kept);
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
        let mut kept = lock(&self.kept);
        kept.serial += 1;
        page.serial = kept.serial;
        // The page it replaces goes first: it must not push out others.
        if let Some(previous) = kept.pages.remove(&key) {
            kept.bytes -= previous.body.len() + key.len() + 512;
        }
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

/// A page being rendered; dropped when done (or failed), it lets the waiting in.
struct Flight {
    cache: Arc<PageCache>,
    key: String,
}

impl Drop for Flight {
    fn drop(&mut self) {
        if let Some(n) = lock(&self.cache.flights).remove(&self.key) {
            n.notify_waiters();
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
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
        "/bericht/",
        "/static/",
        "/healthz",
        "/readyz",
        "/metrics",
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
    if crate::kit::request::has_session_cookie(headers) {
        // A page of one's own.
        return None;
    }
    let language = crate::kit::request::cookie(headers, crate::kit::i18n::COOKIE).unwrap_or("");
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
        return kept(&page);
    }
    if cache.passes(&key) {
        return next.run(request).await;
    }
    let flight = cache.fly(&key).await;
    if flight.is_none()
        && let Some(page) = cache.get(&key)
    {
        return kept(&page);
    }
    // The generation before rendering: a write that lands meanwhile makes this page stale.
    let generation = cache.generation.load(Ordering::SeqCst);
    let response = next.run(request).await;
    if !keepable(&response) {
        if response.status() != StatusCode::OK
            || !response.headers().contains_key(header::SET_COOKIE)
        {
            cache.pass(key);
        }
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
    drop(flight);
    let mut response = Response::from_parts(parts, Body::from(body));
    response
        .headers_mut()
        .insert("x-teilhabe-cache", HeaderValue::from_static("miss"));
    response
}

fn kept(page: &Page) -> Response {
    let mut response = Response::new(Body::from(page.body.clone()));
    *response.status_mut() = page.status;
    *response.headers_mut() = page.headers.clone();
    response
        .headers_mut()
        .insert("x-teilhabe-cache", HeaderValue::from_static("hit"));
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
        let kept = lock(&cache.kept);
        assert_eq!(kept.bytes, 3 * (512 + 2 + 4));
    }
}
