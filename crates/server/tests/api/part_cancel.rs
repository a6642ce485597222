//! A booth calls off its part of a paid order over real HTTP and SQLite: only with a reason,
//! only before it is handed over or shipped; the customer is told why and refunded that part's
//! share, the stock goes back, and another booth's part of the same order goes on. When no part
//! is left the order is cancelled and wholly refunded.

use crate::common;
use crate::common::{problem, send, start, Api};
use expocx_contract::{
    ErrorCode, Inbox, Order, OrderStatus, PaymentStatus, PickupSlot, StaffOrder,
};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

async fn step(staff: &Api, id: i64, body: Value) -> reqwest::Response {
    let r = staff.get(&format!("/api/v1/exhibitor/orders/{id}")).await;
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    let path = format!("/api/v1/exhibitor/orders/{id}/status");
    send(staff, Method::POST, &path, Some(&tag), Some(body)).await
}

/// The tea booth's staff, a visitor, and the visitor's paid order of one tea item.
async fn paid_tea_order(s: &common::TestServer) -> (Api, Api, Order) {
    let (tea, tea_id) = s.staff("tea").await;
    let ada = s.visitor("ada@example.cn").await;
    let order = ada.place(s.item_of(tea_id), 1).await;
    ada.pay(order.id).await;
    (tea, ada, order)
}

#[tokio::test]
async fn a_booth_cancels_its_part_with_a_reason_and_the_other_booth_goes_on() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, ceramics_id) = s.staff("ceramics").await;
    let ada = s.visitor("ada@example.cn").await;
    let (tea_item, ceramics_item) = (s.item_of(tea_id), s.item_of(ceramics_id));
    let order = ada.place_many(&[(tea_item, 2), (ceramics_item, 1)]).await;
    ada.pay(order.id).await;
    let stock = s.stock(tea_item.0);

    let no_reason = step(&tea, order.id, json!({"status": "cancelled"})).await;
    assert_eq!(problem(no_reason).await.errors[0].field, "reason");
    let reason = "Sold out at the booth";
    let r = step(
        &tea,
        order.id,
        json!({"status": "cancelled", "reason": reason}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let staff_view: StaffOrder = r.json().await.unwrap();
    assert_eq!(staff_view.part.cancelled.as_ref().unwrap().reason, reason);
    assert!(staff_view.next.is_empty(), "nothing more to do on it");
    assert_eq!(s.stock(tea_item.0), stock + 2, "the stock is back");

    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(seen.status, OrderStatus::Paid, "the ceramics part goes on");
    assert_eq!(seen.payment, PaymentStatus::Succeeded);
    let tea_part = seen
        .parts
        .iter()
        .find(|p| p.exhibitor_id == tea_id)
        .unwrap();
    let cancelled = tea_part.cancelled.as_ref().expect("the customer sees it");
    assert_eq!(cancelled.reason, reason);
    assert_eq!(
        cancelled.refund.amount_minor, tea_part.subtotal.amount_minor,
        "no discount: the part's subtotal comes back"
    );
    let inbox: Inbox = ada.ok("/api/v1/me/notifications").await;
    assert!(inbox.items.iter().any(|m| m.text.en.contains(reason)));
    let slots: Vec<PickupSlot> = s
        .anon()
        .ok(&format!("/api/v1/exhibitors/{tea_id}/pickup-slots"))
        .await;
    let slot = slots.iter().find(|x| x.id == tea_item.2).unwrap();
    assert_eq!(
        slot.remaining, slot.capacity,
        "the pickup place is free again"
    );

    // What the booth refunded cannot be returned for a second refund.
    let r = ada
        .post(
            "/api/v1/me/returns",
            &json!({"order_id": order.id, "lines": [{"product_id": tea_item.0, "quantity": 1}],
                    "reason": "damaged", "text": "Refund me again", "photo_ids": []}),
        )
        .await;
    assert_eq!(problem(r).await.code, ErrorCode::ValidationFailed);

    // Once called off, it cannot be called off again; the other booth completes the order.
    let again = step(
        &tea,
        order.id,
        json!({"status": "cancelled", "reason": "x"}),
    )
    .await;
    assert_eq!(problem(again).await.code, ErrorCode::WrongStatus);
    let r = step(&ceramics, order.id, json!({"status": "completed"})).await;
    assert_eq!(r.status(), StatusCode::OK);
    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(seen.status, OrderStatus::Completed);
}

#[tokio::test]
async fn the_last_part_cancelled_cancels_and_refunds_the_order() {
    let s = start().await;
    let (tea, ada, order) = paid_tea_order(&s).await;
    let r = step(&tea, order.id, json!({"status": "confirmed"})).await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = step(
        &tea,
        order.id,
        json!({"status": "cancelled", "reason": "Damaged in transit to the hall"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(seen.status, OrderStatus::Cancelled);
    assert_eq!(seen.payment, PaymentStatus::Refunded);
    let refund = &seen.parts[0].cancelled.as_ref().unwrap().refund;
    assert_eq!(refund.amount_minor, seen.total.amount_minor);
}

#[tokio::test]
async fn a_part_handed_over_or_shipped_is_not_called_off_and_nobody_else_can() {
    let s = start().await;
    let (tea, ada, order) = paid_tea_order(&s).await;
    let (ceramics, _) = s.staff("ceramics").await;
    let tea_id = order.parts[0].exhibitor_id;
    let body = json!({"status": "cancelled", "reason": "No"});
    let r = step(&tea, order.id, body.clone()).await;
    // (a fresh order for the matrix below; this one is cancelled)
    assert_eq!(r.status(), StatusCode::OK);

    let order = ada.place(s.item_of(tea_id), 1).await;
    ada.pay(order.id).await;
    let path = format!("/api/v1/exhibitor/orders/{}/status", order.id);
    let tag = format!("\"o{}-v1\"", order.id);
    let r = send(
        &ceramics,
        Method::POST,
        &path,
        Some(&tag),
        Some(body.clone()),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    for (who, want) in [
        (&ada, StatusCode::FORBIDDEN),
        (&s.anon(), StatusCode::UNAUTHORIZED),
    ] {
        let r = send(who, Method::POST, &path, Some(&tag), Some(body.clone())).await;
        assert_eq!(r.status(), want);
    }
    let r = step(&tea, order.id, json!({"status": "completed"})).await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = step(&tea, order.id, body).await;
    assert_eq!(
        problem(r).await.code,
        ErrorCode::WrongStatus,
        "handed over already"
    );
    let seen: Order = ada.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(seen.status, OrderStatus::Completed);
    assert_eq!(seen.payment, PaymentStatus::Succeeded, "nothing refunded");
}
