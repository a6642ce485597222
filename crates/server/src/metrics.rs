//! Prometheus metrics at `/metrics` (text exposition format 0.0.4), for operators only.
//!
//! - `expocx_http_requests_total{route,method,status}`: answers, by route template;
//! - `expocx_http_request_duration_seconds{route}`: time to the answer's head;
//! - `expocx_db_wait_seconds`: time from asking for the database connection to holding it;
//! - `expocx_outbox_backlog{status}`: notifications still waiting (`queued`, or `held` for quiet
//!   hours), counted at scrape time;
//! - `expocx_rate_limited_total{limit}`: requests each rate limit refused (`crate::limits`).
//!
//! Labels are bounded: routes are templates (`/api/v1/orders/{id}`, or `unmatched`), methods
//! outside the usual seven are `other`. The counters are one registry per process.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rusqlite::{Connection, OpenFlags};

const HTTP_BOUNDS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];
const DB_WAIT_BOUNDS: &[f64] = &[
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
];

/// A histogram of durations: one count per bucket (the last for anything above every bound).
pub struct Histogram {
    bounds: &'static [f64],
    buckets: Vec<AtomicU64>,
    sum_nanos: AtomicU64,
}

impl Histogram {
    pub fn new(bounds: &'static [f64]) -> Self {
        Histogram {
            bounds,
            buckets: (0..=bounds.len()).map(|_| AtomicU64::new(0)).collect(),
            sum_nanos: AtomicU64::new(0),
        }
    }

    pub fn observe(&self, took: Duration) {
        let secs = took.as_secs_f64();
        let i = self
            .bounds
            .iter()
            .position(|b| secs <= *b)
            .unwrap_or(self.bounds.len());
        self.buckets[i].fetch_add(1, Ordering::Relaxed);
        let nanos = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
        self.sum_nanos.fetch_add(nanos, Ordering::Relaxed);
    }

    /// `name_bucket` (cumulative), `name_sum` and `name_count`; `labels` as `k="v",` or empty.
    fn render(&self, out: &mut String, name: &str, labels: &str) {
        let mut total = 0;
        for (i, count) in self.buckets.iter().enumerate() {
            total += count.load(Ordering::Relaxed);
            let le = self.bounds.get(i).map_or("+Inf".into(), |b| b.to_string());
            let _ = writeln!(out, "{name}_bucket{{{labels}le=\"{le}\"}} {total}");
        }
        let sum = self.sum_nanos.load(Ordering::Relaxed) as f64 / 1e9;
        let labels = labels.trim_end_matches(',');
        let labels = if labels.is_empty() {
            String::new()
        } else {
            format!("{{{labels}}}")
        };
        let _ = writeln!(out, "{name}_sum{labels} {sum}");
        let _ = writeln!(out, "{name}_count{labels} {total}");
    }
}

