//! Personal coupons over real HTTP and SQLite: issued after a paid order only with a marketing
//! consent, for the category the member buys, valid by tier, starting later after a large order,
//! one per 30 days, usable once and only by their member (a cancelled order gives it back).

mod common;

use common::start;
use expocx_contract::{CartView, CouponState, CouponStatus, Inbox, MessageKind, WalletCoupon};
use serde_json::json;

fn tier_days(spend: i64) -> i64 {
    if spend >= 500_000 {
        60
    } else if spend >= 100_000 {
        30
    } else {
        14
    }
}

#[tokio::test]
async fn a_paid_order_earns_a_coupon_only_with_marketing_consent() {
    let s = start().await;
    let quiet = s.visitor("quiet@example.cn").await;
    let order = quiet.place(s.pickup_item(2), 1).await;
    quiet.pay(order.id).await;
    let none: Vec<WalletCoupon> = quiet.ok("/api/v1/me/coupons").await;
    assert!(none.is_empty(), "no marketing consent, no coupon");

    let ada = s.visitor("ada@example.cn").await;
    ada.consent(None, &[("marketing_email", true)]).await;
    let item = s.pickup_item(4);
    let order = ada.place(item, 1).await;
    ada.pay(order.id).await;
    let wallet: Vec<WalletCoupon> = ada.ok("/api/v1/me/coupons").await;
    assert_eq!(wallet.len(), 1);
    let c = &wallet[0];
    let category: i64 = s
        .db()
        .query_row(
            "SELECT category_id FROM products WHERE id = ?",
            [item.0],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        (c.category_id, c.percent_off),
        (category, 5),
        "the category bought"
    );
    let total = order.total.amount_minor;
    assert_eq!((c.ends_at - c.starts_at).num_days(), tier_days(total));
    let large = total >= 50_000;
    assert_eq!(
        c.state,
        if large {
            CouponState::NotYet
        } else {
            CouponState::Available
        }
    );
    let inbox: Inbox = ada.ok("/api/v1/me/notifications").await;
    assert!(inbox
        .items
        .iter()
        .any(|n| n.kind == MessageKind::Offers && n.text.en.contains(&c.code)));

    // One per 30 days.
    let again = ada.place(item, 1).await;
    ada.pay(again.id).await;
    let wallet: Vec<WalletCoupon> = ada.ok("/api/v1/me/coupons").await;
    assert_eq!(wallet.len(), 1);

    // Usable once, by its member only.
    s.db()
        .execute(
            "UPDATE coupons SET starts_at = ? WHERE code = ?",
            rusqlite::params![chrono::Utc::now() - chrono::Duration::hours(1), c.code],
        )
        .unwrap();
    let cart = json!({"lines": [{"product_id": item.0, "quantity": 1}], "coupon": c.code});
    let bob = s.visitor("bob@example.cn").await;
    let theirs: CartView = bob
        .post("/api/v1/cart/quote", &cart)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        theirs.coupon,
        Some(CouponStatus::Unknown),
        "not someone else's"
    );
    let anon: CartView = s
        .anon()
        .post("/api/v1/cart/quote", &cart)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(anon.coupon, Some(CouponStatus::Unknown));
    let mine: CartView = ada
        .post("/api/v1/cart/quote", &cart)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        matches!(mine.coupon, Some(CouponStatus::Applied { .. })),
        "{:?}",
        mine.coupon
    );
    let body = json!({"cart": cart, "fulfilment": [{"method": "pickup", "exhibitor_id": item.1, "slot_id": item.2}],
        "expected_total_minor": mine.total.amount_minor});
    let r = ada
        .request(reqwest::Method::POST, "/api/v1/orders")
        .header("Idempotency-Key", common::key())
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), reqwest::StatusCode::CREATED);
    let used: expocx_contract::Order = r.json().await.unwrap();
    let wallet: Vec<WalletCoupon> = ada.ok("/api/v1/me/coupons").await;
    assert_eq!(wallet[0].state, CouponState::Used);
    let twice: CartView = ada
        .post("/api/v1/cart/quote", &cart)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(twice.coupon, Some(CouponStatus::Unknown), "used once");
    ada.post(&format!("/api/v1/orders/{}/cancel", used.id), &json!({}))
        .await;
    let wallet: Vec<WalletCoupon> = ada.ok("/api/v1/me/coupons").await;
    assert_eq!(
        wallet[0].state,
        CouponState::Available,
        "a cancelled order gives it back"
    );
    let bobs: Vec<WalletCoupon> = bob.ok("/api/v1/me/coupons").await;
    assert!(bobs.is_empty());
}
