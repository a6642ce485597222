//! Membership and the order history over real HTTP and SQLite: points for a paid order at the
//! tier's rate, expiry, cancellation (stock, slot, refund, points), the status timeline, the
//! history's filter and paging — each also tried by a second account.

use crate::common;
use crate::common::{problem, start};
use expocx_contract::{
    ErrorCode, Membership, Order, OrderStatus, Page, PaymentStatus, PickupSlot, PointsEntry,
    PointsKind, Tier,
};
use reqwest::StatusCode;
use serde_json::json;

async fn slot_room(api: &common::Api, exhibitor: i64, slot: i64) -> u32 {
    let slots: Vec<PickupSlot> = api
        .ok(&format!("/api/v1/exhibitors/{exhibitor}/pickup-slots"))
        .await;
    slots.iter().find(|s| s.id == slot).unwrap().remaining
}

#[tokio::test]
async fn a_paid_order_earns_points_and_counts_for_the_tier() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let m: Membership = ada.ok("/api/v1/me/membership").await;
    assert_eq!(
        (m.tier, m.points, m.spend.amount_minor),
        (Tier::Member, 0, 0)
    );
    assert_eq!(m.next.as_ref().unwrap().tier, Tier::Silver);
    assert_eq!(m.tiers.len(), 3);

    let order = ada.place(s.pickup_item(2), 1).await;
    let unpaid: Membership = ada.ok("/api/v1/me/membership").await;
    assert_eq!(unpaid.points, 0, "an unpaid order earns nothing");
    ada.pay(order.id).await;
    let m: Membership = ada.ok("/api/v1/me/membership").await;
    let yuan = order.total.amount_minor / 100;
    assert_eq!(
        m.points, yuan,
        "one point per whole yuan at the Member rate"
    );
    assert_eq!(m.spend, order.total);
    assert_eq!(
        m.next.unwrap().missing.amount_minor,
        100_000 - order.total.amount_minor
    );
    let ledger: Page<PointsEntry> = ada.ok("/api/v1/me/points").await;
    assert_eq!(ledger.total, 1);
    let e = &ledger.items[0];
    assert_eq!((e.kind, e.points), (PointsKind::Earned, yuan));
    assert_eq!(e.order_number.as_deref(), Some(order.number.as_str()));
    assert!(*e.expires_at.unwrap() > *e.at + chrono::Duration::days(364));

    // Spend over the Silver line earns at 125 %.
    s.db()
        .execute(
            "UPDATE orders SET total_minor = 150000 WHERE id = ?",
            [order.id],
        )
        .unwrap();
    let silver: Membership = ada.ok("/api/v1/me/membership").await;
    assert_eq!(silver.tier, Tier::Silver);
    let second = ada.place(s.pickup_item(2), 1).await;
    ada.pay(second.id).await;
    let ledger: Page<PointsEntry> = ada.ok("/api/v1/me/points").await;
    assert_eq!(
        ledger.items[0].points,
        second.total.amount_minor / 100 * 125 / 100
    );

    // Someone else sees none of it.
    let bob = s.visitor("bob@example.cn").await;
    let theirs: Membership = bob.ok("/api/v1/me/membership").await;
    assert_eq!((theirs.points, theirs.tier), (0, Tier::Member));
    let none: Page<PointsEntry> = bob.ok("/api/v1/me/points").await;
    assert_eq!(none.total, 0);
}

#[tokio::test]
async fn points_expire_after_a_year_and_are_announced_before() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let order = ada.place(s.pickup_item(2), 1).await;
    ada.pay(order.id).await;
    let earned: Membership = ada.ok("/api/v1/me/membership").await;
    assert!(earned.points > 0);
    assert_eq!(earned.expiring, None, "a year away: not announced yet");
    let soon = chrono::Utc::now() + chrono::Duration::days(10);
    s.db()
        .execute("UPDATE points_ledger SET expires_at = ?", [soon])
        .unwrap();
    let m: Membership = ada.ok("/api/v1/me/membership").await;
    assert_eq!(m.expiring.unwrap().points, earned.points);
    let past = chrono::Utc::now() - chrono::Duration::seconds(1);
    s.db()
        .execute("UPDATE points_ledger SET expires_at = ?", [past])
        .unwrap();
    let m: Membership = ada.ok("/api/v1/me/membership").await;
    assert_eq!(m.points, 0);
    let ledger: Page<PointsEntry> = ada.ok("/api/v1/me/points").await;
    assert_eq!(ledger.items[0].kind, PointsKind::Expired);
    assert_eq!(ledger.items[0].points, -earned.points);
}

