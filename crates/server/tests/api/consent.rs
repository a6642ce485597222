//! Consent, receipts, consent-checked events, export and erasure, over real HTTP and SQLite.

use crate::common::{client, problem, start, TestServer};
use expocx_contract::{
    ConsentPolicy, ConsentReceipt, ConsentState, DataExport, DeletionReceipt, ErrorCode, Session,
};
use expocx_server::db::personal_data::PERSONAL_TABLES;
use reqwest::StatusCode;
use serde_json::json;

async fn policy_version(s: &TestServer) -> u32 {
    let p: ConsentPolicy = client()
        .get(s.url("/api/v1/consent/policy"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    p.version
}

fn event_body(device: &str) -> serde_json::Value {
    json!({"device_id": device, "events": [{"name": "product_viewed", "product_id": 3, "at": "2026-12-03T02:00:00Z"}]})
}

async fn register(s: &TestServer, email: &str, name: &str) -> Session {
    client()
        .post(s.url("/api/v1/auth/register"))
        .json(&json!({"email": email, "password": "privacy-pass-1", "display_name": name}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn policy_lists_separate_localized_purposes_with_retention() {
    let s = start().await;
    let p: ConsentPolicy = client()
        .get(s.url("/api/v1/consent/policy"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ids: Vec<&str> = p.purposes.iter().map(|p| p.id.as_str()).collect();
    for id in [
        "necessary",
        "personalization",
        "analytics",
        "marketing_sms",
        "marketing_email",
        "marketing_wechat",
        "share_with_exhibitors",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
    let necessary = &p.purposes[0];
    assert!(necessary.required);
    assert!(p.purposes.iter().filter(|p| p.required).count() == 1);
    assert!(p.purposes.iter().all(|p| p.retention_days > 0
        && !p.title.zh_hant.is_empty()
        && !p.data_categories.is_empty()));
    assert!(!p.changes.en.is_empty());
}

#[tokio::test]
async fn events_are_refused_and_not_stored_without_analytics_consent() {
    let s = start().await;
    let device = s.device().await;
    let c = client();
    let version = policy_version(&s).await;
    // Nothing answered yet.
    let r = c
        .post(s.url("/api/v1/events"))
        .json(&event_body(&device))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(problem(r).await.code, ErrorCode::ConsentRequired);

    // Rejected all.
    let state: ConsentState = c.put(s.url("/api/v1/consent"))
        .json(&json!({"policy_version": version, "channel": "prompt", "device_id": device, "decisions": [
            {"purpose": "analytics", "granted": false}, {"purpose": "personalization", "granted": false}]}))
        .send().await.unwrap().json().await.unwrap();
    assert_eq!(state.answered_version, Some(version));
    assert!(!state.allows("analytics"));
    assert!(state.allows("necessary"), "strictly necessary is always on");
    let r = c
        .post(s.url("/api/v1/events"))
        .json(&event_body(&device))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // Granted: stored.
    c.put(s.url("/api/v1/consent"))
        .json(&json!({"policy_version": version, "channel": "privacy_center", "device_id": device, "decisions": [{"purpose": "analytics", "granted": true}]}))
        .send().await.unwrap();
    let r = c
        .post(s.url("/api/v1/events"))
        .json(&event_body(&device))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);

    // Withdrawn: refused again at once.
    c.put(s.url("/api/v1/consent"))
        .json(&json!({"policy_version": version, "channel": "privacy_center", "device_id": device, "decisions": [{"purpose": "analytics", "granted": false}]}))
        .send().await.unwrap();
    let r = c
        .post(s.url("/api/v1/events"))
        .json(&event_body(&device))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let stored: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM analytics_events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 1, "only the event sent while consent was granted");

    // Every change is a receipt: the first answer covers every purpose, then one per change.
    let receipts: Vec<ConsentReceipt> = c
        .get(s.url(&format!("/api/v1/consent/receipts?device_id={device}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let analytics: Vec<bool> = receipts
        .iter()
        .rev()
        .filter(|r| r.purpose == "analytics")
        .map(|r| r.granted)
        .collect();
    assert_eq!(analytics, vec![false, true, false]);
    assert!(receipts
        .iter()
        .all(|r| r.id.starts_with("CR-") && r.policy_version == version));
}

#[tokio::test]
async fn a_decision_under_an_old_policy_is_refused_and_a_new_policy_reasks() {
    let s = start().await;
    let device = s.device().await;
    let c = client();
    let v = policy_version(&s).await;
    let r = c.put(s.url("/api/v1/consent"))
        .json(&json!({"policy_version": v - 1, "channel": "prompt", "device_id": device, "decisions": []}))
        .send().await.unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(problem(r).await.code, ErrorCode::PolicyOutdated);

    c.put(s.url("/api/v1/consent"))
        .json(&json!({"policy_version": v, "channel": "prompt", "device_id": device, "decisions": [{"purpose": "analytics", "granted": true}]}))
        .send().await.unwrap();
    // The organizer publishes a new version: the old answer no longer allows anything.
    s.db().execute("INSERT INTO consent_policy (version, published_on, changes_json) VALUES (?, '2026-12-01', '{\"zh-Hans\":\"x\",\"zh-Hant\":\"x\",\"en\":\"x\"}')", [v + 1]).unwrap();
    let state: ConsentState = c
        .get(s.url(&format!("/api/v1/consent?device_id={device}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state.policy_version, v + 1);
    assert_eq!(state.answered_version, Some(v));
    assert!(!state.allows("analytics"));
    let r = c
        .post(s.url("/api/v1/events"))
        .json(&event_body(&device))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn required_purposes_cannot_be_refused_and_unknown_ones_are_rejected() {
    let s = start().await;
    let device = s.device().await;
    let v = policy_version(&s).await;
    for decisions in [
        json!([{"purpose": "necessary", "granted": false}]),
        json!([{"purpose": "selling_data", "granted": true}]),
    ] {
        let r = client().put(s.url("/api/v1/consent"))
            .json(&json!({"policy_version": v, "channel": "prompt", "device_id": device, "decisions": decisions}))
            .send().await.unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let r = client()
        .put(s.url("/api/v1/consent"))
        .json(&json!({"policy_version": v, "channel": "prompt", "decisions": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "anonymous needs a device id"
    );
}

#[tokio::test]
async fn export_holds_the_account_and_its_consents_but_no_secrets() {
    let s = start().await;
    let device = s.device().await;
    let c = client();
    let session = register(&s, "export@example.cn", "Export Person").await;
    let v = policy_version(&s).await;
    c.put(s.url("/api/v1/consent")).bearer_auth(&session.token)
        .json(&json!({"policy_version": v, "channel": "prompt", "device_id": device, "decisions": [{"purpose": "analytics", "granted": true}]}))
        .send().await.unwrap();
    c.post(s.url("/api/v1/events"))
        .bearer_auth(&session.token)
        .json(&event_body(&device))
        .send()
        .await
        .unwrap();
    let export: DataExport = c
        .get(s.url(&format!("/api/v1/me/export?device_id={device}")))
        .bearer_auth(&session.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let text = serde_json::to_string(&export).unwrap();
    assert_eq!(export.sections["account"][0]["email"], "export@example.cn");
    assert!(
        export.sections["consent_receipts"]
            .as_array()
            .unwrap()
            .len()
            >= 7
    );
    assert_eq!(
        export.sections["analytics_events"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(!text.contains("$argon2"), "no password hash");
    assert!(!text.contains("token_hash"));
    let r = c.get(s.url("/api/v1/me/export")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

/// Every text value of every table, for searching what is left after erasure.
fn all_text(conn: &rusqlite::Connection) -> String {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..n {
                if let Ok(rusqlite::types::ValueRef::Text(v)) = row.get_ref(i) {
                    out.push_str(&String::from_utf8_lossy(v));
                    out.push('\n');
                }
            }
        }
    }
    out
}

#[tokio::test]
async fn erasure_leaves_nothing_that_identifies_the_person_and_ends_every_session() {
    let s = start().await;
    let device = s.device().await;
    let c = client();
    let session = register(&s, "erase.me@example.cn", "Zhang Erasable").await;
    let other = register(&s, "keep.me@example.cn", "Keep Person").await;
    let v = policy_version(&s).await;
    c.put(s.url("/api/v1/consent")).bearer_auth(&session.token)
        .json(&json!({"policy_version": v, "channel": "prompt", "device_id": device, "decisions": [{"purpose": "analytics", "granted": true}]}))
        .send().await.unwrap();
    c.post(s.url("/api/v1/events"))
        .bearer_auth(&session.token)
        .json(&event_body(&device))
        .send()
        .await
        .unwrap();
    // A cart, an interest profile and a delivered order with the person's name and phone.
    c.put(s.url("/api/v1/consent")).bearer_auth(&session.token)
        .json(&json!({"policy_version": v, "channel": "prompt", "decisions": [{"purpose": "personalization", "granted": true}]}))
        .send().await.unwrap();
    let r = c
        .put(s.url("/api/v1/me/interests"))
        .bearer_auth(&session.token)
        .json(&json!({"updated_at_ms": 0, "categories": {"1": 2.0}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let (pid, price, ex): (i64, i64, i64) = s.db().query_row(
        "SELECT id, price_minor, exhibitor_id FROM products WHERE options_json = '[]' AND stock > 2 LIMIT 1",
        [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    let r = c.post(s.url("/api/v1/orders")).bearer_auth(&session.token)
        .header("Idempotency-Key", "erase-order")
        .json(&json!({"cart": {"lines": [{"product_id": pid, "quantity": 1}]},
            "fulfilment": [{"method": "delivery", "exhibitor_id": ex}],
            "address": {"name": "Zhang Erasable", "phone": "13912345678", "region": "上海市", "street": "Erasable Road 9"},
            "expected_total_minor": price}))
        .send().await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    c.put(s.url("/api/v1/cart"))
        .bearer_auth(&session.token)
        .json(&json!({"lines": [{"product_id": pid, "quantity": 1}]}))
        .send()
        .await
        .unwrap();
    assert!(all_text(&s.db()).contains("erase.me@example.cn"));
    assert!(all_text(&s.db()).contains("13912345678"));

    // A wrong confirmation deletes nothing.
    let r = c
        .delete(s.url("/api/v1/me"))
        .bearer_auth(&session.token)
        .json(&json!({"confirm_email": "someone@else.cn"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let receipt: DeletionReceipt = c
        .delete(s.url("/api/v1/me"))
        .bearer_auth(&session.token)
        .json(&json!({"confirm_email": "Erase.Me@example.cn", "password": "privacy-pass-1", "device_id": device}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(receipt.receipt_id.starts_with("DEL-"));
    assert_eq!(receipt.removed["account"], 1);
    assert!(receipt.removed["consent_receipts"] >= 7);

    let left = all_text(&s.db());
    // The order stays for the books, without the person.
    let orphaned: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM orders WHERE user_id IS NULL AND address_json IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphaned, 1);
    assert_eq!(receipt.anonymized["orders"], 1);
    for needle in [
        "erase.me@example.cn",
        "Zhang Erasable",
        "13912345678",
        "Erasable Road",
        device.as_str(),
    ] {
        assert!(
            !left.to_lowercase().contains(&needle.to_lowercase()),
            "{needle} still in the database"
        );
    }
    assert!(
        left.contains("keep.me@example.cn"),
        "other people are untouched"
    );
    let r = c
        .get(s.url("/api/v1/auth/me"))
        .bearer_auth(&session.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = c
        .post(s.url("/api/v1/auth/login"))
        .json(&json!({"email": "erase.me@example.cn", "password": "privacy-pass-1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = c
        .get(s.url("/api/v1/auth/me"))
        .bearer_auth(&other.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

#[test]
fn every_table_that_links_to_a_person_is_in_the_personal_data_registry() {
    let dir = tempfile::tempdir().unwrap();
    let db = expocx_server::db::Db::open(&dir.path().join("t.db")).unwrap();
    db.with(|c| {
        let tables: Vec<String> = c
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for t in tables {
            let cols: Vec<String> = c
                .prepare(&format!("PRAGMA table_info(\"{t}\")"))
                .unwrap()
                .query_map([], |r| r.get(1))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            let personal = t == "users"
                || cols
                    .iter()
                    .any(|c| c.ends_with("user_id") || c == "device_id" || c == "email");
            if personal {
                assert!(
                    PERSONAL_TABLES.iter().any(|p| p.table == t),
                    "table {t} holds personal data but is not in PERSONAL_TABLES"
                );
            }
            // Every column naming an account (the member's, or the staff member who acted) is
            // walked by export and erasure.
            for c in cols.iter().filter(|c| c.ends_with("user_id")) {
                assert!(
                    PERSONAL_TABLES
                        .iter()
                        .any(|p| p.table == t && p.user_column == c),
                    "column {t}.{c} names an account but is not in PERSONAL_TABLES"
                );
            }
        }
    });
}
