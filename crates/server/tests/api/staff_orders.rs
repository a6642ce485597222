//! The exhibitor portal's orders over real HTTP and SQLite: staff take an order from paid to
//! picked up (the member sees each step), a stale edit is refused instead of lost, pickup codes
//! of another booth are refused, the list filters and pages — and nobody else gets in.

use crate::common::{problem, start, Api};
use expocx_contract::{ErrorCode, Inbox, Order, OrderStatus, Page, StaffOrder, StaffOrderRow};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn staff_order(staff: &Api, id: i64) -> (StaffOrder, String) {
    let r = staff.get(&format!("/api/v1/exhibitor/orders/{id}")).await;
    assert_eq!(r.status(), StatusCode::OK);
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    (r.json().await.unwrap(), tag)
}

async fn step(
    staff: &Api,
    id: i64,
    tag: Option<&str>,
    body: serde_json::Value,
) -> reqwest::Response {
    let mut req = staff.request(
        Method::POST,
        &format!("/api/v1/exhibitor/orders/{id}/status"),
    );
    if let Some(tag) = tag {
        req = req.header("If-Match", tag);
    }
    req.json(&body).send().await.unwrap()
}

async fn lookup(staff: &Api, code: &str) -> reqwest::Response {
    staff
        .post("/api/v1/exhibitor/pickups", &json!({ "code": code }))
        .await
}