#[tokio::test]
async fn cancelling_gives_back_stock_slot_money_and_points() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let item = s.pickup_item(3);
    let (product, exhibitor, slot) = item;
    let (stock, room) = (s.stock(product), slot_room(&ada, exhibitor, slot).await);
    let order = ada.place(item, 2).await;
    assert!(order.can_cancel);
    ada.pay(order.id).await;
    assert_eq!(s.stock(product), stock - 2);
    assert_eq!(slot_room(&ada, exhibitor, slot).await, room - 1);

    let bob = s.visitor("bob@example.cn").await;
    let r = bob
        .post(&format!("/api/v1/orders/{}/cancel", order.id), &json!({}))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "not someone else's");
    assert_eq!(s.stock(product), stock - 2, "nothing changed");

    let r = ada
        .post(&format!("/api/v1/orders/{}/cancel", order.id), &json!({}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let cancelled: Order = r.json().await.unwrap();
    assert_eq!(cancelled.status, OrderStatus::Cancelled);
    assert_eq!(cancelled.payment, PaymentStatus::Refunded);
    assert!(!cancelled.can_cancel);
    assert!(cancelled.parts[0].pickup_code.is_none(), "no pickup code");
    let steps: Vec<OrderStatus> = cancelled.timeline.iter().map(|e| e.status).collect();
    assert_eq!(
        steps,
        [
            OrderStatus::AwaitingPayment,
            OrderStatus::Paid,
            OrderStatus::Cancelled
        ]
    );
    assert_eq!(s.stock(product), stock, "stock is back");
    assert_eq!(
        slot_room(&ada, exhibitor, slot).await,
        room,
        "the place is free"
    );
    let refunded: String = s
        .db()
        .query_row(
            "SELECT status FROM payments WHERE order_id = ?",
            [order.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(refunded, "refunded");
    let m: Membership = ada.ok("/api/v1/me/membership").await;
    assert_eq!((m.points, m.spend.amount_minor), (0, 0));
    let ledger: Page<PointsEntry> = ada.ok("/api/v1/me/points").await;
    assert_eq!(ledger.items[0].kind, PointsKind::Reversed);

    let again = ada
        .post(&format!("/api/v1/orders/{}/cancel", order.id), &json!({}))
        .await;
    assert_eq!(problem(again).await.code, ErrorCode::NotCancellable);
    assert_eq!(
        s.stock(product),
        stock,
        "cancelling twice gives nothing twice"
    );
}

#[tokio::test]
async fn a_confirmed_order_cannot_be_cancelled() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let item = s.pickup_item(2);
    let order = ada.place(item, 1).await;
    ada.pay(order.id).await;
    s.db()
        .execute(
            "UPDATE orders SET status = 'ready_for_pickup' WHERE id = ?",
            [order.id],
        )
        .unwrap();
    let shown: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert!(!shown.can_cancel);
    assert_eq!(
        shown.timeline.last().unwrap().status,
        OrderStatus::ReadyForPickup
    );
    let stock = s.stock(item.0);
    let r = ada
        .post(&format!("/api/v1/orders/{}/cancel", order.id), &json!({}))
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(problem(r).await.code, ErrorCode::NotCancellable);
    assert_eq!(s.stock(item.0), stock);
}

#[tokio::test]
async fn the_history_filters_by_status_and_pages() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let item = s.pickup_item(5);
    let paid = ada.place(item, 1).await;
    ada.pay(paid.id).await;
    let unpaid = ada.place(item, 1).await;
    let cancelled = ada.place(item, 1).await;
    ada.post(
        &format!("/api/v1/orders/{}/cancel", cancelled.id),
        &json!({}),
    )
    .await;
    let ids = |p: Page<Order>| p.items.into_iter().map(|o| o.id).collect::<Vec<_>>();
    let all: Page<Order> = ada.ok("/api/v1/orders").await;
    assert_eq!(all.total, 3);
    assert_eq!(ids(all), [cancelled.id, unpaid.id, paid.id], "newest first");
    for (filter, want) in [
        ("to_pay", vec![unpaid.id]),
        ("in_progress", vec![paid.id]),
        ("cancelled", vec![cancelled.id]),
        ("completed", vec![]),
    ] {
        let page: Page<Order> = ada.ok(&format!("/api/v1/orders?status={filter}")).await;
        assert_eq!(ids(page), want, "{filter}");
    }
    let second: Page<Order> = ada.ok("/api/v1/orders?limit=2&page=2").await;
    assert_eq!((second.total, second.page_count()), (3, 2));
    assert_eq!(ids(second), [paid.id]);
    for bad in ["limit=0", "limit=101", "page=0"] {
        let r = ada.get(&format!("/api/v1/orders?{bad}")).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let r = ada.get("/api/v1/orders?status=lost").await;
    assert_eq!(problem(r).await.code, ErrorCode::MalformedRequest);
    let bob = s.visitor("bob@example.cn").await;
    let none: Page<Order> = bob.ok("/api/v1/orders").await;
    assert_eq!(none.total, 0);
    let r = bob.get(&format!("/api/v1/orders/{}", paid.id)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn membership_needs_an_account() {
    let s = start().await;
    for path in [
        "/api/v1/me/membership",
        "/api/v1/me/points",
        "/api/v1/orders",
    ] {
        let r = s.anon().get(path).await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
    let r = s.anon().post("/api/v1/orders/1/cancel", &json!({})).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}
