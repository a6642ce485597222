//! The team's audit trail (issue 33): exports (filters, never a search's words, and the row
//! count), price changes, each with its actor, for its own team only; and an erased member who
//! leaves the team as "a former member".

use crate::common::start;
use crate::team::{accept, audit, invite, token};
use expocx_contract::{AuditAction, StaffRole, Team};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn the_audit_trail_records_exports_and_price_changes_for_its_own_team_only() {
    let s = start().await;
    let (owner, _) = s.staff("tea").await;
    let (manager, _) = s.staff("tea-manager").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let r = manager
        .get("/api/v1/exhibitor/orders/export?q=%E5%BC%A0")
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = manager
        .get("/api/v1/exhibitor/orders/export?status=paid")
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let csv = r.text().await.unwrap();
    let rows = csv.lines().count() as u64 - 1;
    // A price change: the product's version, then the change.
    let products: serde_json::Value = manager.ok("/api/v1/exhibitor/products?limit=1").await;
    let id = products["items"][0]["id"].as_i64().unwrap();
    let r = manager
        .get(&format!("/api/v1/exhibitor/products/{id}"))
        .await;
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    let product: serde_json::Value = r.json().await.unwrap();
    let price = product["price"]["amount_minor"].as_i64().unwrap();
    let r = manager
        .request(Method::PATCH, &format!("/api/v1/exhibitor/products/{id}"))
        .header("if-match", etag)
        .json(&json!({"price_minor": price + 100}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let events = audit(&owner).await;
    let export = events
        .iter()
        .find(|e| e.action == AuditAction::OrdersExported)
        .unwrap();
    assert_eq!(export.rows, Some(rows), "the count of rows it held");
    assert_eq!(export.filters.as_deref(), Some("status=paid"));
    let searched = events
        .iter()
        .filter(|e| e.action == AuditAction::OrdersExported)
        .nth(1)
        .unwrap();
    assert_eq!(
        searched.filters.as_deref(),
        Some("q=redacted"),
        "a search, never its words"
    );
    assert!(export.actor.is_some());
    let change = events
        .iter()
        .find(|e| e.action == AuditAction::PriceChanged)
        .unwrap();
    assert_eq!(change.from, Some(price.to_string()));
    assert_eq!(change.to, Some((price + 100).to_string()));
    // The manager reads it too; another exhibitor sees none of it.
    let by_manager = audit(&manager).await;
    assert_eq!(by_manager.len(), events.len());
    let theirs = audit(&ceramics).await;
    assert!(theirs
        .iter()
        .all(|e| e.action != AuditAction::OrdersExported && e.action != AuditAction::PriceChanged));
}

#[tokio::test]
async fn a_member_who_erases_their_account_leaves_the_team_as_a_former_member() {
    let s = start().await;
    let (owner, _) = s.staff("tea").await;
    let created = invite(&owner, "booth", None).await;
    let colleague = s.visitor("erase-me@example.test").await;
    let r = accept(&colleague, &token(&created)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = colleague
        .delete(
            "/api/v1/me",
            &json!({"confirm_email": "erase-me@example.test", "password": crate::common::PASSWORD}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let team: Team = owner.ok("/api/v1/exhibitor/team").await;
    assert!(team
        .members
        .iter()
        .all(|m| m.email != "erase-me@example.test"));
    // The trail says a member left, and no longer who.
    let left = audit(&owner).await.into_iter().next().unwrap();
    assert_eq!(left.action, AuditAction::MemberRemoved);
    assert_eq!((left.actor, left.target), (None, None));
    assert_eq!(left.role, Some(StaffRole::Booth));
}
