//! Export and erasure of a person's data, and the registry of the tables that hold it, over real
//! HTTP and SQLite.

use crate::common::{answer, start, PASSWORD};
use expocx_contract::{DataExport, DeletionReceipt};
use expocx_server::db::personal_data::PERSONAL_TABLES;
use reqwest::StatusCode;
use serde_json::json;

use crate::consent::{event_body, policy_version, prompt, CONSENT, EVENTS};

#[tokio::test]
async fn export_holds_the_account_and_its_consents_but_no_secrets() {
    let s = start().await;
    let device = s.device().await;
    let person = s.visitor_named("export@example.cn", "Export Person").await;
    let v = policy_version(&person).await;
    let analytics = json!([{"purpose": "analytics", "granted": true}]);
    person
        .put(CONSENT, &prompt(v, Some(&device), analytics))
        .await;
    person.post(EVENTS, &event_body(&device)).await;
    let export: DataExport = person
        .ok(&format!("/api/v1/me/export?device_id={device}"))
        .await;
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
    let r = s.anon().get("/api/v1/me/export").await;
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
    let person = s
        .visitor_named("erase.me@example.cn", "Zhang Erasable")
        .await;
    let other = s.visitor_named("keep.me@example.cn", "Keep Person").await;
    let v = policy_version(&person).await;
    let analytics = json!([{"purpose": "analytics", "granted": true}]);
    person
        .put(CONSENT, &prompt(v, Some(&device), analytics))
        .await;
    person.post(EVENTS, &event_body(&device)).await;
    // A cart, an interest profile and a delivered order with the person's name and phone.
    let personalization = json!([{"purpose": "personalization", "granted": true}]);
    person.put(CONSENT, &prompt(v, None, personalization)).await;
    let r = person
        .put(
            "/api/v1/me/interests",
            &json!({"updated_at_ms": 0, "categories": {"1": 2.0}}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let (pid, price, ex): (i64, i64, i64) = s.db().query_row(
        "SELECT id, price_minor, exhibitor_id FROM products WHERE options_json = '[]' AND stock > 2 LIMIT 1",
        [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    let order = json!({"cart": {"lines": [{"product_id": pid, "quantity": 1}]},
        "fulfilment": [{"method": "delivery", "exhibitor_id": ex}],
        "address": {"name": "Zhang Erasable", "phone": "13912345678", "region": "上海市", "street": "Erasable Road 9"},
        "expected_total_minor": price});
    let r = person
        .post_keyed("/api/v1/orders", "erase-order", &order)
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    person
        .put(
            "/api/v1/cart",
            &json!({"lines": [{"product_id": pid, "quantity": 1}]}),
        )
        .await;
    assert!(all_text(&s.db()).contains("erase.me@example.cn"));
    assert!(all_text(&s.db()).contains("13912345678"));

    // A wrong confirmation deletes nothing.
    let r = person
        .delete("/api/v1/me", &json!({"confirm_email": "someone@else.cn"}))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let r = person
        .delete(
            "/api/v1/me",
            &json!({"confirm_email": "Erase.Me@example.cn", "password": PASSWORD, "device_id": device}),
        )
        .await;
    let receipt: DeletionReceipt = answer(r, StatusCode::OK).await;
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
    let me = "/api/v1/auth/me";
    assert_eq!(person.get(me).await.status(), StatusCode::UNAUTHORIZED);
    let r = s.anon().login("erase.me@example.cn", PASSWORD).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(other.get(me).await.status(), StatusCode::OK);
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
