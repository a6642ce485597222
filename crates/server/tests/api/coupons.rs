//! Personal coupons over real HTTP and SQLite: issued after a paid order only with a marketing
//! consent, for the category the member buys, valid by tier, starting later after a large order,
//! one per 30 days, usable once and only by their member (a cancelled order gives it back).

use crate::common;
use crate::common::start;
use expocx_contract::{
    CartView, CouponState, CouponStatus, ErrorCode, Inbox, Membership, MessageKind, Page,
    PointsEntry, PointsKind, WalletCoupon,
};
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
        (Some(category), Some(5)),
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
    let theirs: CartView = bob.quote(&cart).await;
    assert_eq!(
        theirs.coupon,
        Some(CouponStatus::Unknown),
        "not someone else's"
    );
    let anon: CartView = s.anon().quote(&cart).await;
    assert_eq!(anon.coupon, Some(CouponStatus::Unknown));
    let mine: CartView = ada.quote(&cart).await;
    assert!(
        matches!(mine.coupon, Some(CouponStatus::Applied { .. })),
        "{:?}",
        mine.coupon
    );
    let body = json!({"cart": cart, "fulfilment": [{"method": "pickup", "exhibitor_id": item.1, "slot_id": item.2}],
        "expected_total_minor": mine.total.amount_minor});
    let r = ada
        .post_keyed("/api/v1/orders", &common::key(), &body)
        .await;
    assert_eq!(r.status(), reqwest::StatusCode::CREATED);
    let used: expocx_contract::Order = r.json().await.unwrap();
    let wallet: Vec<WalletCoupon> = ada.ok("/api/v1/me/coupons").await;
    assert_eq!(wallet[0].state, CouponState::Used);
    let twice: CartView = ada.quote(&cart).await;
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

#[tokio::test]
async fn points_buy_a_coupon_for_anything_soonest_expiring_first() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let r = ada.post("/api/v1/me/points/redeem", &json!({})).await;
    assert_eq!(common::problem(r).await.code, ErrorCode::NotEnoughPoints);
    let item = s.pickup_item(4);
    let order = ada.place(item, 1).await;
    ada.pay(order.id).await;
    s.db()
        .execute("UPDATE points_ledger SET points = 600, remaining = 600", [])
        .unwrap();
    let r = ada.post("/api/v1/me/points/redeem", &json!({})).await;
    assert_eq!(
        common::problem(r).await.code,
        ErrorCode::NotEnoughPoints,
        "points of an order the exhibitor has not confirmed (still cancellable) cannot be spent"
    );
    s.db()
        .execute(
            "UPDATE orders SET status = 'completed' WHERE id = ?",
            [order.id],
        )
        .unwrap();
    // Enough points in two earned rows, the second expiring first.
    s.db()
        .execute_batch(
            "UPDATE points_ledger SET points = 300, remaining = 300;
             INSERT INTO points_ledger (user_id, order_id, kind, points, remaining, expires_at, created_at)
             SELECT user_id, order_id, 'earned', 400, 400, datetime('now', '+10 days'), created_at FROM points_ledger LIMIT 1;",
        )
        .unwrap();
    let before: Membership = ada.ok("/api/v1/me/membership").await;
    assert_eq!((before.points, before.spendable), (700, 700));
    let r = ada.post("/api/v1/me/points/redeem", &json!({})).await;
    assert_eq!(r.status(), reqwest::StatusCode::CREATED);
    let wallet: Vec<WalletCoupon> = r.json().await.unwrap();
    let bought = wallet.iter().find(|c| c.code.starts_with("PT-")).unwrap();
    assert_eq!(
        bought.amount_off.as_ref().map(|m| m.amount_minor),
        Some(500)
    );
    assert_eq!(
        (bought.category_id, bought.state),
        (None, CouponState::Available)
    );
    let after: Membership = ada.ok("/api/v1/me/membership").await;
    assert_eq!(after.points, 200);
    let left: i64 = s
        .db()
        .query_row(
            "SELECT remaining FROM points_ledger WHERE points = 400",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "the soonest-expiring points went first");
    let ledger: Page<PointsEntry> = ada.ok("/api/v1/me/points").await;
    assert_eq!(
        (ledger.items[0].kind, ledger.items[0].points),
        (PointsKind::Spent, -500)
    );
    // It takes ¥5 off anything, for its member only.
    let cart = json!({"lines": [{"product_id": item.0, "quantity": 1}], "coupon": bought.code});
    let mine: CartView = ada.quote(&cart).await;
    assert!(
        matches!(mine.coupon, Some(CouponStatus::Applied { .. })),
        "{:?}",
        mine.coupon
    );
    assert_eq!(mine.discount.amount_minor, 500);
    let bob = s.visitor("bob@example.cn").await;
    let theirs: CartView = bob.quote(&cart).await;
    assert_eq!(theirs.coupon, Some(CouponStatus::Unknown));
    let r = ada.post("/api/v1/me/points/redeem", &json!({})).await;
    assert_eq!(
        r.status(),
        reqwest::StatusCode::CONFLICT,
        "200 points are not enough"
    );
}
