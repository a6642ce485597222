//! Placing and paying orders over real HTTP and SQLite: one order per idempotency key, a total
//! that changed is not charged, pickup slots fill up, delivery needs an address, and the test
//! payment provider (only where it is enabled).

use crate::common::{answer, problem, start, start_custom, Api};
use expocx_contract::{CartView, ErrorCode, LineNotice, Order, OrderStatus, PaymentStatus};
use reqwest::{Response, StatusCode};
use serde_json::{json, Value};

async fn place(api: &Api, key: &str, body: &Value) -> Response {
    api.post_keyed("/api/v1/orders", key, body).await
}

/// An order body for one product picked up in `slot`, at the quoted total.
async fn pickup_order(api: &Api, product_id: i64, exhibitor: i64, slot: i64) -> Value {
    let cart = json!({"lines": [{"product_id": product_id, "quantity": 1}]});
    let view = api.quote(&cart).await;
    json!({
        "cart": cart,
        "fulfilment": [{"method": "pickup", "exhibitor_id": exhibitor, "slot_id": slot}],
        "expected_total_minor": view.total.amount_minor,
    })
}

#[tokio::test]
async fn one_idempotency_key_places_one_order_however_often_it_is_sent() {
    let s = start().await;
    let shopper = s.visitor("twice@example.cn").await;
    let (p, _, ex) = s.product_in("home", 5);
    let stock_before = s.stock(p);
    let slot = shopper.pickup_slots(ex).await[1].id;
    let body = pickup_order(&shopper, p, ex, slot).await;
    // A double tap: both requests at once.
    let (r1, r2) = tokio::join!(
        place(&shopper, "order-key-1", &body),
        place(&shopper, "order-key-1", &body)
    );
    let mut statuses = [r1.status().as_u16(), r2.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 201]);
    let o1: Order = r1.json().await.unwrap();
    let o2: Order = r2.json().await.unwrap();
    assert_eq!(o1.id, o2.id);
    assert_eq!(o1.number, o2.number);
    assert!(o1.number.starts_with("EX"));
    // A retry after a timeout, later: still the same order.
    let r3 = place(&shopper, "order-key-1", &body).await;
    assert_eq!(answer::<Order>(r3, StatusCode::OK).await.id, o1.id);
    let count: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1);
    assert_eq!(s.stock(p), stock_before - 1);
    // The same key with another body is a client bug, not a second order.
    let mut other = body.clone();
    other["cart"]["lines"][0]["quantity"] = json!(2);
    let r = place(&shopper, "order-key-1", &other).await;
    assert_eq!(problem(r).await.code, ErrorCode::IdempotencyConflict);
    // No key: refused.
    let r = shopper.post("/api/v1/orders", &body).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_total_that_changed_since_the_visitor_saw_it_is_not_charged() {
    let s = start().await;
    let shopper = s.visitor("changed@example.cn").await;
    let (p, price, ex) = s.product_in("home", 5);
    let slot = shopper.pickup_slots(ex).await[1].id;
    let mut body = pickup_order(&shopper, p, ex, slot).await;
    body["cart"]["lines"][0]["seen_price_minor"] = json!(price);
    s.db()
        .execute(
            "UPDATE products SET price_minor = price_minor + 500 WHERE id = ?",
            [p],
        )
        .unwrap();
    let r = place(&shopper, "k-changed", &body).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(problem(r).await.code, ErrorCode::CartChanged);
    // Accepting the new price (seen = current, total = new total) goes through.
    body["cart"]["lines"][0]["seen_price_minor"] = json!(price + 500);
    body["expected_total_minor"] = json!(price + 500);
    let r = place(&shopper, "k-changed-2", &body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn pickup_slots_fill_up_and_delivery_needs_an_address() {
    let s = start().await;
    let shopper = s.visitor("slots@example.cn").await;
    let (p, _, ex) = s.product_in("home", 5);
    let small = shopper
        .pickup_slots(ex)
        .await
        .into_iter()
        .find(|s| s.capacity == 2)
        .unwrap();
    for key in ["s1", "s2"] {
        let body = pickup_order(&shopper, p, ex, small.id).await;
        let r = place(&shopper, key, &body).await;
        assert_eq!(r.status(), StatusCode::CREATED);
    }
    let after = shopper.pickup_slots(ex).await;
    assert_eq!(
        after.iter().find(|x| x.id == small.id).unwrap().remaining,
        0
    );
    let body = pickup_order(&shopper, p, ex, small.id).await;
    let r = place(&shopper, "s3", &body).await;
    assert_eq!(problem(r).await.code, ErrorCode::SlotFull);
    // Another exhibitor's slot is not a valid choice.
    let foreign = shopper.pickup_slots(ex % 14 + 1).await[1].id;
    let body = pickup_order(&shopper, p, ex, foreign).await;
    let r = place(&shopper, "s4", &body).await;
    assert_eq!(problem(r).await.code, ErrorCode::ValidationFailed);
    // Delivery: the address is checked field by field.
    let mut body = pickup_order(&shopper, p, ex, small.id).await;
    body["fulfilment"] = json!([{"method": "delivery", "exhibitor_id": ex}]);
    let r = place(&shopper, "s5", &body).await;
    assert_eq!(problem(r).await.errors[0].field, "address");
    body["address"] =
        json!({"name": "", "phone": "12", "region": "上海市", "street": "世博大道 1 号"});
    let p2 = problem(place(&shopper, "s6", &body).await).await;
    let fields: Vec<&str> = p2.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["address.name", "address.phone"]);
    body["address"] = json!({"name": "李雷", "phone": "13800138000", "region": "上海市", "street": "世博大道 1 号"});
    let o: Order = answer(place(&shopper, "s7", &body).await, StatusCode::CREATED).await;
    assert_eq!(o.parts[0].method, "delivery");
    assert_eq!(o.address.unwrap().name, "李雷");
}

#[tokio::test]
async fn the_test_provider_pays_and_only_then_is_there_a_pickup_code() {
    let s = start().await;
    let shopper = s.visitor("pay@example.cn").await;
    let other = s.visitor("nosy@example.cn").await;
    let (p, _, ex) = s.product_in("home", 5);
    let slot = shopper.pickup_slots(ex).await[1].id;
    let body = pickup_order(&shopper, p, ex, slot).await;
    let o: Order = answer(place(&shopper, "pay-1", &body).await, StatusCode::CREATED).await;
    assert_eq!(o.status, OrderStatus::AwaitingPayment);
    assert!(o.parts[0].pickup_code.is_none());
    let path = format!("/api/v1/orders/{}", o.id);
    // Someone else's order does not exist for them.
    assert_eq!(other.get(&path).await.status(), StatusCode::NOT_FOUND);
    // WeChat Pay is not configured on the reference backend.
    let payments = format!("{path}/payments");
    let r = shopper
        .post(&payments, &json!({"provider": "wechat_jsapi"}))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let declined = shopper.start_test_payment(o.id).await;
    let r = shopper.complete_test_payment(&declined, false).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let declined: Order = shopper.ok(&path).await;
    assert_eq!(declined.payment, PaymentStatus::Failed);
    assert!(declined.parts[0].pickup_code.is_none());
    shopper.pay(o.id).await;
    let paid: Order = shopper.ok(&path).await;
    assert_eq!(paid.status, OrderStatus::Paid);
    assert_eq!(paid.payment, PaymentStatus::Succeeded);
    let code = paid.parts[0].pickup_code.clone().unwrap();
    assert!(code.starts_with(&format!("EXPOCX:PICKUP:{}:", paid.number)));
    // Paid once is enough.
    let r = shopper.post(&payments, &json!({"provider": "test"})).await;
    assert_eq!(problem(r).await.code, ErrorCode::NotPayable);
}

#[tokio::test]
async fn a_backend_without_the_test_provider_refuses_test_payments() {
    let s = start_custom(Default::default(), false).await;
    let shopper = s.visitor("prod@example.cn").await;
    let (p, _, ex) = s.product_in("home", 5);
    let slot = shopper.pickup_slots(ex).await[1].id;
    let body = pickup_order(&shopper, p, ex, slot).await;
    let o: Order = answer(place(&shopper, "prod-1", &body).await, StatusCode::CREATED).await;
    let r = shopper
        .post(
            &format!("/api/v1/orders/{}/payments", o.id),
            &json!({"provider": "test"}),
        )
        .await;
    assert_eq!(problem(r).await.errors[0].field, "provider");
    let r = shopper.complete_test_payment("testpay_0", true).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_item_sold_out_since_the_quote_answers_cart_changed_not_cart_required() {
    let s = start().await;
    let buyer = s.visitor("late@example.cn").await;
    let (product, exhibitor, slot) = s.pickup_item(1);
    let cart = json!({"lines": [{"product_id": product, "quantity": 1}]});
    let quoted: CartView = buyer.quote(&cart).await;
    // Someone else buys the last one meanwhile.
    s.db()
        .execute("UPDATE products SET stock = 0 WHERE id = ?", [product])
        .unwrap();
    let r = buyer
        .request(reqwest::Method::POST, "/api/v1/orders")
        .header("Idempotency-Key", crate::common::key())
        .json(&json!({
            "cart": cart,
            "fulfilment": [{"method": "pickup", "exhibitor_id": exhibitor, "slot_id": slot}],
            "expected_total_minor": quoted.total.amount_minor,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(problem(r).await.code, ErrorCode::CartChanged);
    // The cart says which line sold out.
    let now: CartView = buyer.quote(&cart).await;
    assert_eq!(now.groups[0].lines[0].notices, [LineNotice::SoldOut]);
}
