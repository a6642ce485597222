//! The member's badge over real HTTP and SQLite: booth staff scanning it learn the tier, and
//! name and contact details only with the visitor's consent to share them; a renewed code makes
//! the old one useless; only exhibitor accounts scan.

use crate::common::start;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use expocx_contract::leads::BadgeKey;
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
    // A pseudonymous id and its signature: no name, phone or member id in clear.
    assert!(badge.code.starts_with("EXPOCX:BADGE:") && badge.code.len() == 45 + 1 + 86);
    assert!(!badge.code.contains("Ada") && !badge.code.contains("138"));
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
            &json!({"code": "x".repeat(161)}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let theirs: Badge = bob.ok("/api/v1/me/badge").await;
    assert_ne!(theirs.code, badge.code);
}

#[tokio::test]
async fn a_code_whose_signature_is_not_the_servers_is_refused_and_the_key_is_published() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    let ada = s.visitor("signed@example.cn").await;
    let badge: Badge = ada.ok("/api/v1/me/badge").await;
    let key: BadgeKey = tea.ok("/api/v1/exhibitor/badge-key").await;
    assert_eq!(key.alg, "ES256");
    let public = URL_SAFE_NO_PAD.decode(&key.public_key).unwrap();
    assert_eq!(
        expocx_server::badge_sign::verify(&public, &badge.code),
        badge.code.rsplit_once('.').map(|(id, _)| id),
        "the published key verifies the member's code, as a booth phone does offline"
    );
    let again: BadgeKey = tea.ok("/api/v1/exhibitor/badge-key").await;
    assert_eq!(again, key, "one key");
    let (id, _) = badge.code.rsplit_once('.').unwrap();
    // A QR printed by someone else with their own key, the id alone, and a typo in the id.
    let (foreign, _) = expocx_server::badge_sign::generate();
    let mut typo = badge.code.clone().into_bytes();
    typo[14] = if typo[14] == b'a' { b'b' } else { b'a' };
    for code in [
        expocx_server::badge_sign::sign(&foreign, id),
        id.to_string(),
        String::from_utf8(typo).unwrap(),
    ] {
        let r = tea
            .post("/api/v1/exhibitor/badge-scans", &json!({"code": code}))
            .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{code}");
    }
    let r = tea
        .post(
            "/api/v1/exhibitor/badge-scans",
            &json!({"code": badge.code}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    // A renewed badge's old code is refused, though its signature is genuine.
    let r = ada.post("/api/v1/me/badge", &json!({})).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = tea
        .post(
            "/api/v1/exhibitor/badge-scans",
            &json!({"code": badge.code}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = ada.get("/api/v1/exhibitor/badge-key").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
