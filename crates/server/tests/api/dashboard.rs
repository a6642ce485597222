//! The exhibitor's dashboard over real HTTP and SQLite: revenue, orders by step, pickups due,
//! open and overdue tickets, open returns, top products, the funnel from consented analytics
//! events and every day of the period — each exhibitor sees only its own.

use crate::common;
use crate::common::start;
use chrono::{Duration, Utc};
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

/// The dashboard's sums, counted again from the orders themselves.
fn truth(s: &common::TestServer, exhibitor: i64) -> (u32, i64, Vec<(i64, i64, i64)>) {
    let paid = "op.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')";
    let db = s.db();
    let (orders, revenue) = db
        .query_row(
            &format!("SELECT COUNT(*), COALESCE(SUM(subtotal_minor), 0) FROM order_parts op WHERE exhibitor_id = ? AND {paid}"),
            [exhibitor],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let mut stmt = db
        .prepare(&format!(
            "SELECT ol.product_id, SUM(ol.quantity), SUM(ol.quantity * ol.unit_price_minor) AS revenue
             FROM order_parts op JOIN order_lines ol ON ol.part_id = op.id
             WHERE op.exhibitor_id = ? AND {paid} GROUP BY ol.product_id ORDER BY revenue DESC, ol.product_id"
        ))
        .unwrap();
    let top = stmt
        .query_map([exhibitor], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (orders, revenue, top)
}

#[tokio::test]
async fn the_kept_sums_follow_every_step_and_cancellation() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, ceramics_id) = s.staff("ceramics").await;
    let (tea_item, ceramics_item) = (s.item_of(tea_id), s.item_of(ceramics_id));
    let mut orders = Vec::new();
    for (i, who) in ["a@example.cn", "b@example.cn", "c@example.cn"]
        .iter()
        .enumerate()
    {
        let v = s.visitor(who).await;
        for n in 1..=3u32 {
            let o = v
                .place_many(&[(tea_item, n), (ceramics_item, i as u32 + 1)])
                .await;
            if n < 3 {
                v.pay(o.id).await;
            }
            orders.push((v.clone(), o.id, n));
        }
    }
    let step = |staff: &common::Api, id: i64, body: serde_json::Value| {
        let staff = staff.clone();
        async move {
            let r = staff.get(&format!("/api/v1/exhibitor/orders/{id}")).await;
            let tag = r.headers()["etag"].to_str().unwrap().to_string();
            let path = format!("/api/v1/exhibitor/orders/{id}/status");
            let r =
                common::send(&staff, reqwest::Method::POST, &path, Some(&tag), Some(body)).await;
            assert_eq!(r.status(), StatusCode::OK);
        }
    };
    // Confirmed, completed, a booth's part called off, a member's cancel, one left unpaid.
    step(&tea, orders[0].1, json!({"status": "confirmed"})).await;
    step(&tea, orders[0].1, json!({"status": "completed"})).await;
    step(
        &tea,
        orders[1].1,
        json!({"status": "cancelled", "reason": "Sold out"}),
    )
    .await;
    step(
        &ceramics,
        orders[3].1,
        json!({"status": "cancelled", "reason": "Broken"}),
    )
    .await;
    let (v, id, _) = &orders[4];
    let r = v
        .post(&format!("/api/v1/orders/{id}/cancel"), &json!({}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);

    for (staff, exhibitor) in [(&tea, tea_id), (&ceramics, ceramics_id)] {
        let d: Dashboard = staff.ok("/api/v1/exhibitor/dashboard").await;
        let (orders, revenue, top) = truth(&s, exhibitor);
        assert_eq!(
            (d.orders, d.revenue.amount_minor),
            (orders, revenue),
            "booth {exhibitor}"
        );
        let shown: Vec<(i64, i64, i64)> = d
            .top_products
            .iter()
            .map(|p| (p.product_id, p.quantity as i64, p.revenue.amount_minor))
            .collect();
        assert_eq!(shown, top.into_iter().take(5).collect::<Vec<_>>());
        let counted: u32 = d.by_status.iter().map(|c| c.count).sum();
        assert_eq!(
            counted, 9,
            "every part of the booth counted once, in its step"
        );
    }
}

/// `--demo-history` (what `scripts/run.sh` starts): a new user opening the portal sees today's
/// figures, orders in every step, rated and waiting tickets, returns and repeat customers.
#[tokio::test]
async fn the_demo_history_opens_the_portal_on_figures() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::common::config(&dir, crate::common::Options::default());
    config.demo_history = true;
    let s = crate::common::start_with(config, dir).await;
    for who in ["tea", "ceramics"] {
        let (staff, _) = s.staff(who).await;
        let today: expocx_contract::Dashboard = staff.ok("/api/v1/exhibitor/dashboard").await;
        assert!(today.orders > 0, "{who}: orders today");
        assert!(today.revenue.amount_minor > 0);
        let from = chrono::Utc::now().date_naive() - chrono::Days::new(5);
        let q = format!("/api/v1/exhibitor/dashboard?from={from}");
        let all: expocx_contract::Dashboard = staff.ok(&q).await;
        assert!(
            all.by_status.iter().filter(|c| c.count > 0).count() >= 5,
            "{who}: every step"
        );
        assert!(
            all.open_tickets > 0 && all.open_returns > 0,
            "{who}: after-sales waiting"
        );
        let tickets: serde_json::Value = staff.ok("/api/v1/exhibitor/tickets?limit=100").await;
        assert!(tickets["total"].as_u64().unwrap() >= 2, "{who}: tickets");
        let returns: serde_json::Value = staff.ok("/api/v1/exhibitor/returns").await;
        assert!(returns["total"].as_u64().unwrap() > 0, "{who}: returns");
    }
    let repeat: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM (SELECT user_id FROM orders GROUP BY user_id
             HAVING COUNT(DISTINCT substr(placed_at, 1, 10)) >= 2)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        repeat >= 10,
        "customers who came back on another day: {repeat}"
    );
}
