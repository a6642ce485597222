//! What an operator relies on: request ids on every answer, `/metrics` for this host only,
//! the command line (`--help`, validation, `backup`), and a clean stop on SIGTERM.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{client, start, TestServer};
use reqwest::StatusCode;

const BIN: &str = env!("CARGO_BIN_EXE_expocx-server");

async fn scrape(s: &TestServer) -> String {
    let r = client().get(s.url("/metrics")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    r.text().await.unwrap()
}

/// The value of the sample named exactly `series` (0 when absent).
fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_for_this_host() {
    let s = start().await;
    let series =
        r#"expocx_http_requests_total{route="/api/v1/products/{id}",method="GET",status="200"}"#;
    let before = sample(&scrape(&s).await, series);
    let (product, _, _) = s.pickup_item(1);
    for _ in 0..3 {
        let r = s.anon().get(&format!("/api/v1/products/{product}")).await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    s.anon().get("/api/v1/no-such-thing-4711").await;
    client().get(s.url("/a-page-4711")).send().await.unwrap();
    // A paid order writes its e-mail notice to the outbox, where nothing sends it yet.
    let buyer = s.visitor("metrics@example.com").await;
    let order = buyer.place(s.pickup_item(1), 1).await;
    buyer.pay(order.id).await;

    let text = scrape(&s).await;
    assert!(sample(&text, series) >= before + 3.0, "{text}");
    assert!(
        !text.contains("4711") && !text.contains(&format!("/products/{product}\"")),
        "raw paths became labels:\n{text}"
    );
    assert!(text.contains(r#"route="unmatched""#), "{text}");
    assert!(text.contains(
        r#"expocx_http_request_duration_seconds_bucket{route="/api/v1/products/{id}",le="+Inf"}"#
    ));
    assert!(
        sample(&text, "expocx_db_wait_seconds_count") > 0.0,
        "{text}"
    );
    let backlog: f64 = text
        .lines()
        .filter(|l| l.starts_with("expocx_outbox_backlog{"))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum();
    assert!(backlog >= 1.0, "{text}");
}

#[tokio::test]
async fn metrics_relayed_by_a_proxy_are_refused() {
    let s = start().await;
    let r = client()
        .get(s.url("/metrics"))
        .header("x-forwarded-for", "203.0.113.9")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(!r.text().await.unwrap().contains("expocx_"));
}

#[tokio::test]
async fn every_answer_carries_a_request_id() {
    let s = start().await;
    let id = |r: &reqwest::Response| r.headers()["x-request-id"].to_str().unwrap().to_string();
    let mut seen = Vec::new();
    for path in ["/api/v1/expo", "/api/v1/no-such-thing", "/some/page"] {
        let r = client().get(s.url(path)).send().await.unwrap();
        let got = id(&r);
        assert!(
            got.len() == 16 && got.bytes().all(|b| b.is_ascii_hexdigit()),
            "{path}: {got}"
        );
        seen.push(got);
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 3, "ids repeat: {seen:?}");
    // A client's own id is kept (to follow a request through its logs); a forged one is not.
    let mine = client()
        .get(s.url("/api/v1/expo"))
        .header("x-request-id", "checkout-7f3a")
        .send()
        .await
        .unwrap();
    assert_eq!(id(&mine), "checkout-7f3a");
    let forged = client()
        .get(s.url("/api/v1/expo"))
        .header("x-request-id", "x status=500 route=/admin")
        .send()
        .await
        .unwrap();
    assert_eq!(id(&forged).len(), 16);
}

#[test]
fn help_documents_every_flag_and_its_environment_variable() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in [
        "--port",
        "--host",
        "--db",
        "--dist",
        "--demo",
        "--test-payments",
        "--no-test-payments",
        "--pay-within-minutes",
        "--catalog-size",
        "--exhibitor-orders",
        "--abandoned-cart-minutes",
        "--cors-origin",
        "--public-url",
        "--wechat-api",
        "--wechat-authorize",
        "--print-openapi",
        "backup",
        "EXPOCX_PORT",
        "EXPOCX_CORS_ORIGINS",
        "EXPOCX_METRICS_TOKEN",
        "EXPOCX_WECHAT_SECRET",
    ] {
        assert!(help.contains(flag), "{flag} missing from --help:\n{help}");
    }
}

#[test]
fn bad_values_are_refused_before_starting() {
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let out = Command::new(BIN)
            .args(args)
            .envs(env.iter().copied())
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = run(&["--pay-within-minutes", "0"], &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("--pay-within-minutes") && err.contains("1..=1440"),
        "{err}"
    );
    let (code, err) = run(&[], &[("EXPOCX_PAY_WITHIN_MINUTES", "2000")]);
    assert_eq!(code, Some(2), "the environment is validated too");
    assert!(err.contains("--pay-within-minutes"), "{err}");
    let (code, err) = run(&["--catalog-size", "12"], &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("wants E,P, not 12"), "{err}");
    let (code, err) = run(&["--port", "80x"], &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--port"), "{err}");
}

#[tokio::test]
async fn the_backup_command_copies_a_serving_database() {
    let s = start().await;
    s.visitor("kept@example.com").await;
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    let db = s.db_path.clone();
    let to = copy.clone();
    let out = tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .args(["backup", "--db"])
            .arg(&db)
            .arg("--to")
            .arg(&to)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let emails: i64 = rusqlite::Connection::open(&copy)
        .unwrap()
        .query_row(
            "SELECT COUNT(*) FROM users WHERE email = 'kept@example.com'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(emails, 1);
    let missing = Command::new(BIN)
        .args(["backup", "--db", "/nonexistent/expocx.db", "--to"])
        .arg(dir.path().join("x.db"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(!dir.path().join("x.db").exists());
}

#[test]
fn sigterm_drains_and_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(BIN)
        .args(["--port", &port.to_string(), "--db"])
        .arg(dir.path().join("t.db"))
        .arg("--dist")
        .arg(dir.path())
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("still running 20 s after SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    let mut log = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut log).unwrap();
    assert!(
        log.contains("shutting down") && log.contains("drained"),
        "{log}"
    );
}
