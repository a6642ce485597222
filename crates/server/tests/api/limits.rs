//! Bounded inputs (422 with field errors, nothing stored) and rate limits (429 with
//! `Retry-After`), over real HTTP and SQLite.

use crate::common;
use crate::common::{problem, start, TestServer};
use expocx_contract::{ErrorCode, FieldErrorCode, MAX_CART_LINES};
use reqwest::{header, StatusCode};
use serde_json::{json, Value};

fn count(s: &TestServer, sql: &str) -> i64 {
    s.db().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn wrong_passwords_for_one_account_are_slowed_down_and_a_success_resets_them() {
    let s = start().await;
    let anon = s.anon();
    s.visitor("guess@example.cn").await;
    for i in 0..10 {
        let r = anon.login("guess@example.cn", "wrong-password").await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    let r = anon.login("GUESS@example.cn", "wrong-password").await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = r.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&wait), "{wait}");
    let p = problem(r).await;
    assert_eq!(
        (p.code, p.retry_after),
        (ErrorCode::RateLimited, Some(wait))
    );
    // Even the right password waits: guessing must not pay.
    let r = anon.login("guess@example.cn", common::PASSWORD).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    // Another account is not locked by this one.
    let r = anon
        .login("visitor@demo.expocx.test", "visit-expo-2026")
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn sign_ups_per_client_are_limited() {
    let s = start().await;
    // A hall's entrance: a crowd's minute of sign-ups from one address all go through…
    for i in 0..120 {
        s.anon().register(&format!("bulk{i}@example.cn")).await;
    }
    // …and a script hammering it from that address is stopped, nothing stored.
    let r = s
        .anon()
        .post("/api/v1/auth/register", &json!({"email": "bulk121@example.cn", "password": common::PASSWORD, "display_name": "B"}))
        .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().contains_key("retry-after"));
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM users WHERE email = 'bulk121@example.cn'"
        ),
        0
    );
}

#[tokio::test]
async fn coupon_codes_tried_per_client_are_limited() {
    let s = start().await;
    // An account may guess only a few codes, though its address has room for a crowd.
    let member = s.visitor("guesser@example.cn").await;
    assert_eq!(first_refused(&member, 100).await, Some(60));
    // One address: a crowd's worth of quotes with a code, then it is stopped.
    let anon = s.anon();
    assert_eq!(first_refused(&anon, 1_300).await, Some(1_200 - 60));
    // A cart without a coupon is still priced.
    assert_eq!(
        anon.post("/api/v1/cart/quote", &json!({"lines": []}))
            .await
            .status(),
        StatusCode::OK
    );
}

/// Quotes naming a new coupon code each time; the attempt that was refused first.
async fn first_refused(api: &common::Api, tries: u32) -> Option<u32> {
    for i in 0..tries {
        let r = api
            .post(
                "/api/v1/cart/quote",
                &json!({"lines": [], "coupon": format!("GUESS{i}")}),
            )
            .await;
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            return Some(i);
        }
        assert_eq!(r.status(), StatusCode::OK);
    }
    None
}

#[tokio::test]
async fn repeated_consent_decisions_are_refused_and_nothing_is_recorded() {
    let s = start().await;
    let visitor = s.visitor("dupes@example.cn").await;
    let policy: Value = visitor.ok("/api/v1/consent/policy").await;
    let decisions: Vec<Value> = (0..5000)
        .map(|_| json!({"purpose": "analytics", "granted": true}))
        .collect();
    let r = visitor
        .put("/api/v1/consent", &json!({"policy_version": policy["version"], "channel": "prompt", "decisions": decisions}))
        .await;
    let p = problem(r).await;
    assert_eq!(p.errors[0].code, FieldErrorCode::Duplicate);
    let theirs = "SELECT COUNT(*) FROM consent_receipts r JOIN users u ON u.id = r.user_id
                  WHERE u.email = 'dupes@example.cn'";
    assert_eq!(count(&s, theirs), 0);
}

/// Distinct products without options, as cart lines.
fn lines(s: &TestServer, n: usize) -> Vec<Value> {
    let ids: Vec<i64> = s
        .db()
        .prepare("SELECT id FROM products WHERE options_json = '[]' ORDER BY id LIMIT ?")
        .unwrap()
        .query_map([n as i64], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(ids.len(), n, "demo catalog too small");
    ids.iter()
        .map(|id| json!({"product_id": id, "quantity": 1}))
        .collect()
}

#[tokio::test]
async fn a_merged_cart_stays_within_its_line_cap_and_holds_only_real_products() {
    let s = start().await;
    let visitor = s.visitor("hoarder@example.cn").await;
    let all = lines(&s, MAX_CART_LINES + 1);
    let r = visitor
        .put("/api/v1/cart", &json!({"lines": all[..60]}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    // Each request within the cap, together over it: refused, the stored cart unchanged.
    let r = visitor
        .post("/api/v1/cart/merge", &json!({"lines": all[60..]}))
        .await;
    let p = problem(r).await;
    assert_eq!(
        (p.errors[0].field.as_str(), p.errors[0].limit),
        ("lines", Some(MAX_CART_LINES as i64))
    );
    assert_eq!(count(&s, "SELECT COUNT(*) FROM cart_lines"), 60);
    let r = visitor
        .post(
            "/api/v1/cart/merge",
            &json!({"lines": [{"product_id": 987654321, "quantity": 1}]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM cart_lines WHERE product_id = 987654321"
        ),
        0
    );
}

#[tokio::test]
async fn an_order_takes_at_most_one_fulfilment_per_line() {
    let s = start().await;
    let visitor = s.visitor("many@example.cn").await;
    let fulfilment: Vec<Value> = (1..=500)
        .map(|e| json!({"method": "delivery", "exhibitor_id": e}))
        .collect();
    let r = visitor
        .post_keyed("/api/v1/orders", "f1", &json!({"cart": {"lines": lines(&s, 1)}, "fulfilment": fulfilment, "expected_total_minor": 0}))
        .await;
    let p = problem(r).await;
    assert_eq!(
        (p.errors[0].field.as_str(), p.errors[0].code),
        ("fulfilment", FieldErrorCode::TooLong)
    );
    assert_eq!(count(&s, "SELECT COUNT(*) FROM orders"), 0);
}
