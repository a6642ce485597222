//! The exhibitor's dashboard over real HTTP and SQLite: revenue, orders by step, pickups due,
//! open and overdue tickets, open returns, top products, the funnel from consented analytics
//! events and every day of the period — each exhibitor sees only its own.

mod common;

use chrono::{Duration, Utc};
use common::start;
use expocx_contract::{Dashboard, OrderStatus};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn the_dashboard_adds_up_the_exhibitors_own_day() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let ada = s.visitor("ada@example.cn").await;
    let bob = s.visitor("bob@example.cn").await;
    let item = s.item_of(tea_id);
    let price: i64 = s
        .db()
        .query_row(
            "SELECT price_minor FROM products WHERE id = ?",
            [item.0],
            |r| r.get(0),
        )
        .unwrap();
    // The pickup slot is on now, so these pickups are due within the hour.
    let now = Utc::now();
    s.db()
        .execute(
            "UPDATE pickup_slots SET starts_at = ?, ends_at = ? WHERE id = ?",
            rusqlite::params![
                now - Duration::minutes(10),
                now + Duration::minutes(50),
                item.2
            ],
        )
        .unwrap();
    let first = ada.place(item, 2).await;
    ada.pay(first.id).await;
    let again = ada.place(item, 1).await;
    ada.pay(again.id).await;
    let bobs = bob.place(item, 1).await;
    bob.pay(bobs.id).await;
    bob.place(item, 1).await; // unpaid
    let cancelled = bob.place(item, 1).await;
    bob.post(
        &format!("/api/v1/orders/{}/cancel", cancelled.id),
        &json!({}),
    )
    .await;

    // Two views and an add to cart by a visitor who allowed analytics.
    let device = s.device().await;
    let anon = s.anon();
    anon.consent(Some(&device), &[("analytics", true)]).await;
    let at = now.to_rfc3339();
    let r = anon
        .post(
            "/api/v1/events",
            &json!({"device_id": device, "events": [
                {"name": "product_viewed", "product_id": item.0, "at": at},
                {"name": "product_viewed", "product_id": item.0, "at": at},
                {"name": "added_to_cart", "product_id": item.0, "at": at}]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::ACCEPTED);

    // A ticket past its answer time, and a return waiting for a decision.
    let r = ada
        .post(
            "/api/v1/me/tickets",
            &json!({"order_id": first.id, "category": "product_issue", "subject": "Lid",
                "text": "Cracked.", "photo_ids": []}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    s.db()
        .execute(
            "UPDATE tickets SET respond_by = ?",
            [now - Duration::hours(1)],
        )
        .unwrap();
    let r = ada
        .post(
            "/api/v1/me/returns",
            &json!({"order_id": again.id, "lines": [{"product_id": item.0, "quantity": 1}],
                "reason": "damaged", "text": "", "photo_ids": []}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);

    let d: Dashboard = tea.ok("/api/v1/exhibitor/dashboard").await;
    assert_eq!(d.orders, 3, "paid orders only");
    assert_eq!(d.revenue.amount_minor, 4 * price);
    assert_eq!(d.average_order.amount_minor, (4 * price * 2 + 3) / 6);
    let count = |s| {
        d.by_status
            .iter()
            .find(|c| c.status == s)
            .map_or(0, |c| c.count)
    };
    assert_eq!(count(OrderStatus::Paid), 3);
    assert_eq!(count(OrderStatus::AwaitingPayment), 1);
    assert_eq!(count(OrderStatus::Cancelled), 1);
    assert_eq!((d.pickups_today, d.pickups_next_hour), (3, 3));
    assert_eq!(
        (d.open_tickets, d.overdue_tickets, d.open_returns),
        (1, 1, 1)
    );
    assert_eq!(d.top_products[0].product_id, item.0);
    assert_eq!(d.top_products[0].quantity, 4);
    assert_eq!(
        (
            d.funnel.views,
            d.funnel.added_to_cart,
            d.funnel.orders,
            d.funnel.repeat_orders
        ),
        (2, 1, 3, 1),
        "ada's second order is a repeat"
    );
    assert_eq!(d.daily.len(), 1);
    assert_eq!(d.daily[0].orders, 3);

    // Another booth sees none of it.
    let other: Dashboard = ceramics.ok("/api/v1/exhibitor/dashboard").await;
    assert_eq!(
        (other.orders, other.open_tickets, other.funnel.views),
        (0, 0, 0)
    );
    // The visitor and an anonymous caller are refused.
    assert_eq!(
        ada.get("/api/v1/exhibitor/dashboard").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.anon().get("/api/v1/exhibitor/dashboard").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_period_lists_every_day_and_is_bounded() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    let d: Dashboard = tea
        .ok("/api/v1/exhibitor/dashboard?from=2026-12-03&to=2026-12-06")
        .await;
    assert_eq!(d.daily.len(), 4, "days without orders are there too");
    assert!(d.daily.iter().all(|day| day.orders == 0));
    for bad in [
        "from=2026-12-06&to=2026-12-03",
        "from=2026-01-01&to=2026-12-31",
        "from=soon",
    ] {
        let r = tea.get(&format!("/api/v1/exhibitor/dashboard?{bad}")).await;
        assert!(
            r.status() == StatusCode::UNPROCESSABLE_ENTITY || r.status() == StatusCode::BAD_REQUEST,
            "{bad}: {}",
            r.status()
        );
    }
}
