//! The document says who may call each operation (`security` and `x-expocx-caller`); the server
//! enforces exactly that. Every operation is called without a token, with a dead token, and (for
//! the staff's) as a visitor: a declared bearer requirement answers `401`, a public operation
//! never does, and staff operations refuse a visitor with `403`.

use crate::common::{start, Api};
use expocx_server::openapi::{document_json, Caller, BASE, OPERATIONS};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// The operation's path with each `{param}` filled in.
fn concrete(path: &str) -> String {
    path.split('/')
        .map(|seg| match seg {
            "{id}" => "1",
            s if s.starts_with('{') => "x",
            s => s,
        })
        .collect::<Vec<_>>()
        .join("/")
}

async fn call(api: &Api, method: &str, path: &str) -> StatusCode {
    let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
    let mut request = api.request(method.clone(), &format!("{BASE}{}", concrete(path)));
    if method != Method::GET {
        request = request.json(&json!({}));
    }
    request.send().await.unwrap().status()
}

#[tokio::test]
async fn every_operation_declares_the_caller_the_server_enforces() {
    let doc: Value = serde_json::from_str(&document_json()).unwrap();
    let s = start().await;
    let dead = s
        .anon()
        .with_token("0000000000000000000000000000000000000000000000000000000000000000");
    let visitor = s.visitor("callers@example.test").await;
    let mut seen = 0;
    for (method, path, id, _, caller) in OPERATIONS {
        let op = &doc["paths"][path][method];
        assert_eq!(op["operationId"], *id, "{method} {path}");
        assert_eq!(op["x-expocx-caller"], caller.name(), "{id}");
        let bearer = op["security"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r.get("bearer").is_some());
        let open = op["security"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == &json!({}));
        let anonymous = call(&s.anon(), method, path).await;
        let expired = call(&dead, method, path).await;
        match caller {
            Caller::Visitor | Caller::Staff => {
                assert!(bearer && !open, "{id}: declares the bearer token only");
                assert_eq!(anonymous, StatusCode::UNAUTHORIZED, "{id} without a token");
                assert_eq!(expired, StatusCode::UNAUTHORIZED, "{id} with a dead token");
            }
            Caller::AnyoneOrVisitor => {
                assert!(bearer && open, "{id}: declares the token as optional");
                assert_ne!(anonymous, StatusCode::UNAUTHORIZED, "{id} without a token");
                assert_eq!(expired, StatusCode::UNAUTHORIZED, "{id} with a dead token");
            }
            Caller::Anyone | Caller::Provider => {
                assert!(!bearer, "{id}: declares no token");
                assert_ne!(anonymous, StatusCode::UNAUTHORIZED, "{id} without a token");
            }
        }
        if *caller == Caller::Staff {
            assert_eq!(
                call(&visitor, method, path).await,
                StatusCode::FORBIDDEN,
                "{id} as a visitor"
            );
        }
        seen += 1;
    }
    let documented: usize = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|i| i.as_object().unwrap().len())
        .sum();
    assert_eq!(
        seen, documented,
        "every documented operation is in the table"
    );
}

#[test]
fn operation_ids_are_unique_and_every_operation_has_a_summary() {
    let doc: Value = serde_json::from_str(&document_json()).unwrap();
    let mut ids = std::collections::HashSet::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let id = op["operationId"].as_str().unwrap();
            assert!(ids.insert(id.to_string()), "{id} used twice");
            assert!(
                !op["summary"].as_str().unwrap_or_default().is_empty(),
                "{id} has no summary"
            );
            assert!(op.get("security").is_some(), "{id} declares no security");
        }
    }
}
