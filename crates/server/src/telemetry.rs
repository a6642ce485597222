//! Request logs. Each request carries an id in `x-request-id` (the client's own when it sent a
//! usable one, else a random one), echoed on the answer; it is handled inside a `request{id=…}`
//! span, so an error logged while handling it names the request; and it ends with one line:
//!
//! ```text
//! 2026-05-01T10:00:00.123456Z  INFO request{id=3f2a9c1d0b7e4a51}: expocx::http: answered method=GET route=/api/v1/orders/{id} status=200 ms=1.42
//! ```
//!
//! The route is the matched template, never the raw path; no query string, header, body or
//! token is logged (they can carry personal data and credentials).

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::{from_fn, Next};
use axum::response::Response;
use axum::Router;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tracing::Instrument;
use tracing_subscriber::EnvFilter;

use crate::metrics;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The route logged and counted for a request no route matched (pages of the app, files,
/// unknown paths): one word, so neither logs nor metric labels grow with what clients send.
pub const UNMATCHED: &str = "unmatched";

/// Logs to standard output; `RUST_LOG` filters (default `info`; e.g.
/// `RUST_LOG=info,expocx::http=warn` keeps everything but the per-request lines).
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .init();
}

/// Wraps `app` with request ids, the per-request log line and the HTTP metrics.
pub fn observe(app: Router) -> Router {
    app.layer(
        tower::ServiceBuilder::new()
            .layer(from_fn(drop_unusable_id))
            .layer(SetRequestIdLayer::new(REQUEST_ID, RandomId))
            .layer(PropagateRequestIdLayer::new(REQUEST_ID))
            .layer(from_fn(log_and_count)),
    )
}

/// A client's id is kept when it looks like one: 1 to 64 letters, digits, `-`, `_`, `.`, `:`.
/// Anything else (long, spaced, quoted) could forge log fields, and is replaced.
pub fn usable_id(v: &HeaderValue) -> bool {
    let b = v.as_bytes();
    (1..=64).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b':'))
}

async fn drop_unusable_id(mut req: Request, next: Next) -> Response {
    if req
        .headers()
        .get(&REQUEST_ID)
        .is_some_and(|v| !usable_id(v))
    {
        req.headers_mut().remove(&REQUEST_ID);
    }
    next.run(req).await
}

#[derive(Clone, Copy)]
struct RandomId;

impl MakeRequestId for RandomId {
    fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
        HeaderValue::from_str(&crate::ids::random_hex(8))
            .ok()
            .map(RequestId::new)
    }
}

async fn log_and_count(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = req.extensions().get::<MatchedPath>().cloned();
    let method = metrics::method_label(req.method());
    let id = req
        .headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
        .to_owned();
    let span = tracing::info_span!("request", id = %id);
    let resp = next.run(req).instrument(span.clone()).await;
    let took = started.elapsed();
    let route = route.as_ref().map_or(UNMATCHED, MatchedPath::as_str);
    let status = resp.status().as_u16();
    metrics::record_request(route, method, status, took);
    let ms = (took.as_secs_f64() * 100_000.0).round() / 100.0;
    tracing::info!(
        target: "expocx::http", parent: &span,
        method = %method, route = %route, status, ms, "answered"
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    use axum::body::Body;
    use axum::routing::get;
    use tower::ServiceExt;

    #[derive(Clone, Default)]
    struct Capture(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Capture {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[tokio::test]
    async fn a_fault_is_logged_under_its_request_id_without_the_query() {
        let capture = Capture::default();
        let writer = capture.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        let app = observe(Router::new().route(
            "/orders/{id}",
            get(|| async { crate::api::ApiError::internal("disk on fire".into()) }),
        ));
        let req = Request::get("/orders/42?email=someone@example.com")
            .body(Body::empty())
            .unwrap();
        let resp = app.oneshot(req).await.unwrap();
        let id = resp.headers()[&REQUEST_ID].to_str().unwrap().to_string();
        let log = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
        let span = format!("request{{id={id}}}");
        let fault = log.lines().find(|l| l.contains("disk on fire")).unwrap();
        assert!(fault.contains("ERROR") && fault.contains(&span), "{log}");
        let line = log.lines().find(|l| l.contains("answered")).unwrap();
        for part in [
            &span,
            "method=GET",
            "route=/orders/{id}",
            "status=500",
            "ms=",
        ] {
            assert!(line.contains(part), "{part} missing: {line}");
        }
        assert!(
            !log.contains("someone@") && !log.contains("/orders/42"),
            "{log}"
        );
    }

    #[test]
    fn only_plain_short_ids_are_kept() {
        for ok in ["abc", "3f2a9c1d0b7e4a51", "req-1.2:x_y"] {
            assert!(usable_id(&HeaderValue::from_static(ok)), "{ok}");
        }
        let long = "a".repeat(65);
        for bad in ["", "a b", "x\" status=200", "é", long.as_str()] {
            let v = HeaderValue::from_bytes(bad.as_bytes()).unwrap();
            assert!(!usable_id(&v), "{bad:?}");
        }
    }
}