#[tokio::test]
async fn staff_take_an_order_from_paid_to_picked_up_and_the_member_sees_each_step() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let ada = s.visitor("ada@example.cn").await;
    let order = ada.place(s.item_of(tea_id), 2).await;
    ada.pay(order.id).await;

    let list: Page<StaffOrderRow> = tea.ok("/api/v1/exhibitor/orders?status=paid").await;
    let row = list
        .items
        .iter()
        .find(|r| r.id == order.id)
        .expect("listed");
    assert_eq!(row.items, 2);
    assert_eq!(row.status, OrderStatus::Paid);
    assert!(!row.customer.is_empty(), "staff see who will come");

    let (o, tag) = staff_order(&tea, order.id).await;
    assert_eq!(
        o.next,
        vec![
            OrderStatus::Confirmed,
            OrderStatus::Completed,
            OrderStatus::Cancelled
        ]
    );
    assert_eq!(
        o.part.pickup_code, None,
        "the code is the member's proof, not shown to staff"
    );
    let r = step(&tea, order.id, Some(&tag), json!({"status": "confirmed"})).await;
    assert_eq!(r.status(), StatusCode::OK);
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(seen.status, OrderStatus::Confirmed);
    assert!(
        !seen.can_cancel,
        "confirmed: the member can no longer cancel"
    );

    let r = step(
        &tea,
        order.id,
        Some(&tag),
        json!({"status": "ready_for_pickup"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let inbox: Inbox = ada.ok("/api/v1/me/notifications").await;
    assert!(
        inbox
            .items
            .iter()
            .any(|m| m.text.en.contains("ready for pickup")),
        "the member is told the order waits at the booth"
    );

    // At the booth: the code from the member's phone finds the order; one step completes it.
    let code = seen.parts[0].pickup_code.clone().unwrap();
    let r = lookup(&tea, &code).await;
    assert_eq!(r.status(), StatusCode::OK);
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    let found: StaffOrder = r.json().await.unwrap();
    assert_eq!(
        (found.id, found.status),
        (order.id, OrderStatus::ReadyForPickup)
    );
    let r = step(&tea, order.id, Some(&tag), json!({"status": "completed"})).await;
    assert_eq!(r.status(), StatusCode::OK);
    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(seen.status, OrderStatus::Completed);
    let steps: Vec<_> = seen.timeline.iter().map(|e| e.status).collect();
    assert!(steps.ends_with(&[
        OrderStatus::Paid,
        OrderStatus::Confirmed,
        OrderStatus::ReadyForPickup,
        OrderStatus::Completed
    ]));

    // The same code again says it was picked up, when and by whom; it cannot complete twice.
    let again: StaffOrder = lookup(&tea, &code).await.json().await.unwrap();
    let done = again.events.last().unwrap();
    assert_eq!(done.status, OrderStatus::Completed);
    assert!(done.by.is_some(), "who handed it over");
    assert!(again.next.is_empty());
    let short = code.rsplit(':').next().unwrap().to_uppercase();
    let by_short: StaffOrder = lookup(&tea, &short).await.json().await.unwrap();
    assert_eq!(
        by_short.id, order.id,
        "the short code, typed by hand, finds it too"
    );
}

#[tokio::test]
async fn a_second_edit_with_an_old_etag_is_refused_not_lost() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (tea2, _) = s.staff("tea").await;
    let ada = s.visitor("ada@example.cn").await;
    let order = ada.place(s.item_of(tea_id), 1).await;
    ada.pay(order.id).await;
    let (_, tag) = staff_order(&tea, order.id).await;
    let (_, same_tag) = staff_order(&tea2, order.id).await;

    let r = step(&tea, order.id, Some(&tag), json!({"status": "confirmed"})).await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = step(
        &tea2,
        order.id,
        Some(&same_tag),
        json!({"status": "completed"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::PRECONDITION_FAILED);
    assert_eq!(problem(r).await.code, ErrorCode::PreconditionFailed);
    let r = step(&tea2, order.id, None, json!({"status": "completed"})).await;
    assert_eq!(r.status().as_u16(), 428, "If-Match is required");

    let (fresh, tag) = staff_order(&tea2, order.id).await;
    assert_eq!(
        fresh.status,
        OrderStatus::Confirmed,
        "the first change stands"
    );
    assert_eq!(fresh.events.iter().filter(|e| e.by.is_some()).count(), 1);
    // A step that does not follow, and a shipment without a tracking number.
    let r = step(&tea2, order.id, Some(&tag), json!({"status": "shipped"})).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = step(
        &tea2,
        order.id,
        Some(&tag),
        json!({"status": "shipped", "tracking": "SF123"}),
    )
    .await;
    assert_eq!(
        r.status(),
        StatusCode::CONFLICT,
        "a pickup order is not shipped"
    );
    assert_eq!(problem(r).await.code, ErrorCode::WrongStatus);
}

#[tokio::test]
async fn an_order_of_two_booths_completes_when_both_have_handed_over() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, ceramics_id) = s.staff("ceramics").await;
    let ada = s.visitor("ada@example.cn").await;
    let order = ada
        .place_many(&[(s.item_of(tea_id), 1), (s.item_of(ceramics_id), 1)])
        .await;
    ada.pay(order.id).await;
    let (_, tag) = staff_order(&tea, order.id).await;
    assert_eq!(
        step(&tea, order.id, Some(&tag), json!({"status": "completed"}))
            .await
            .status(),
        StatusCode::OK
    );
    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(
        seen.status,
        OrderStatus::Paid,
        "the ceramics booth has not handed over yet"
    );
    let (c, tag) = staff_order(&ceramics, order.id).await;
    assert_eq!(
        c.part.exhibitor_id, ceramics_id,
        "each booth sees its own part"
    );
    assert_eq!(c.part.lines.len(), 1);
    assert_eq!(
        step(
            &ceramics,
            order.id,
            Some(&tag),
            json!({"status": "confirmed"})
        )
        .await
        .status(),
        StatusCode::OK
    );
    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(seen.status, OrderStatus::Confirmed);
    let (_, tag) = staff_order(&ceramics, order.id).await;
    assert_eq!(
        step(
            &ceramics,
            order.id,
            Some(&tag),
            json!({"status": "completed"})
        )
        .await
        .status(),
        StatusCode::OK
    );
    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(seen.status, OrderStatus::Completed);
}

#[tokio::test]
async fn nobody_else_sees_or_changes_an_exhibitors_orders() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let ada = s.visitor("ada@example.cn").await;
    let order = ada.place(s.item_of(tea_id), 1).await;
    ada.pay(order.id).await;
    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    let code = seen.parts[0].pickup_code.clone().unwrap();
    let (_, tag) = staff_order(&tea, order.id).await;

    let path = format!("/api/v1/exhibitor/orders/{}", order.id);
    assert_eq!(ceramics.get(&path).await.status(), StatusCode::NOT_FOUND);
    let r = step(
        &ceramics,
        order.id,
        Some(&tag),
        json!({"status": "confirmed"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = lookup(&ceramics, &code).await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "another booth's code is refused with a reason"
    );
    let list: Page<StaffOrderRow> = ceramics.ok("/api/v1/exhibitor/orders?limit=100").await;
    assert!(list.items.iter().all(|r| r.id != order.id));

    for (who, want) in [
        (&ada, StatusCode::FORBIDDEN),
        (&s.anon(), StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(who.get("/api/v1/exhibitor/orders").await.status(), want);
        assert_eq!(who.get(&path).await.status(), want);
        assert_eq!(
            step(who, order.id, Some(&tag), json!({"status": "confirmed"}))
                .await
                .status(),
            want
        );
        assert_eq!(lookup(who, &code).await.status(), want);
    }
    let (o, _) = staff_order(&tea, order.id).await;
    assert_eq!(o.status, OrderStatus::Paid, "nothing changed");
    assert_eq!(
        lookup(&tea, "EXPOCX:PICKUP:EX26-000000:0000000000")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_list_filters_searches_sorts_and_pages() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let ada = s.visitor("ada@example.cn").await;
    let item = s.item_of(tea_id);
    let small = ada.place(item, 1).await;
    ada.pay(small.id).await;
    let big = ada.place(item, 3).await;
    ada.pay(big.id).await;
    let unpaid = ada.place(item, 1).await;

    let paid: Page<StaffOrderRow> = tea
        .ok("/api/v1/exhibitor/orders?status=paid&sort=amount")
        .await;
    let ids: Vec<i64> = paid.items.iter().map(|r| r.id).collect();
    assert_eq!(ids, vec![big.id, small.id], "paid only, largest first");
    let waiting: Page<StaffOrderRow> = tea
        .ok("/api/v1/exhibitor/orders?status=awaiting_payment")
        .await;
    assert_eq!(
        waiting.items.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![unpaid.id]
    );

    let by_number: Page<StaffOrderRow> = tea
        .ok(&format!("/api/v1/exhibitor/orders?q={}", big.number))
        .await;
    assert_eq!(by_number.total, 1);
    let name: String = s
        .db()
        .query_row(
            "SELECT display_name FROM users WHERE email = 'ada@example.cn'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let by_name: Page<StaffOrderRow> = tea
        .ok(&format!(
            "/api/v1/exhibitor/orders?q={}",
            &name[..name.len().min(3)]
        ))
        .await;
    assert_eq!(by_name.total, 3);
    let wildcard: Page<StaffOrderRow> = tea.ok("/api/v1/exhibitor/orders?q=%25").await;
    assert_eq!(wildcard.total, 0, "% is searched for, not a wildcard");
    let delivery: Page<StaffOrderRow> = tea.ok("/api/v1/exhibitor/orders?method=delivery").await;
    assert_eq!(delivery.total, 0);

    let first: Page<StaffOrderRow> = tea.ok("/api/v1/exhibitor/orders?limit=1&sort=oldest").await;
    let second: Page<StaffOrderRow> = tea
        .ok("/api/v1/exhibitor/orders?limit=1&page=2&sort=oldest")
        .await;
    assert_eq!(
        (first.total, first.items[0].id, second.items[0].id),
        (3, small.id, big.id)
    );

    // A day is the venue's (Shanghai, UTC+8): today there holds all three; another day none.
    let venue_today = (chrono::Utc::now() + chrono::Duration::hours(8)).date_naive();
    let today: Page<StaffOrderRow> = tea
        .ok(&format!("/api/v1/exhibitor/orders?day={venue_today}"))
        .await;
    assert_eq!(today.total, 3);
    let other: Page<StaffOrderRow> = tea.ok("/api/v1/exhibitor/orders?day=2020-01-01").await;
    assert_eq!(other.total, 0);
    // 20:00 UTC on 3 December is 04:00 on the 4th at the venue: it counts on the 4th.
    s.db()
        .execute(
            "UPDATE order_parts SET placed_at = '2026-12-03 20:00:00+00:00' WHERE order_id = ?",
            [small.id],
        )
        .unwrap();
    let on = |day: &'static str| {
        let tea = tea.clone();
        async move {
            let p: Page<StaffOrderRow> =
                tea.ok(&format!("/api/v1/exhibitor/orders?day={day}")).await;
            p.items.iter().map(|r| r.id).collect::<Vec<_>>()
        }
    };
    assert_eq!(on("2026-12-04").await, vec![small.id]);
    assert!(on("2026-12-03").await.is_empty());
    let in_slot: Page<StaffOrderRow> = tea
        .ok(&format!("/api/v1/exhibitor/orders?slot_id={}", item.2))
        .await;
    assert_eq!(in_slot.total, 3);

    // By pickup time: an order for the booth's earliest slot comes first, whatever its age.
    let earliest: i64 = s
        .db()
        .query_row(
            "SELECT id FROM pickup_slots WHERE exhibitor_id = ? ORDER BY starts_at LIMIT 1",
            [tea_id],
            |r| r.get(0),
        )
        .unwrap();
    let early = ada.place((item.0, tea_id, earliest), 1).await;
    let by_pickup: Page<StaffOrderRow> = tea.ok("/api/v1/exhibitor/orders?sort=pickup").await;
    assert_eq!(by_pickup.items[0].id, early.id);
    let starts: Vec<_> = by_pickup.items.iter().map(|r| r.slot_starts_at).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");

    let long = "x".repeat(65);
    let r = tea.get(&format!("/api/v1/exhibitor/orders?q={long}")).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = tea.get("/api/v1/exhibitor/orders?limit=1000").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
