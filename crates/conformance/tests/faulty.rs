//! The kit catches a broken backend, and names what is broken: a proxy in front of the reference
//! backend breaks one contract rule at a time, and the kit fails exactly the checks of that
//! rule while every other check of the same areas still passes.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use common::{kit, reference, Scratch, STAFF};
use serde_json::Value;

/// The one rule the proxy breaks.
#[derive(Clone, Copy, Debug)]
enum Fault {
    /// Problems lose their stable `code` (only `title` and `status` are left).
    DropsCode,
    /// A write's `If-Match` is replaced by the resource's current `ETag`: a stale edit wins
    /// (a backend that checks the header is there, not what it says).
    IgnoresIfMatch,
    /// `/orders/{id}` is answered with the order's owner's session, whoever asks.
    AnswersAnotherVisitorsOrder,
    /// Every `Idempotency-Key` is replaced by a new one: a retried order is placed again.
    LosesIdempotency,
}

struct Proxy {
    upstream: String,
    fault: Fault,
    http: reqwest::Client,
    /// The session that placed each order (`AnswersAnotherVisitorsOrder`).
    owners: Mutex<HashMap<String, HeaderValue>>,
    keys: AtomicU64,
}

/// `/api/v1/orders/{id}` and `/api/v1/orders/{id}/…`: the order's id.
fn order_id(path: &str) -> Option<&str> {
    let id = path.strip_prefix("/api/v1/orders/")?.split('/').next()?;
    id.bytes().all(|b| b.is_ascii_digit()).then_some(id)
}

/// The hop's own headers, which each side sets for itself.
fn end_to_end(
    headers: &HeaderMap,
) -> impl Iterator<Item = (&axum::http::HeaderName, &HeaderValue)> {
    headers.iter().filter(|(name, _)| {
        !matches!(
            name.as_str(),
            "host" | "connection" | "content-length" | "transfer-encoding" | "keep-alive"
        )
    })
}

impl Proxy {
    /// The current `ETag` of the resource a write at `path` changes: the path itself, or the one
    /// above it (`/exhibitor/campaigns/7/schedule` changes `/exhibitor/campaigns/7`).
    async fn current_etag(&self, path: &str, auth: Option<&HeaderValue>) -> Option<HeaderValue> {
        let parent = path.rsplit_once('/').map(|(p, _)| p).unwrap_or(path);
        for at in [path, parent] {
            let mut get = self.http.get(format!("{}{at}", self.upstream));
            if let Some(a) = auth {
                get = get.header("authorization", a.clone());
            }
            if let Ok(r) = get.send().await {
                if let Some(tag) = r.headers().get("etag") {
                    return Some(tag.clone());
                }
            }
        }
        None
    }

    async fn forward(&self, req: Request) -> Response {
        let (parts, body) = req.into_parts();
        let body = to_bytes(body, 8 << 20).await.unwrap_or_default();
        let path = parts.uri.path().to_string();
        let target = format!(
            "{}{}",
            self.upstream,
            parts.uri.path_and_query().map_or("/", |p| p.as_str())
        );
        let mut headers = parts.headers.clone();
        match self.fault {
            Fault::IgnoresIfMatch if headers.contains_key("if-match") => {
                if let Some(tag) = self.current_etag(&path, headers.get("authorization")).await {
                    headers.insert("if-match", tag);
                }
            }
            Fault::LosesIdempotency if headers.contains_key("idempotency-key") => {
                let n = self.keys.fetch_add(1, Ordering::Relaxed);
                let key = format!("proxy-fresh-key-{n}-{}", std::process::id());
                headers.insert("idempotency-key", HeaderValue::from_str(&key).unwrap());
            }
            Fault::AnswersAnotherVisitorsOrder => {
                let owner =
                    order_id(&path).and_then(|id| self.owners.lock().unwrap().get(id).cloned());
                if let Some(owner) = owner {
                    headers.insert("authorization", owner);
                }
            }
            _ => {}
        }
        let method = reqwest::Method::from_bytes(parts.method.as_str().as_bytes()).unwrap();
        let mut out = self.http.request(method, &target).body(body.to_vec());
        for (name, value) in end_to_end(&headers) {
            out = out.header(name.as_str(), value.as_bytes());
        }
        let Ok(answer) = out.send().await else {
            return Response::builder().status(502).body(Body::empty()).unwrap();
        };
        let status = answer.status().as_u16();
        let answer_headers = answer.headers().clone();
        let mut bytes = answer.bytes().await.unwrap_or_default().to_vec();
        let problem = answer_headers
            .get("content-type")
            .is_some_and(|t| t.as_bytes().starts_with(b"application/problem+json"));
        match self.fault {
            Fault::DropsCode if problem => {
                let mut json: Value = serde_json::from_slice(&bytes).unwrap_or_default();
                if let Some(p) = json.as_object_mut() {
                    p.remove("code");
                }
                bytes = serde_json::to_vec(&json).unwrap();
            }
            Fault::AnswersAnotherVisitorsOrder
                if parts.method == Method::POST && path == "/api/v1/orders" && status == 201 =>
            {
                let json: Value = serde_json::from_slice(&bytes).unwrap_or_default();
                if let (Some(id), Some(auth)) = (json["id"].as_i64(), headers.get("authorization"))
                {
                    self.owners
                        .lock()
                        .unwrap()
                        .insert(id.to_string(), auth.clone());
                }
            }
            _ => {}
        }
        let mut resp = Response::builder().status(StatusCode::from_u16(status).unwrap());
        for (name, value) in end_to_end(&answer_headers) {
            resp = resp.header(name, value);
        }
        resp.body(Body::from(bytes)).unwrap()
    }
}

