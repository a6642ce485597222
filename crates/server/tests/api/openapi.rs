//! The committed OpenAPI document is the contract other backends implement: it must match the code.
//! Regenerate with `UPDATE_OPENAPI=1 cargo test -p expocx-server --test api openapi::`.

use std::path::Path;

use axum::body::{to_bytes, Body};
use axum::http::{header, Request, StatusCode};
use tower::ServiceExt;

use crate::common::{config, Options};

#[test]
fn committed_openapi_document_matches_the_code() {
    let generated = expocx_server::openapi::document_json();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../contract/openapi.json");
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "crates/contract/openapi.json is out of date; run UPDATE_OPENAPI=1 cargo test -p expocx-server --test api openapi::"
    );
}

#[test]
fn document_is_openapi_3_1_and_describes_every_endpoint() {
    let doc: serde_json::Value =
        serde_json::from_str(&expocx_server::openapi::document_json()).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    assert_eq!(doc["servers"][0]["url"], "/api/v1");
    for path in [
        "/health",
        "/auth/register",
        "/auth/login",
        "/auth/logout",
        "/auth/me",
        "/expo",
        "/halls",
        "/categories",
        "/exhibitors",
        "/exhibitors/{id}",
        "/products",
        "/products/{id}",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing");
    }
    assert!(doc["components"]["schemas"].get("Problem").is_some());
    assert!(doc["components"]["securitySchemes"].get("bearer").is_some());
}

/// In process (a socket adds nothing here): the document a running server publishes is the one
/// generated from the code, which the test above keeps equal to the committed file.
#[tokio::test]
async fn the_server_publishes_the_document_at_api_openapi_json() {
    let dir = tempfile::tempdir().unwrap();
    let app = expocx_server::build(&config(&dir, Options::default())).unwrap();
    let request = Request::get("/api/openapi.json").body(Body::empty());
    let r = app.oneshot(request.unwrap()).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()[header::CONTENT_TYPE], "application/json");
    let served = to_bytes(r.into_body(), usize::MAX).await.unwrap();
    assert_eq!(served, expocx_server::openapi::document_json().as_bytes());
}
