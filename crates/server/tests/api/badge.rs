//! The member's badge over real HTTP and SQLite: booth staff scanning it learn the tier, and
//! name and contact details only with the visitor's consent to share them; a renewed code makes
//! the old one useless; only exhibitor accounts scan.

use crate::common::start;
use expocx_contract::{Badge, ScannedVisitor, Tier};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn a_scan_shows_contact_details_only_with_consent() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let ada = s.visitor("ada@example.cn").await;
    ada.put(
        "/api/v1/me/profile",
        &json!({"display_name": "Ada", "phone": "13800000000", "company": "Tea Co."}),
    )
    .await;
    let badge: Badge = ada.ok("/api/v1/me/badge").await;
    assert!(badge.code.starts_with("EXPOCX:BADGE:") && badge.code.len() == 45);
    assert!(!badge.shares_contact);
    let again: Badge = ada.ok("/api/v1/me/badge").await;
    assert_eq!(again.code, badge.code, "the same code on every device");

    let scan = |code: String| {
        let tea = tea.clone();
        async move {
            tea.post("/api/v1/exhibitor/badge-scans", &json!({"code": code}))
                .await
        }
    };
    let r = scan(badge.code.clone()).await;
    assert_eq!(r.status(), StatusCode::OK);
    let text = r.text().await.unwrap();
    assert!(
        !text.contains("Ada") && !text.contains("ada@example.cn") && !text.contains("138"),
        "{text}"
    );
    let seen: ScannedVisitor = serde_json::from_str(&text).unwrap();
    assert_eq!((seen.tier, seen.shares_contact), (Tier::Member, false));

    // The one switch for all exhibitors is not enough: sharing is decided per exhibitor.
    ada.consent(None, &[("share_with_exhibitors", true)]).await;
    let seen: ScannedVisitor = scan(badge.code.clone()).await.json().await.unwrap();
    assert!(!seen.shares_contact);
    let share = |yes: bool| {
        let ada = ada.clone();
        async move {
            let path = format!("/api/v1/me/contact-shares/{tea_id}");
            let r = ada
                .put(&path, &json!({"share": yes, "channel": "privacy_center"}))
                .await;
            assert_eq!(r.status(), StatusCode::OK);
        }
    };
    share(true).await;
    let seen: ScannedVisitor = scan(badge.code.clone()).await.json().await.unwrap();
    assert!(seen.shares_contact);
    assert_eq!(seen.email.as_deref(), Some("ada@example.cn"));
    let contact = seen.contact.unwrap();
    assert_eq!(
        (contact.display_name.as_str(), contact.company.as_str()),
        ("Ada", "Tea Co.")
    );

    // Withdrawn: the next scan shows the tier only again.
    share(false).await;
    let seen: ScannedVisitor = scan(badge.code.clone()).await.json().await.unwrap();
    assert_eq!((seen.contact, seen.email), (None, None));

    let r = ada.post("/api/v1/me/badge", &json!({})).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let renewed: Badge = r.json().await.unwrap();
    assert_ne!(renewed.code, badge.code);
    assert_eq!(
        scan(badge.code.clone()).await.status(),
        StatusCode::NOT_FOUND,
        "the old code is dead"
    );
    assert_eq!(scan(renewed.code.clone()).await.status(), StatusCode::OK);

    let export: Value = ada.ok("/api/v1/me/export").await;
    assert_eq!(
        export["sections"]["badge_scans"].as_array().unwrap().len(),
        5,
        "the visitor sees who scanned"
    );
}

#[tokio::test]
async fn only_exhibitor_staff_scan_and_only_real_codes_answer() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    let ada = s.visitor("ada@example.cn").await;
    let bob = s.visitor("bob@example.cn").await;
    let badge: Badge = ada.ok("/api/v1/me/badge").await;
    let body = json!({"code": badge.code});
    let r = bob.post("/api/v1/exhibitor/badge-scans", &body).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = s.anon().post("/api/v1/exhibitor/badge-scans", &body).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = tea
        .post(
            "/api/v1/exhibitor/badge-scans",
            &json!({"code": "EXPOCX:BADGE:0000"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = tea
        .post(
            "/api/v1/exhibitor/badge-scans",
            &json!({"code": "x".repeat(65)}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let theirs: Badge = bob.ok("/api/v1/me/badge").await;
    assert_ne!(theirs.code, badge.code);
}
