//! The security findings of the reference backend, each proven closed over real HTTP and SQLite:
//! device keys, who may complete a payment, unpaid orders that expire, registration replays,
//! browser hardening headers and start-up refusals. (Input bounds and rate limits: `limits.rs`.)

use crate::common;
use crate::common::{answer, problem, start, start_opts, Api, Options, TestServer, PASSWORD};
use expocx_contract::{ConsentReceipt, ConsentState, ErrorCode, Order, OrderStatus};
use expocx_server::rules::orders::OrderRules;
use reqwest::{header, StatusCode};
use serde_json::{json, Value};

fn receipts_of(s: &TestServer, user_id: i64) -> i64 {
    s.db()
        .query_row(
            "SELECT COUNT(*) FROM consent_receipts WHERE user_id = ?",
            [user_id],
            |r| r.get(0),
        )
        .unwrap()
}

async fn user_id(api: &Api) -> i64 {
    api.ok::<Value>("/api/v1/auth/me").await["id"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn on_a_shared_browser_one_account_never_reaches_another_through_the_device_key() {
    let s = start().await;
    let device = s.device().await;
    // A decides on the shared phone, signed in.
    let a = s.visitor("a@shared.cn").await;
    assert_eq!(
        a.consent(Some(&device), &[("analytics", true)])
            .await
            .status(),
        StatusCode::OK
    );
    let a_id = user_id(&a).await;
    let a_receipts = receipts_of(&s, a_id);
    assert!(a_receipts > 0);
    // Anonymous, with the same key: A's account decisions are not the device's.
    let anon: ConsentState = s
        .anon()
        .ok(&format!("/api/v1/consent?device_id={device}"))
        .await;
    assert_eq!(
        anon.answered_version, None,
        "account choices leaked to the device"
    );
    let listed: Vec<ConsentReceipt> = s
        .anon()
        .ok(&format!("/api/v1/consent/receipts?device_id={device}"))
        .await;
    assert!(listed.is_empty());
    // B signs in on the same phone, exports and erases with that key: A keeps everything.
    let b = s.visitor("b@shared.cn").await;
    let export: Value = b.ok(&format!("/api/v1/me/export?device_id={device}")).await;
    assert!(export["sections"]["consent_receipts"]
        .as_array()
        .unwrap()
        .is_empty());
    let r = b
        .delete(
            "/api/v1/me",
            &json!({"confirm_email": "b@shared.cn", "password": PASSWORD, "device_id": device}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        receipts_of(&s, a_id),
        a_receipts,
        "B's erasure touched A's receipts"
    );
    let a_state: ConsentState = a.ok("/api/v1/consent").await;
    assert!(a_state.allows("analytics"));
    // The erased device key opens nothing any more.
    let r = s
        .anon()
        .get(&format!("/api/v1/consent?device_id={device}"))
        .await;
    assert_eq!(problem(r).await.errors[0].field, "device_id");
}

#[tokio::test]
async fn only_device_keys_the_server_issued_are_accepted_and_only_their_hash_is_stored() {
    let s = start().await;
    let anon = s.anon();
    // Made up (the old client-generated shape) or guessed: refused, nothing stored.
    for made_up in ["device-0123456789abcdef", &"0".repeat(64)] {
        let r = anon.consent(Some(made_up), &[("analytics", true)]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{made_up}");
        let r = anon
            .get(&format!("/api/v1/consent/receipts?device_id={made_up}"))
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let stored: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM consent_receipts WHERE user_id IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, 0, "nothing under any device");
    let device = s.device().await;
    assert_eq!(device.len(), 64);
    assert_eq!(
        anon.consent(Some(&device), &[("analytics", true)])
            .await
            .status(),
        StatusCode::OK
    );
    let keys: Vec<String> = s
        .db()
        .prepare("SELECT device_id FROM consent_receipts WHERE user_id IS NULL")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        !keys.is_empty() && keys.iter().all(|k| k != &device),
        "the raw key is stored"
    );
}

/// A visitor with an unpaid pickup order of one unit: (visitor, order, product id).
async fn unpaid_order(s: &TestServer, email: &str, key: &str) -> (Api, Order, i64) {
    let (product, exhibitor): (i64, i64) = s
        .db()
        .query_row(
            "SELECT id, exhibitor_id FROM products WHERE stock >= 5 AND options_json = '[]' ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let visitor = s.visitor(email).await;
    let slots = visitor.pickup_slots(exhibitor).await;
    let cart = json!({"lines": [{"product_id": product, "quantity": 1}]});
    let quote = visitor.quote(&cart).await;
    let body = json!({"cart": cart, "expected_total_minor": quote.total.amount_minor,
        "fulfilment": [{"method": "pickup", "exhibitor_id": exhibitor, "slot_id": slots[1].id}]});
    let r = visitor.post_keyed("/api/v1/orders", key, &body).await;
    (visitor, answer(r, StatusCode::CREATED).await, product)
}

#[tokio::test]
async fn only_the_orders_owner_completes_its_test_payment() {
    let s = start().await;
    let (owner, order, _) = unpaid_order(&s, "owner@pay.cn", "k1").await;
    let payment = owner.start_test_payment(order.id).await;
    let path = format!("/api/v1/payments/test/{payment}");
    let r = s.anon().post(&path, &json!({"succeed": true})).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let other = s.visitor("other@pay.cn").await;
    assert_eq!(
        other.post(&path, &json!({"succeed": true})).await.status(),
        StatusCode::NOT_FOUND
    );
    let unpaid: Order = owner.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(unpaid.status, OrderStatus::AwaitingPayment);
    assert!(
        unpaid.parts.iter().all(|p| p.pickup_code.is_none()),
        "codes before payment"
    );
    assert_eq!(
        owner.post(&path, &json!({"succeed": true})).await.status(),
        StatusCode::NO_CONTENT
    );
    let paid: Order = owner.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(paid.status, OrderStatus::Paid);
}

fn stock(s: &TestServer, product: i64) -> i64 {
    s.db()
        .query_row("SELECT stock FROM products WHERE id = ?", [product], |r| {
            r.get(0)
        })
        .unwrap()
}

#[tokio::test]
async fn an_unpaid_order_expires_and_gives_its_stock_and_pickup_place_back() {
    let rules = OrderRules {
        pay_within: chrono::Duration::seconds(1),
        ..Default::default()
    };
    let s = start_opts(Options {
        orders: rules,
        ..Default::default()
    })
    .await;
    let before_stock = {
        let p: i64 = s.db().query_row("SELECT id FROM products WHERE stock >= 5 AND options_json = '[]' ORDER BY id LIMIT 1", [], |r| r.get(0)).unwrap();
        stock(&s, p)
    };
    let (visitor, order, product) = unpaid_order(&s, "late@pay.cn", "k1").await;
    assert_eq!(
        stock(&s, product),
        before_stock - 1,
        "held while waiting for payment"
    );
    assert!(
        order.pay_by.is_some(),
        "the visitor is told until when to pay"
    );
    let payment = visitor.start_test_payment(order.id).await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let expired: Order = visitor.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(expired.status, OrderStatus::Expired);
    assert_eq!(expired.pay_by, None);
    assert_eq!(stock(&s, product), before_stock, "stock released");
    let slot = order.parts[0].slot.as_ref().unwrap();
    let slots = visitor.pickup_slots(slot.exhibitor_id).await;
    let now = slots.iter().find(|x| x.id == slot.id).unwrap();
    assert_eq!(now.remaining, slot.remaining + 1, "pickup place released");
    // Paying late does not revive it.
    let r = visitor
        .post(
            &format!("/api/v1/payments/test/{payment}"),
            &json!({"succeed": true}),
        )
        .await;
    assert_eq!(problem(r).await.code, ErrorCode::NotPayable);
}

#[tokio::test]
async fn open_unpaid_orders_per_account_are_capped() {
    let rules = OrderRules {
        max_open_unpaid: 1,
        ..Default::default()
    };
    let s = start_opts(Options {
        orders: rules,
        ..Default::default()
    })
    .await;
    let (visitor, _, product) = unpaid_order(&s, "hoard@pay.cn", "k1").await;
    let before = stock(&s, product);
    let cart = json!({"lines": [{"product_id": product, "quantity": 1}]});
    let r = visitor
        .post_keyed(
            "/api/v1/orders",
            "k2",
            &json!({"cart": cart, "expected_total_minor": 0, "fulfilment": []}),
        )
        .await;
    assert_eq!(problem(r).await.code, ErrorCode::TooManyUnpaidOrders);
    assert_eq!(stock(&s, product), before);
}

#[tokio::test]
async fn a_registration_replay_needs_the_password_and_nothing_derived_from_it_is_kept() {
    let s = start().await;
    let body = json!({"email": "replay@example.cn", "password": PASSWORD, "display_name": "Re"});
    let anon = s.anon();
    let send = |body| anon.post_keyed("/api/v1/auth/register", "signup-1", body);
    assert_eq!(send(&body).await.status(), StatusCode::CREATED);
    assert_eq!(
        send(&body).await.status(),
        StatusCode::CREATED,
        "a retry signs in"
    );
    let mut wrong = body.clone();
    wrong["password"] = json!("someone-elses-guess");
    let r = send(&wrong).await;
    assert_eq!(problem(r).await.code, ErrorCode::IdempotencyConflict);
    // What is kept of the request: no SHA-256 of anything holding the password.
    let kept: String = s
        .db()
        .query_row(
            "SELECT request_hash FROM idempotency_keys WHERE scope = 'register'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let with_password = expocx_server::ids::hash_secret(&serde_json::to_string(&body).unwrap());
    assert_ne!(kept, with_password);
    let all = format!(
        "{:?}",
        s.db()
            .query_row("SELECT * FROM idempotency_keys", [], |r| Ok((
                r.get::<_, String>(2)?,
                r.get::<_, String>(4)?
            )))
            .unwrap()
    );
    assert!(!all.contains(PASSWORD));
}

#[tokio::test]
async fn the_app_and_the_api_carry_browser_hardening_headers() {
    let s = start().await;
    let page = s.anon().get("/products/1").await;
    let h = page.headers();
    let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    // Scripts: this origin, the page's own inline ones, and WeChat's JS-SDK address only.
    let scripts = csp
        .split(';')
        .find(|d| d.trim().starts_with("script-src"))
        .unwrap();
    let sources: Vec<&str> = scripts.split_whitespace().skip(1).collect();
    assert!(
        sources.iter().all(
            |s| ["'self'", "'wasm-unsafe-eval'", "https://res.wx.qq.com"].contains(s)
                || s.starts_with("'sha256-")
        ),
        "{csp}"
    );
    assert!(sources.iter().any(|s| s.starts_with("'sha256-")), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"));
    assert_eq!(h[header::X_FRAME_OPTIONS], "DENY");
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(h[header::REFERRER_POLICY], "no-referrer");
    let api = s.anon().get("/api/v1/products/1").await;
    assert!(api.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
    // Personal answers are never kept by a cache; the public catalog may be.
    let login = s
        .anon()
        .login("visitor@demo.expocx.test", "visit-expo-2026")
        .await;
    assert_eq!(login.headers()[header::CACHE_CONTROL], "no-store");
    let visitor = s.visitor("headers@example.cn").await;
    let export = visitor.get("/api/v1/me/export").await;
    assert_eq!(export.headers()[header::CACHE_CONTROL], "no-store");
    assert!(api.headers().get(header::CACHE_CONTROL).is_none());
}

#[tokio::test]
async fn erasing_an_account_asks_for_its_password_again() {
    let s = start().await;
    let visitor = s.visitor("stolen@example.cn").await;
    let r = visitor
        .delete("/api/v1/me", &json!({"confirm_email": "stolen@example.cn"}))
        .await;
    assert_eq!(problem(r).await.errors[0].field, "password");
    let r = visitor
        .delete(
            "/api/v1/me",
            &json!({"confirm_email": "stolen@example.cn", "password": "guess"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        visitor.get("/api/v1/auth/me").await.status(),
        StatusCode::OK,
        "still there"
    );
}

#[tokio::test]
async fn start_up_refuses_a_wildcard_cors_origin_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let o = Options {
        cors_origins: vec!["*".into()],
        ..Default::default()
    };
    let Err(err) = expocx_server::build(&common::config(&dir, o)) else {
        panic!("a wildcard origin was accepted")
    };
    assert!(err.contains("--cors-origin '*' is refused"), "{err}");
}

#[tokio::test]
async fn extreme_numbers_in_paths_and_bodies_answer_without_crashing() {
    let s = start().await;
    let r = s
        .anon()
        .get("/media/products/9223372036854775807.svg")
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let visitor = s.visitor("extreme@example.cn").await;
    visitor.consent(None, &[("personalization", true)]).await;
    let r = visitor
        .put(
            "/api/v1/me/interests",
            &json!({"updated_at_ms": i64::MIN, "categories": {}, "exhibitors": {}, "products": {}}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(s.anon().get("/api/health").await.status(), StatusCode::OK);
}
