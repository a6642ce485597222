//! The server keeps serving when one request goes wrong: a panicking handler answers 500 for
//! that request only, and a client that never finishes its headers is dropped.

use crate::common;
use std::time::Duration;

use axum::routing::get;
use axum::Router;
use expocx_contract::ErrorCode;
use reqwest::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn serve(app: Router, header_timeout: Duration) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(expocx_server::serve_with(
        listener,
        app,
        std::future::pending(),
        header_timeout,
    ));
    format!("{addr}")
}

#[tokio::test]
async fn a_panicking_handler_answers_500_and_the_server_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let app = Router::new()
        .route(
            "/boom",
            get(|| async {
                if true {
                    panic!("a bug in one handler")
                }
                "unreachable"
            }),
        )
        .route("/ok", get(|| async { "still here" }));
    let addr = serve(
        expocx_server::harden(app, dir.path()),
        Duration::from_secs(10),
    )
    .await;
    for _ in 0..2 {
        let r = common::client()
            .get(format!("http://{addr}/boom"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let p = common::problem(r).await;
        assert_eq!(p.code, ErrorCode::Internal);
        assert!(
            !format!("{p:?}").contains("a bug in one handler"),
            "internals leaked"
        );
    }
    let r = common::client()
        .get(format!("http://{addr}/ok"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.text().await.unwrap(), "still here");
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    let app = Router::new().route("/ok", get(|| async { "ok" }));
    let addr = serve(app, Duration::from_millis(300)).await;
    let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
    slow.write_all(b"GET /ok HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    // The server closes the connection (or answers 408) instead of waiting forever.
    let mut buf = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(20), slow.read_to_end(&mut buf)).await;
    assert!(
        read.is_ok(),
        "the half-sent request still holds its connection"
    );
    let text = String::from_utf8_lossy(&buf);
    assert!(
        text.is_empty() || text.starts_with("HTTP/1.1 408"),
        "{text}"
    );
}
