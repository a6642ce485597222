//! Returns over real HTTP and SQLite: request with a photo, the staff's steps (approve, receive,
//! refund — or reject with a reason), the member told each time, quantities bounded by what was
//! bought, points taken back on refund — tried by a second account and another exhibitor's staff.

use crate::common::{problem, start, Api, TestServer};
use expocx_contract::{ErrorCode, Inbox, Membership, ReturnRequest, ReturnStatus};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// A paid order of 2 × one plain product of `exhibitor`: (order id, product id, unit price).
async fn bought_two(s: &TestServer, api: &Api, exhibitor: i64) -> (i64, i64, i64) {
    let (product, slot, price): (i64, i64, i64) = s
        .db()
        .query_row(
            "SELECT p.id, sl.id, p.price_minor FROM products p JOIN pickup_slots sl ON sl.exhibitor_id = p.exhibitor_id
             WHERE p.exhibitor_id = ? AND p.stock >= 3 ORDER BY p.id, sl.capacity DESC LIMIT 1",
            [exhibitor],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    s.db()
        .execute(
            "UPDATE products SET options_json = '[]' WHERE id = ?",
            [product],
        )
        .unwrap();
    let order = api.place((product, exhibitor, slot), 2).await;
    api.pay(order.id).await;
    (order.id, product, price)
}

fn ask(order: i64, product: i64, quantity: u32, photos: &[&str]) -> Value {
    json!({"order_id": order, "lines": [{"product_id": product, "quantity": quantity}],
        "reason": "damaged", "text": "Cracked on arrival.", "photo_ids": photos})
}

async fn step(staff: &Api, id: i64, status: &str, note: &str) -> reqwest::Response {
    staff
        .post(
            &format!("/api/v1/exhibitor/returns/{id}/decision"),
            &json!({"status": status, "note": note}),
        )
        .await
}

#[tokio::test]
async fn a_return_is_approved_received_and_refunded_with_points_taken_back() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let ada = s.visitor("ada@example.cn").await;
    let bob = s.visitor("bob@example.cn").await;
    let (order, product, price) = bought_two(&s, &ada, tea_id).await;
    let points_before: Membership = ada.ok("/api/v1/me/membership").await;

    let photo = ada.upload_png().await;
    let r = bob
        .post("/api/v1/me/returns", &ask(order, product, 1, &[]))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::NOT_FOUND,
        "not someone else's order"
    );
    let r = ada
        .post("/api/v1/me/returns", &ask(order, product, 3, &[]))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "more than bought"
    );

    let r = ada
        .post("/api/v1/me/returns", &ask(order, product, 1, &[&photo.id]))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let ret: ReturnRequest = r.json().await.unwrap();
    assert_eq!(
        (ret.status, ret.exhibitor_id),
        (ReturnStatus::Requested, tea_id)
    );
    assert_eq!(ret.refund.amount_minor, price);
    assert_eq!(ret.photos[0].id, photo.id);
    let id = ret.id;
    assert_eq!(
        bob.get(&format!("/api/v1/me/returns/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(bob.get(&photo.url).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        tea.get(&photo.url).await.status(),
        StatusCode::OK,
        "the exhibitor sees the photo"
    );
    assert_eq!(
        step(&ceramics, id, "approved", "").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        step(&ada, id, "approved", "").await.status(),
        StatusCode::FORBIDDEN
    );
    // Only one unit is left to return.
    let r = ada
        .post("/api/v1/me/returns", &ask(order, product, 2, &[]))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    assert_eq!(
        step(&tea, id, "approved", "").await.status(),
        StatusCode::OK
    );
    assert_eq!(
        problem(step(&tea, id, "refunded", "").await).await.code,
        ErrorCode::WrongStatus
    );
    assert_eq!(
        step(&tea, id, "received", "").await.status(),
        StatusCode::OK
    );
    let done: ReturnRequest = step(&tea, id, "refunded", "").await.json().await.unwrap();
    let steps: Vec<ReturnStatus> = done.events.iter().map(|e| e.status).collect();
    use ReturnStatus::*;
    assert_eq!(steps, [Requested, Approved, Received, Refunded]);
    let inbox: Inbox = ada.ok("/api/v1/me/notifications").await;
    let told = inbox
        .items
        .iter()
        .filter(|n| n.link.as_deref() == Some(&format!("/me/returns/{id}")))
        .count();
    assert_eq!(told, 3, "approved, received, refunded");
    let points: Membership = ada.ok("/api/v1/me/membership").await;
    assert_eq!(
        points.points,
        points_before.points - points_before.points / 2,
        "half the order came back"
    );
}

#[tokio::test]
async fn a_rejection_says_why_and_frees_the_quantity() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let ada = s.visitor("ada@example.cn").await;
    let (order, product, _) = bought_two(&s, &ada, tea_id).await;
    let ret: ReturnRequest = ada
        .post("/api/v1/me/returns", &ask(order, product, 2, &[]))
        .await
        .json()
        .await
        .unwrap();
    let r = step(&tea, ret.id, "rejected", "  ").await;
    assert_eq!(
        problem(r).await.errors[0].field,
        "note",
        "a rejection says why"
    );
    let rejected: ReturnRequest = step(&tea, ret.id, "rejected", "The seal is broken.")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(rejected.status, ReturnStatus::Rejected);
    assert_eq!(rejected.events.last().unwrap().note, "The seal is broken.");
    let mine: ReturnRequest = ada.ok(&format!("/api/v1/me/returns/{}", ret.id)).await;
    assert_eq!(mine.events.last().unwrap().note, "The seal is broken.");
    assert_eq!(
        problem(step(&tea, ret.id, "approved", "").await).await.code,
        ErrorCode::WrongStatus
    );
    let again = ada
        .post("/api/v1/me/returns", &ask(order, product, 2, &[]))
        .await;
    assert_eq!(
        again.status(),
        StatusCode::CREATED,
        "a rejected return no longer covers the lines"
    );
}

#[tokio::test]
async fn only_paid_recent_orders_have_lines_returned() {
    let s = start().await;
    let (_, tea_id) = s.staff("tea").await;
    let ada = s.visitor("ada@example.cn").await;
    let (order, product, _) = bought_two(&s, &ada, tea_id).await;
    s.db()
        .execute(
            "UPDATE orders SET placed_at = ? WHERE id = ?",
            rusqlite::params![chrono::Utc::now() - chrono::Duration::days(31), order],
        )
        .unwrap();
    let r = ada
        .post("/api/v1/me/returns", &ask(order, product, 1, &[]))
        .await;
    assert_eq!(problem(r).await.code, ErrorCode::WrongStatus);
    let unpaid = ada.place(s.pickup_item(2), 1).await;
    let r = ada
        .post(
            "/api/v1/me/returns",
            &ask(unpaid.id, unpaid.parts[0].lines[0].product_id, 1, &[]),
        )
        .await;
    assert_eq!(problem(r).await.code, ErrorCode::WrongStatus);
    let r = ada
        .post(
            "/api/v1/me/returns",
            &json!({"order_id": order, "lines": [], "reason": "other"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let none: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM returns", [], |r| r.get(0))
        .unwrap();
    assert_eq!(none, 0);
}