struct RouteStats {
    duration: Histogram,
    answers: BTreeMap<(&'static str, u16), u64>,
}

struct Registry {
    http: Mutex<BTreeMap<String, RouteStats>>,
    db_wait: Histogram,
}

static REGISTRY: LazyLock<Registry> = LazyLock::new(|| Registry {
    http: Mutex::new(BTreeMap::new()),
    db_wait: Histogram::new(DB_WAIT_BOUNDS),
});

/// Counts one answer of `route` (a template) and how long it took.
pub fn record_request(route: &str, method: &'static str, status: u16, took: Duration) {
    let mut http = REGISTRY.http.lock().unwrap_or_else(|p| p.into_inner());
    if !http.contains_key(route) {
        let fresh = RouteStats {
            duration: Histogram::new(HTTP_BOUNDS),
            answers: BTreeMap::new(),
        };
        http.insert(route.to_owned(), fresh);
    }
    if let Some(stats) = http.get_mut(route) {
        stats.duration.observe(took);
        *stats.answers.entry((method, status)).or_insert(0) += 1;
    }
}

/// Time a database call waited for the connection.
pub fn record_db_wait(took: Duration) {
    REGISTRY.db_wait.observe(took);
}

/// The method as a label: the usual seven by name, anything else `other` (clients may send any
/// token as a method; a label per token would grow without bound).
pub fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// A label value, escaped as the exposition format wants.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The outbox statuses still waiting to go out.
const WAITING: [&str; 2] = ["queued", "held"];

/// The whole exposition; `backlog` is rows per status of `WAITING`, `None` when unreadable.
pub fn render(backlog: Option<[i64; 2]>, refusals: &[(&'static str, u64)]) -> String {
    let mut out = String::new();
    out.push_str(
        "# HELP expocx_rate_limited_total Requests refused by each rate limit.\n\
         # TYPE expocx_rate_limited_total counter\n",
    );
    for (limit, n) in refusals {
        let _ = writeln!(out, "expocx_rate_limited_total{{limit=\"{limit}\"}} {n}");
    }
    out.push_str(
        "# HELP expocx_http_requests_total Requests answered, by route template, method and status.\n\
         # TYPE expocx_http_requests_total counter\n",
    );
    let http = REGISTRY.http.lock().unwrap_or_else(|p| p.into_inner());
    for (route, stats) in http.iter() {
        for ((method, status), n) in &stats.answers {
            let _ = writeln!(
                out,
                "expocx_http_requests_total{{route=\"{}\",method=\"{method}\",status=\"{status}\"}} {n}",
                label(route)
            );
        }
    }
    out.push_str(
        "# HELP expocx_http_request_duration_seconds Time to answer (to the response head), by route template.\n\
         # TYPE expocx_http_request_duration_seconds histogram\n",
    );
    for (route, stats) in http.iter() {
        let labels = format!("route=\"{}\",", label(route));
        stats
            .duration
            .render(&mut out, "expocx_http_request_duration_seconds", &labels);
    }
    drop(http);
    out.push_str(
        "# HELP expocx_db_wait_seconds Time from asking for the database connection to holding it.\n\
         # TYPE expocx_db_wait_seconds histogram\n",
    );
    REGISTRY
        .db_wait
        .render(&mut out, "expocx_db_wait_seconds", "");
    if let Some(rows) = backlog {
        out.push_str(
            "# HELP expocx_outbox_backlog Notifications waiting in the outbox (queued, or held for quiet hours).\n\
             # TYPE expocx_outbox_backlog gauge\n",
        );
        for (status, n) in WAITING.iter().zip(rows) {
            let _ = writeln!(out, "expocx_outbox_backlog{{status=\"{status}\"}} {n}");
        }
    }
    out
}

/// The `/metrics` endpoint: who may read it, and a read-only connection of its own for the
/// gauges (so a scrape never waits for, or holds, the server's connection).
#[derive(Clone)]
pub struct Endpoint {
    db_path: PathBuf,
    token_hash: Option<String>,
    reader: Arc<Mutex<Option<Connection>>>,
    limits: Arc<crate::limits::Limits>,
}

impl Endpoint {
    /// `token`: when set, other hosts may read the metrics with `Authorization: Bearer <token>`.
    pub fn new(db_path: PathBuf, token: Option<&str>, limits: Arc<crate::limits::Limits>) -> Self {
        Endpoint {
            limits,
            db_path,
            token_hash: token.filter(|t| !t.is_empty()).map(crate::ids::hash_secret),
            reader: Arc::new(Mutex::new(None)),
        }
    }

    /// Notifications still waiting, per status of `WAITING`.
    fn backlog(&self) -> crate::db::Result<[i64; 2]> {
        let mut reader = self.reader.lock().unwrap_or_else(|p| p.into_inner());
        if reader.is_none() {
            let conn = Connection::open_with_flags(
                &self.db_path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            conn.pragma_update(None, "query_only", true)?;
            conn.busy_timeout(Duration::from_secs(2))?;
            *reader = Some(conn);
        }
        let Some(conn) = reader.as_ref() else {
            return Ok([0, 0]);
        };
        crate::db::notify::backlog(conn, WAITING)
    }
}

/// Whether a request may read the metrics: from this host (and not relayed by a proxy on it),
/// or with the operators' token.
pub fn allowed(peer: Option<IpAddr>, headers: &HeaderMap, token_hash: Option<&str>) -> bool {
    let relayed = ["forwarded", "x-forwarded-for", "x-real-ip"]
        .iter()
        .any(|h| headers.contains_key(*h));
    if peer.is_some_and(|ip| ip.is_loopback()) && !relayed {
        return true;
    }
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match (bearer, token_hash) {
        (Some(given), Some(want)) => crate::ids::hash_secret(given.trim()) == want,
        _ => false,
    }
}

pub fn router(endpoint: Endpoint) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state(endpoint)
}

async fn scrape(State(endpoint): State<Endpoint>, req: Request) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    if !allowed(peer, req.headers(), endpoint.token_hash.as_deref()) {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    let refusals = endpoint.limits.refusals();
    let backlog = match tokio::task::spawn_blocking(move || endpoint.backlog()).await {
        Ok(Ok(rows)) => Some(rows),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "metrics: outbox backlog unreadable");
            None
        }
        Err(e) => {
            tracing::warn!(error = %e, "metrics: outbox backlog task failed");
            None
        }
    };
    (
        [
            (
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        render(backlog, &refusals),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn histogram_buckets_are_cumulative_and_count_everything() {
        let h = Histogram::new(&[0.01, 0.1]);
        for ms in [5, 50, 50, 5000] {
            h.observe(Duration::from_millis(ms));
        }
        let mut out = String::new();
        h.render(&mut out, "t", "route=\"/x\",");
        assert!(
            out.contains("t_bucket{route=\"/x\",le=\"0.01\"} 1\n"),
            "{out}"
        );
        assert!(
            out.contains("t_bucket{route=\"/x\",le=\"0.1\"} 3\n"),
            "{out}"
        );
        assert!(
            out.contains("t_bucket{route=\"/x\",le=\"+Inf\"} 4\n"),
            "{out}"
        );
        assert!(out.contains("t_count{route=\"/x\"} 4\n"), "{out}");
        assert!(out.contains("t_sum{route=\"/x\"} 5.105\n"), "{out}");
    }

    #[test]
    fn only_this_host_or_the_token_may_read() {
        let local = Some(IpAddr::from([127, 0, 0, 1]));
        let remote = Some(IpAddr::from([203, 0, 113, 9]));
        let want = crate::ids::hash_secret("s3cret");
        let none = HeaderMap::new();
        let mut bearer = HeaderMap::new();
        bearer.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer s3cret"),
        );
        let mut wrong = HeaderMap::new();
        wrong.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer guess"),
        );
        let mut proxied = HeaderMap::new();
        proxied.insert("x-forwarded-for", HeaderValue::from_static("203.0.113.9"));

        assert!(allowed(local, &none, None));
        assert!(
            !allowed(local, &proxied, None),
            "a proxy on this host relays strangers"
        );
        assert!(!allowed(remote, &none, Some(&want)));
        assert!(!allowed(remote, &wrong, Some(&want)));
        assert!(allowed(remote, &bearer, Some(&want)));
        assert!(
            !allowed(remote, &bearer, None),
            "no token configured: never remote"
        );
        assert!(!allowed(None, &none, None));
    }

    #[test]
    fn odd_methods_share_one_label() {
        let odd = Method::from_bytes(b"BREW").unwrap();
        assert_eq!(method_label(&odd), "other");
        assert_eq!(method_label(&Method::PATCH), "PATCH");
    }
}