/// Starts the proxy breaking `fault` in front of `upstream`: its origin.
async fn proxy(upstream: &str, fault: Fault) -> String {
    let state = Arc::new(Proxy {
        upstream: upstream.to_string(),
        fault,
        http: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        owners: Mutex::new(HashMap::new()),
        keys: AtomicU64::new(0),
    });
    let app = axum::Router::new()
        .fallback(|State(p): State<Arc<Proxy>>, req: Request| async move { p.forward(req).await })
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    origin
}

/// Runs the kit's `areas` against `base` (with both exhibitors' staff): the failed checks, and
/// how many passed.
async fn failed_checks(base: String, areas: &'static str) -> (BTreeSet<String>, usize, String) {
    tokio::task::spawn_blocking(move || {
        let out = kit(&[&[base.as_str(), "--only", areas][..], &STAFF[..]].concat());
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        // The table's rows: area, check, `pass` or `FAIL`.
        let row = |verdict: &str| -> Vec<String> {
            stdout
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>())
                .filter(|cells| cells.len() == 3 && cells[2] == verdict)
                .map(|cells| cells[1].to_string())
                .collect()
        };
        let failed: BTreeSet<String> = row("FAIL").into_iter().collect();
        let passed = row("pass").len();
        assert_eq!(
            out.status.code(),
            Some(if failed.is_empty() { 0 } else { 1 }),
            "{stdout}"
        );
        (failed, passed, stdout)
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_kit_names_each_broken_rule_and_nothing_else() {
    let dir = Scratch::new("faulty");
    let (_server, upstream) = reference(&dir.0).await;
    let cases: [(Fault, &str, &[&str]); 4] = [
        (
            Fault::DropsCode,
            "auth",
            &[
                "registering_a_taken_email_answers_409_email_taken",
                "missing_token_answers_401_unauthorized",
                "invalid_token_answers_401_unauthorized",
                "token_in_another_scheme_answers_401_unauthorized",
                "wrong_password_answers_401_invalid_credentials",
                "repeated_wrong_passwords_answer_429_with_retry_after",
            ],
        ),
        (
            Fault::IgnoresIfMatch,
            "leads,campaigns",
            &[
                "a_stale_lead_edit_answers_412",
                "a_stale_campaign_edit_answers_412",
            ],
        ),
        (
            Fault::AnswersAnotherVisitorsOrder,
            "orders",
            &[
                "another_visitor_gets_404_on_the_order",
                "another_visitor_cannot_cancel_the_order",
            ],
        ),
        (
            Fault::LosesIdempotency,
            "orders",
            &[
                "same_key_and_body_answer_the_same_order",
                "same_key_with_another_body_answers_422_idempotency_conflict",
            ],
        ),
    ];
    for (fault, areas, expected) in cases {
        // The same areas straight against the reference backend: all pass.
        let (failed, clean_passed, stdout) = failed_checks(upstream.clone(), areas).await;
        assert!(
            failed.is_empty(),
            "{fault:?}: the reference backend must pass:\n{stdout}"
        );
        let broken = proxy(&upstream, fault).await;
        let (failed, passed, stdout) = failed_checks(broken, areas).await;
        eprintln!("{fault:?}, areas {areas}, through the faulty proxy:\n{stdout}");
        let expected: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            failed, expected,
            "{fault:?} must fail exactly these checks:\n{stdout}"
        );
        assert_eq!(
            passed + failed.len(),
            clean_passed,
            "{fault:?}: every other check still runs and passes:\n{stdout}"
        );
    }
}
