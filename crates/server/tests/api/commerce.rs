//! Hall maps, carts, coupons, offers, orders, payments and interest profiles, over real HTTP
//! and SQLite.

use crate::common::{client, problem, start, start_custom, start_offering, TestServer};
use expocx_contract::{
    CartView, CouponStatus, ErrorCode, HallMap, InterestProfile, LineNotice, Order, OrderStatus,
    PaymentStart, PaymentStatus, PickupSlot, Session,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

async fn register(s: &TestServer, email: &str) -> Session {
    client()
        .post(s.url("/api/v1/auth/register"))
        .json(&json!({"email": email, "password": "shopping-pass-1", "display_name": "Shopper"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn consent(s: &TestServer, token: &str, purposes: &[(&str, bool)]) {
    let v: Value = client()
        .get(s.url("/api/v1/consent/policy"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let decisions: Vec<Value> = purposes
        .iter()
        .map(|(p, g)| json!({"purpose": p, "granted": g}))
        .collect();
    let r = client()
        .put(s.url("/api/v1/consent"))
        .bearer_auth(token)
        .json(&json!({"policy_version": v["version"], "channel": "privacy_center", "decisions": decisions}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

/// A product without options from `category` with at least `min_stock` units: (id, price, exhibitor).
fn product(s: &TestServer, category: &str, min_stock: i64) -> (i64, i64, i64) {
    s.db()
        .query_row(
            "SELECT p.id, p.price_minor, p.exhibitor_id FROM products p JOIN categories c ON c.id = p.category_id
             WHERE c.slug = ? AND p.stock >= ? AND p.options_json = '[]' ORDER BY p.id LIMIT 1",
            rusqlite::params![category, min_stock],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
}

async fn quote(s: &TestServer, body: Value) -> CartView {
    let r = client()
        .post(s.url("/api/v1/cart/quote"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    r.json().await.unwrap()
}

async fn slots(s: &TestServer, exhibitor: i64) -> Vec<PickupSlot> {
    client()
        .get(s.url(&format!("/api/v1/exhibitors/{exhibitor}/pickup-slots")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn place(s: &TestServer, token: &str, key: &str, body: &Value) -> reqwest::Response {
    client()
        .post(s.url("/api/v1/orders"))
        .bearer_auth(token)
        .header("Idempotency-Key", key)
        .json(body)
        .send()
        .await
        .unwrap()
}

/// An order body for one product picked up in `slot`, at the quoted total.
async fn pickup_order(s: &TestServer, product_id: i64, exhibitor: i64, slot: i64) -> Value {
    let cart = json!({"lines": [{"product_id": product_id, "quantity": 1}]});
    let view = quote(s, cart.clone()).await;
    json!({
        "cart": cart,
        "fulfilment": [{"method": "pickup", "exhibitor_id": exhibitor, "slot_id": slot}],
        "expected_total_minor": view.total.amount_minor,
    })
}

#[tokio::test]
async fn hall_maps_place_every_booth_of_the_hall() {
    let s = start().await;
    let map: HallMap = client()
        .get(s.url("/api/v1/halls/1/map"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(map.code, "H1");
    let in_hall: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM exhibitors WHERE hall_id = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(map.booths.len() as i64, in_hall);
    for b in &map.booths {
        assert!(b.w > 0 && b.x + b.w <= map.width && b.y + b.h <= map.height);
    }
    // No two booths overlap.
    for (i, a) in map.booths.iter().enumerate() {
        for b in &map.booths[i + 1..] {
            let apart =
                a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
            assert!(apart, "{} overlaps {}", a.booth, b.booth);
        }
    }
    let r = client()
        .get(s.url("/api/v1/halls/99/map"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_cart_is_revalidated_and_says_what_changed() {
    let s = start().await;
    let (a, price_a, _) = product(&s, "home", 5);
    let (b, _, _) = product(&s, "silk", 1);
    let tea: (i64, i64) = s
        .db()
        .query_row(
            "SELECT id, price_minor FROM products WHERE options_json LIKE '%250g%' AND stock > 3 LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    // Prices and stock change after the visitor saw them.
    s.db()
        .execute(
            "UPDATE products SET price_minor = price_minor + 1000 WHERE id = ?",
            [a],
        )
        .unwrap();
    s.db()
        .execute("UPDATE products SET stock = 0 WHERE id = ?", [b])
        .unwrap();
    let view = quote(
        &s,
        json!({"lines": [
            {"product_id": a, "quantity": 2, "seen_price_minor": price_a},
            {"product_id": b, "quantity": 1},
            {"product_id": tea.0, "option_id": "250g", "quantity": 1},
            {"product_id": tea.0, "quantity": 1},
            {"product_id": 999999, "quantity": 1},
        ]}),
    )
    .await;
    assert!(view.changed);
    assert_eq!(view.removed, 1);
    let lines: Vec<_> = view.groups.iter().flat_map(|g| g.lines.iter()).collect();
    let line_a = lines.iter().find(|l| l.product_id == a).unwrap();
    assert_eq!(
        line_a.notices,
        [LineNotice::PriceUp {
            from_minor: price_a,
            to_minor: price_a + 1000
        }]
    );
    assert_eq!(line_a.line_total.amount_minor, 2 * (price_a + 1000));
    let line_b = lines.iter().find(|l| l.product_id == b).unwrap();
    assert_eq!(line_b.notices, [LineNotice::SoldOut]);
    assert_eq!(line_b.quantity, 0);
    // The larger pack costs more; a product with options needs one chosen.
    let big = lines
        .iter()
        .find(|l| l.product_id == tea.0 && l.option_id.as_deref() == Some("250g"))
        .unwrap();
    assert!(big.unit_price.amount_minor > tea.1);
    assert_eq!(big.option_label.as_ref().unwrap().en, "250 g");
    let bare = lines
        .iter()
        .find(|l| l.product_id == tea.0 && l.option_id.is_none())
        .unwrap();
    assert_eq!(bare.notices, [LineNotice::Unavailable]);
    // Totals count only what can be bought.
    assert_eq!(
        view.total.amount_minor,
        2 * (price_a + 1000) + big.unit_price.amount_minor
    );

    // Asking for more than is left lowers the quantity and says so.
    s.db()
        .execute("UPDATE products SET stock = 2 WHERE id = ?", [a])
        .unwrap();
    let view = quote(&s, json!({"lines": [{"product_id": a, "quantity": 5}]})).await;
    let l = &view.groups[0].lines[0];
    assert_eq!(
        l.notices,
        [LineNotice::QuantityReduced {
            asked: 5,
            available: 2
        }]
    );
    assert_eq!(l.quantity, 2);

    // Zero or absurd quantities are refused with a field error.
    let r = client()
        .post(s.url("/api/v1/cart/quote"))
        .json(&json!({"lines": [{"product_id": a, "quantity": 0}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(r).await.errors[0].field, "lines[0].quantity");
}

#[tokio::test]
async fn coupons_apply_or_say_why_not() {
    let s = start().await;
    let (home, home_price, _) = product(&s, "home", 3);
    let (tea, tea_price, _) = {
        let t: (i64, i64) = s
            .db()
            .query_row(
                "SELECT p.id, p.price_minor FROM products p JOIN categories c ON c.id = p.category_id
                 WHERE c.slug = 'tea' AND p.stock > 3 LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        (t.0, t.1, 0)
    };
    let cart = |code: &str, qty: u32| json!({"lines": [{"product_id": home, "quantity": qty}], "coupon": code});
    let small_qty = 1;
    assert!(home_price < 20000, "the test needs a product under ¥200");
    let v = quote(&s, cart("expo10", small_qty)).await;
    assert_eq!(
        v.coupon,
        Some(CouponStatus::BelowMinimum {
            minimum: expocx_contract::Money::cny(20000)
        })
    );
    assert_eq!(v.discount.amount_minor, 0);
    let qty = (20000 / home_price + 1) as u32;
    let v = quote(&s, cart("EXPO10", qty)).await;
    let subtotal = home_price * qty as i64;
    assert!(matches!(v.coupon, Some(CouponStatus::Applied { .. })));
    assert_eq!(v.discount.amount_minor, subtotal / 10);
    assert_eq!(v.total.amount_minor, subtotal - subtotal / 10);
    assert_eq!(v.coupon_code.as_deref(), Some("EXPO10"));
    assert_eq!(
        quote(&s, cart("SPRING26", 1)).await.coupon,
        Some(CouponStatus::Expired)
    );
    assert_eq!(
        quote(&s, cart("NOPE", 1)).await.coupon,
        Some(CouponStatus::Unknown)
    );
    assert!(matches!(
        quote(&s, cart("TEA20", 1)).await.coupon,
        Some(CouponStatus::NotApplicable { .. })
    ));
    // Tea worth ¥100 or more: ¥20 off, counted on the tea only.
    let tea_qty = (10000 / tea_price + 1) as u32;
    let v = quote(
        &s,
        json!({"lines": [{"product_id": tea, "option_id": "100g", "quantity": tea_qty},
                         {"product_id": home, "quantity": 1}], "coupon": "TEA20"}),
    )
    .await;
    assert!(
        matches!(v.coupon, Some(CouponStatus::Applied { .. })),
        "{:?}",
        v.coupon
    );
    assert_eq!(v.discount.amount_minor, 2000);
}

#[tokio::test]
async fn a_device_cart_merges_into_the_account_cart_without_losing_anything() {
    let s = start().await;
    let session = register(&s, "merge@example.cn").await;
    let (a, _, _) = product(&s, "home", 5);
    let (b, _, _) = product(&s, "silk", 5);
    let c = client();
    let r = c
        .put(s.url("/api/v1/cart"))
        .bearer_auth(&session.token)
        .json(&json!({"lines": [{"product_id": a, "quantity": 1}], "coupon": "EXPO10"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let merged: CartView = c
        .post(s.url("/api/v1/cart/merge"))
        .bearer_auth(&session.token)
        .json(
            &json!({"lines": [{"product_id": a, "quantity": 2}, {"product_id": b, "quantity": 1}]}),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let qty = |v: &CartView, id: i64| {
        v.groups
            .iter()
            .flat_map(|g| g.lines.iter())
            .find(|l| l.product_id == id)
            .map(|l| l.quantity)
    };
    assert_eq!(qty(&merged, a), Some(3));
    assert_eq!(qty(&merged, b), Some(1));
    assert_eq!(merged.coupon_code.as_deref(), Some("EXPO10"));
    // Stored: another device sees the same cart.
    let again: CartView = c
        .get(s.url("/api/v1/cart"))
        .bearer_auth(&session.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(again.item_count, 4);
    // Without a session the account cart is not reachable.
    let r = c.get(s.url("/api/v1/cart")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn one_idempotency_key_places_one_order_however_often_it_is_sent() {
    let s = start().await;
    let session = register(&s, "twice@example.cn").await;
    let (p, _, ex) = product(&s, "home", 5);
    let stock_before: i64 = s
        .db()
        .query_row("SELECT stock FROM products WHERE id = ?", [p], |r| r.get(0))
        .unwrap();
    let slot = slots(&s, ex).await[1].id;
    let body = pickup_order(&s, p, ex, slot).await;
    // A double tap: both requests at once.
    let (r1, r2) = tokio::join!(
        place(&s, &session.token, "order-key-1", &body),
        place(&s, &session.token, "order-key-1", &body)
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
    let r3 = place(&s, &session.token, "order-key-1", &body).await;
    assert_eq!(r3.status(), StatusCode::OK);
    assert_eq!(r3.json::<Order>().await.unwrap().id, o1.id);
    let count: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1);
    let stock_after: i64 = s
        .db()
        .query_row("SELECT stock FROM products WHERE id = ?", [p], |r| r.get(0))
        .unwrap();
    assert_eq!(stock_after, stock_before - 1);
    // The same key with another body is a client bug, not a second order.
    let mut other = body.clone();
    other["cart"]["lines"][0]["quantity"] = json!(2);
    let r = place(&s, &session.token, "order-key-1", &other).await;
    assert_eq!(problem(r).await.code, ErrorCode::IdempotencyConflict);
    // No key: refused.
    let r = client()
        .post(s.url("/api/v1/orders"))
        .bearer_auth(&session.token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_total_that_changed_since_the_visitor_saw_it_is_not_charged() {
    let s = start().await;
    let session = register(&s, "changed@example.cn").await;
    let (p, price, ex) = product(&s, "home", 5);
    let slot = slots(&s, ex).await[1].id;
    let mut body = pickup_order(&s, p, ex, slot).await;
    body["cart"]["lines"][0]["seen_price_minor"] = json!(price);
    s.db()
        .execute(
            "UPDATE products SET price_minor = price_minor + 500 WHERE id = ?",
            [p],
        )
        .unwrap();
    let r = place(&s, &session.token, "k-changed", &body).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(problem(r).await.code, ErrorCode::CartChanged);
    // Accepting the new price (seen = current, total = new total) goes through.
    body["cart"]["lines"][0]["seen_price_minor"] = json!(price + 500);
    body["expected_total_minor"] = json!(price + 500);
    let r = place(&s, &session.token, "k-changed-2", &body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn pickup_slots_fill_up_and_delivery_needs_an_address() {
    let s = start().await;
    let session = register(&s, "slots@example.cn").await;
    let (p, _, ex) = product(&s, "home", 5);
    let small = slots(&s, ex)
        .await
        .into_iter()
        .find(|s| s.capacity == 2)
        .unwrap();
    for key in ["s1", "s2"] {
        let body = pickup_order(&s, p, ex, small.id).await;
        assert_eq!(
            place(&s, &session.token, key, &body).await.status(),
            StatusCode::CREATED
        );
    }
    let after = slots(&s, ex).await;
    assert_eq!(
        after.iter().find(|x| x.id == small.id).unwrap().remaining,
        0
    );
    let body = pickup_order(&s, p, ex, small.id).await;
    let r = place(&s, &session.token, "s3", &body).await;
    assert_eq!(problem(r).await.code, ErrorCode::SlotFull);
    // Another exhibitor's slot is not a valid choice.
    let foreign = slots(&s, ex % 14 + 1).await[1].id;
    let body = pickup_order(&s, p, ex, foreign).await;
    let r = place(&s, &session.token, "s4", &body).await;
    assert_eq!(problem(r).await.code, ErrorCode::ValidationFailed);
    // Delivery: the address is checked field by field.
    let mut body = pickup_order(&s, p, ex, small.id).await;
    body["fulfilment"] = json!([{"method": "delivery", "exhibitor_id": ex}]);
    let r = place(&s, &session.token, "s5", &body).await;
    assert_eq!(problem(r).await.errors[0].field, "address");
    body["address"] =
        json!({"name": "", "phone": "12", "region": "上海市", "street": "世博大道 1 号"});
    let p2 = problem(place(&s, &session.token, "s6", &body).await).await;
    let fields: Vec<&str> = p2.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["address.name", "address.phone"]);
    body["address"] = json!({"name": "李雷", "phone": "13800138000", "region": "上海市", "street": "世博大道 1 号"});
    let r = place(&s, &session.token, "s7", &body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let o: Order = r.json().await.unwrap();
    assert_eq!(o.parts[0].method, "delivery");
    assert_eq!(o.address.unwrap().name, "李雷");
}

#[tokio::test]
async fn the_test_provider_pays_and_only_then_is_there_a_pickup_code() {
    let s = start().await;
    let session = register(&s, "pay@example.cn").await;
    let other = register(&s, "nosy@example.cn").await;
    let (p, _, ex) = product(&s, "home", 5);
    let slot = slots(&s, ex).await[1].id;
    let body = pickup_order(&s, p, ex, slot).await;
    let o: Order = place(&s, &session.token, "pay-1", &body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(o.status, OrderStatus::AwaitingPayment);
    assert!(o.parts[0].pickup_code.is_none());
    let c = client();
    // Someone else's order does not exist for them.
    let r = c
        .get(s.url(&format!("/api/v1/orders/{}", o.id)))
        .bearer_auth(&other.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // WeChat Pay is not configured on the reference backend.
    let r = c
        .post(s.url(&format!("/api/v1/orders/{}/payments", o.id)))
        .bearer_auth(&session.token)
        .json(&json!({"provider": "wechat_jsapi"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let pay = |outcome: bool| {
        let c = c.clone();
        let token = session.token.clone();
        let url = s.url(&format!("/api/v1/orders/{}/payments", o.id));
        let base = s.base.clone();
        async move {
            let start: PaymentStart = c
                .post(url)
                .bearer_auth(&token)
                .json(&json!({"provider": "test"}))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let PaymentStart::Test { payment_id } = start else {
                panic!("test provider expected")
            };
            c.post(format!("{base}/api/v1/payments/test/{payment_id}"))
                .bearer_auth(&token)
                .json(&json!({"succeed": outcome}))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(pay(false).await, StatusCode::NO_CONTENT);
    let get = || async {
        c.get(s.url(&format!("/api/v1/orders/{}", o.id)))
            .bearer_auth(&session.token)
            .send()
            .await
            .unwrap()
            .json::<Order>()
            .await
            .unwrap()
    };
    let declined = get().await;
    assert_eq!(declined.payment, PaymentStatus::Failed);
    assert!(declined.parts[0].pickup_code.is_none());
    assert_eq!(pay(true).await, StatusCode::NO_CONTENT);
    let paid = get().await;
    assert_eq!(paid.status, OrderStatus::Paid);
    assert_eq!(paid.payment, PaymentStatus::Succeeded);
    let code = paid.parts[0].pickup_code.clone().unwrap();
    assert!(code.starts_with(&format!("EXPOCX:PICKUP:{}:", paid.number)));
    // Paid once is enough.
    let r = c
        .post(s.url(&format!("/api/v1/orders/{}/payments", o.id)))
        .bearer_auth(&session.token)
        .json(&json!({"provider": "test"}))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(r).await.code, ErrorCode::NotPayable);
}

#[tokio::test]
async fn abandoned_carts_earn_one_offer_only_with_marketing_consent() {
    let s = start_offering(expocx_server::db::offers::OfferRules {
        abandoned_after: chrono::Duration::zero(),
        ..Default::default()
    })
    .await;
    let session = register(&s, "offer@example.cn").await;
    let (p, price, ex) = product(&s, "home", 5);
    let c = client();
    let cart = |token: String| {
        let c = c.clone();
        let url = s.url("/api/v1/cart");
        async move {
            c.get(url)
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .json::<CartView>()
                .await
                .unwrap()
        }
    };
    c.put(s.url("/api/v1/cart"))
        .bearer_auth(&session.token)
        .json(&json!({"lines": [{"product_id": p, "quantity": 1}]}))
        .send()
        .await
        .unwrap();
    // No marketing consent: no offer, by backend rule.
    assert!(cart(session.token.clone()).await.offer.is_none());
    consent(&s, &session.token, &[("marketing_email", true)]).await;
    let v = cart(session.token.clone()).await;
    let offer = v.offer.clone().expect("an offer for the abandoned cart");
    assert_eq!(offer.percent_off, 5);
    assert_eq!(v.discount.amount_minor, price * 5 / 100);
    let days = (offer.expires_at - chrono::Utc::now()).num_days();
    assert!((9..=10).contains(&days), "{days}");
    // Asking again does not stack offers.
    assert_eq!(
        cart(session.token.clone()).await.offer.unwrap().id,
        offer.id
    );
    let n: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM offers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    // Used by an order, it is gone, and the frequency cap holds back a new one.
    let slot = slots(&s, ex).await[1].id;
    let body = json!({
        "cart": {"lines": [{"product_id": p, "quantity": 1}]},
        "fulfilment": [{"method": "pickup", "exhibitor_id": ex, "slot_id": slot}],
        "expected_total_minor": v.total.amount_minor,
    });
    let o: Order = place(&s, &session.token, "offer-order", &body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(o.discount.amount_minor, price * 5 / 100);
    c.put(s.url("/api/v1/cart"))
        .bearer_auth(&session.token)
        .json(&json!({"lines": [{"product_id": p, "quantity": 1}]}))
        .send()
        .await
        .unwrap();
    assert!(cart(session.token.clone()).await.offer.is_none());
    // Withdrawing marketing ends a running offer at once.
    let second = register(&s, "offer2@example.cn").await;
    consent(&s, &second.token, &[("marketing_sms", true)]).await;
    c.put(s.url("/api/v1/cart"))
        .bearer_auth(&second.token)
        .json(&json!({"lines": [{"product_id": p, "quantity": 1}]}))
        .send()
        .await
        .unwrap();
    assert!(cart(second.token.clone()).await.offer.is_some());
    consent(&s, &second.token, &[("marketing_sms", false)]).await;
    let offers: Vec<Value> = c
        .get(s.url("/api/v1/offers"))
        .bearer_auth(&second.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(offers.is_empty());
}

#[tokio::test]
async fn the_interest_profile_is_stored_only_with_personalization_consent() {
    let s = start().await;
    let session = register(&s, "profile@example.cn").await;
    let c = client();
    let mut device = InterestProfile::default();
    let now = chrono::Utc::now().timestamp_millis();
    device.record(expocx_contract::interest::Signal::Viewed, 3, 1, 1, now);
    let put = |token: String, body: InterestProfile| {
        let c = c.clone();
        let url = s.url("/api/v1/me/interests");
        async move {
            c.put(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    let r = put(session.token.clone(), device.clone()).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(problem(r).await.code, ErrorCode::ConsentRequired);
    let stored: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM interest_profiles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 0);
    consent(&s, &session.token, &[("personalization", true)]).await;
    let merged: InterestProfile = put(session.token.clone(), device.clone())
        .await
        .json()
        .await
        .unwrap();
    assert!(merged.categories.contains_key(&1));
    // A second device adds to it.
    let mut phone = InterestProfile::default();
    phone.record(
        expocx_contract::interest::Signal::AddedToCart,
        40,
        4,
        5,
        now,
    );
    let merged: InterestProfile = put(session.token.clone(), phone)
        .await
        .json()
        .await
        .unwrap();
    assert!(merged.categories.contains_key(&1) && merged.categories.contains_key(&4));
    // Withdrawing the consent deletes the stored profile.
    consent(&s, &session.token, &[("personalization", false)]).await;
    let stored: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM interest_profiles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 0);
    let back: InterestProfile = c
        .get(s.url("/api/v1/me/interests"))
        .bearer_auth(&session.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(back.is_empty());
}

#[tokio::test]
async fn an_exhibitor_changes_its_own_prices_with_if_match_and_carts_see_it() {
    let s = start().await;
    let c = client();
    let login: Session = c
        .post(s.url("/api/v1/auth/login"))
        .json(&json!({"email": "tea@demo.expocx.test", "password": "exhibit-expo-2026"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (own, price, weighed): (i64, i64, bool) = s
        .db()
        .query_row(
            "SELECT id, price_minor, options_json LIKE '%100g%' FROM products WHERE exhibitor_id = 1 LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    let option = weighed.then_some("100g");
    let etag = c
        .get(s.url(&format!("/api/v1/products/{own}")))
        .send()
        .await
        .unwrap()
        .headers()["etag"]
        .to_str()
        .unwrap()
        .to_string();
    let patch = |id: i64, tag: Option<&str>, body: Value| {
        let mut r = c
            .patch(s.url(&format!("/api/v1/exhibitor/products/{id}")))
            .bearer_auth(&login.token)
            .json(&body);
        if let Some(t) = tag {
            r = r.header("If-Match", t);
        }
        r.send()
    };
    assert_eq!(
        patch(own, None, json!({"price_minor": price + 300}))
            .await
            .unwrap()
            .status(),
        StatusCode::PRECONDITION_REQUIRED
    );
    let r = patch(own, Some(&etag), json!({"price_minor": price + 300}))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_ne!(r.headers()["etag"].to_str().unwrap(), etag);
    // The old ETag is stale now: a second editor is told, not overwritten.
    let r = patch(own, Some(&etag), json!({"stock": 1})).await.unwrap();
    assert_eq!(problem(r).await.code, ErrorCode::PreconditionFailed);
    // Another exhibitor's product is not theirs to change.
    let (foreign,): (i64,) = s
        .db()
        .query_row(
            "SELECT id FROM products WHERE exhibitor_id = 2 LIMIT 1",
            [],
            |r| Ok((r.get(0)?,)),
        )
        .unwrap();
    let r = patch(
        foreign,
        Some(&format!("\"p{foreign}-v1\"")),
        json!({"stock": 1}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // A visitor's cart sees the new price as a change.
    let v = quote(
        &s,
        json!({"lines": [{"product_id": own, "option_id": option, "quantity": 1, "seen_price_minor": price}]}),
    )
    .await;
    assert_eq!(
        v.groups[0].lines[0].notices,
        [LineNotice::PriceUp {
            from_minor: price,
            to_minor: price + 300
        }]
    );
    // Visitors cannot use it.
    let visitor = register(&s, "notstaff@example.cn").await;
    let r = c
        .patch(s.url(&format!("/api/v1/exhibitor/products/{own}")))
        .bearer_auth(&visitor.token)
        .header("If-Match", etag.as_str())
        .json(&json!({"stock": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_backend_without_the_test_provider_refuses_test_payments() {
    let s = start_custom(Default::default(), false).await;
    let session = register(&s, "prod@example.cn").await;
    let (p, _, ex) = product(&s, "home", 5);
    let slot = slots(&s, ex).await[1].id;
    let body = pickup_order(&s, p, ex, slot).await;
    let o: Order = place(&s, &session.token, "prod-1", &body)
        .await
        .json()
        .await
        .unwrap();
    let r = client()
        .post(s.url(&format!("/api/v1/orders/{}/payments", o.id)))
        .bearer_auth(&session.token)
        .json(&json!({"provider": "test"}))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(r).await.errors[0].field, "provider");
    let r = client()
        .post(s.url("/api/v1/payments/test/testpay_0"))
        .bearer_auth(&session.token)
        .json(&json!({"succeed": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
