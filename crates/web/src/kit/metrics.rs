//! What the server counts for its operators: requests by route, method and status, their
//! latency as a histogram per route, requests in flight, and page-cache hits — recorded by
//! one middleware around everything else (so a page served from the cache counts too), and
//! written in the Prometheus text format by the `operations` capability, which adds what
//! it reads from the database at scrape time (pool, mail outbox, search queue, imports).
//!
//! Hand-written rather than a metrics crate: a few counters and one histogram family, and
//! the exposition format is plain text. Labels are the route's pattern (`/{key}/massnahmen/{id}`),
//! never the path itself, so the number of series stays bounded whatever clients request.

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Upper bounds of the latency buckets, in seconds (Prometheus' defaults).
const BUCKETS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

#[derive(Default, Clone)]
struct Histogram {
    /// Counts per bucket (not cumulative; summed when written).
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

#[derive(Default)]
struct Counts {
    requests: BTreeMap<(String, String, u16), u64>,
    latency: BTreeMap<String, Histogram>,
    cache_hits: u64,
    cache_misses: u64,
}

/// The counters of one server process.
pub struct Metrics {
    started: SystemTime,
    in_flight: AtomicI64,
    counts: Mutex<Counts>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            started: SystemTime::now(),
            in_flight: AtomicI64::new(0),
            counts: Mutex::default(),
        }
    }
}

/// Keeps the in-flight gauge right when a request's future is dropped (client gone).
struct InFlight<'a>(&'a AtomicI64);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The middleware: counts the request under its route's pattern once it is answered.
pub async fn record(State(metrics): State<Arc<Metrics>>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(keine Route)".to_owned(), |m| m.as_str().to_owned());
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    metrics.in_flight.fetch_add(1, Ordering::Relaxed);
    let guard = InFlight(&metrics.in_flight);
    let response = next.run(request).await;
    drop(guard);
    let seconds = started.elapsed().as_secs_f64();
    let cache = response
        .headers()
        .get("x-teilhabe-cache")
        .map(|v| v.as_bytes() == b"hit");
    let mut c = metrics.counts.lock().unwrap_or_else(|e| e.into_inner());
    *c.requests
        .entry((route.clone(), method, response.status().as_u16()))
        .or_default() += 1;
    let h = c.latency.entry(route).or_default();
    if let Some(i) = BUCKETS.iter().position(|b| seconds <= *b) {
        h.buckets[i] += 1;
    }
    h.count += 1;
    h.sum += seconds;
    match cache {
        Some(true) => c.cache_hits += 1,
        Some(false) => c.cache_misses += 1,
        None => {}
    }
    drop(c);
    response
}

/// A label value as the text format wants it: backslash, quote and newline escaped.
pub fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// One metric family's header.
pub fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

impl Metrics {
    /// The process's own families, in the text format.
    pub fn write(&self, out: &mut String) {
        let c = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        family(
            out,
            "teilhabe_http_requests_total",
            "counter",
            "HTTP requests answered, by route pattern, method and status.",
        );
        for ((route, method, status), n) in &c.requests {
            let _ = writeln!(
                out,
                "teilhabe_http_requests_total{{route=\"{}\",method=\"{method}\",status=\"{status}\"}} {n}",
                label(route)
            );
        }
        family(
            out,
            "teilhabe_http_request_duration_seconds",
            "histogram",
            "Time from the request's arrival to its answer, by route pattern.",
        );
        for (route, h) in &c.latency {
            let route = label(route);
            let mut cumulative = 0;
            for (bound, n) in BUCKETS.iter().zip(h.buckets) {
                cumulative += n;
                let _ = writeln!(
                    out,
                    "teilhabe_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "teilhabe_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "teilhabe_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "teilhabe_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                h.count
            );
        }
        family(
            out,
            "teilhabe_page_cache_requests_total",
            "counter",
            "Public pages asked of the page cache, by whether it had them.",
        );
        let _ = writeln!(
            out,
            "teilhabe_page_cache_requests_total{{result=\"hit\"}} {}",
            c.cache_hits
        );
        let _ = writeln!(
            out,
            "teilhabe_page_cache_requests_total{{result=\"miss\"}} {}",
            c.cache_misses
        );
        drop(c);
        family(
            out,
            "teilhabe_http_requests_in_flight",
            "gauge",
            "Requests being answered now.",
        );
        let _ = writeln!(
            out,
            "teilhabe_http_requests_in_flight {}",
            self.in_flight.load(Ordering::Relaxed)
        );
        family(
            out,
            "process_start_time_seconds",
            "gauge",
            "Start time of the process since the Unix epoch, in seconds.",
        );
        let _ = writeln!(
            out,
            "process_start_time_seconds {}",
            self.started
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        );
        family(
            out,
            "teilhabe_build_info",
            "gauge",
            "The running version (always 1).",
        );
        let _ = writeln!(
            out,
            "teilhabe_build_info{{version=\"{}\"}} 1",
            env!("CARGO_PKG_VERSION")
        );
    }
}
