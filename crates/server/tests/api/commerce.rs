//! Hall maps, carts, coupons, offers, interest profiles and an exhibitor's price changes, over
//! real HTTP and SQLite. (Placing and paying orders: `orders.rs`.)

use crate::common::{answer, problem, send, start, start_offering};
use expocx_contract::{
    CartView, CouponStatus, ErrorCode, HallMap, InterestProfile, LineNotice, Order,
};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const CART: &str = "/api/v1/cart";

#[tokio::test]
async fn hall_maps_place_every_booth_of_the_hall() {
    let s = start().await;
    let map: HallMap = s.anon().ok("/api/v1/halls/1/map").await;
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
    let r = s.anon().get("/api/v1/halls/99/map").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_cart_is_revalidated_and_says_what_changed() {
    let s = start().await;
    let anon = s.anon();
    let (a, price_a, _) = s.product_in("home", 5);
    let (b, _, _) = s.product_in("silk", 1);
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
    let view = anon
        .quote(&json!({"lines": [
            {"product_id": a, "quantity": 2, "seen_price_minor": price_a},
            {"product_id": b, "quantity": 1},
            {"product_id": tea.0, "option_id": "250g", "quantity": 1},
            {"product_id": tea.0, "quantity": 1},
            {"product_id": 999999, "quantity": 1},
        ]}))
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
    let view = anon
        .quote(&json!({"lines": [{"product_id": a, "quantity": 5}]}))
        .await;
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
    let r = anon
        .post(
            "/api/v1/cart/quote",
            &json!({"lines": [{"product_id": a, "quantity": 0}]}),
        )
        .await;
    assert_eq!(problem(r).await.errors[0].field, "lines[0].quantity");
}

#[tokio::test]
async fn coupons_apply_or_say_why_not() {
    let s = start().await;
    let anon = s.anon();
    let (home, home_price, _) = s.product_in("home", 3);
    let (tea, tea_price): (i64, i64) = s
        .db()
        .query_row(
            "SELECT p.id, p.price_minor FROM products p JOIN categories c ON c.id = p.category_id
             WHERE c.slug = 'tea' AND p.stock > 3 LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let cart = |code: &str, qty: u32| json!({"lines": [{"product_id": home, "quantity": qty}], "coupon": code});
    assert!(home_price < 20000, "the test needs a product under ¥200");
    let v = anon.quote(&cart("expo10", 1)).await;
    assert_eq!(
        v.coupon,
        Some(CouponStatus::BelowMinimum {
            minimum: expocx_contract::Money::cny(20000)
        })
    );
    assert_eq!(v.discount.amount_minor, 0);
    let qty = (20000 / home_price + 1) as u32;
    let v = anon.quote(&cart("EXPO10", qty)).await;
    let subtotal = home_price * qty as i64;
    assert!(matches!(v.coupon, Some(CouponStatus::Applied { .. })));
    assert_eq!(v.discount.amount_minor, subtotal / 10);
    assert_eq!(v.total.amount_minor, subtotal - subtotal / 10);
    assert_eq!(v.coupon_code.as_deref(), Some("EXPO10"));
    let v = anon.quote(&cart("SPRING26", 1)).await;
    assert_eq!(v.coupon, Some(CouponStatus::Expired));
    let v = anon.quote(&cart("NOPE", 1)).await;
    assert_eq!(v.coupon, Some(CouponStatus::Unknown));
    let v = anon.quote(&cart("TEA20", 1)).await;
    assert!(matches!(v.coupon, Some(CouponStatus::NotApplicable { .. })));
    // Tea worth ¥100 or more: ¥20 off, counted on the tea only.
    let tea_qty = (10000 / tea_price + 1) as u32;
    let v = anon
        .quote(
            &json!({"lines": [{"product_id": tea, "option_id": "100g", "quantity": tea_qty},
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
    let shopper = s.visitor("merge@example.cn").await;
    let (a, _, _) = s.product_in("home", 5);
    let (b, _, _) = s.product_in("silk", 5);
    let r = shopper
        .put(
            "/api/v1/cart",
            &json!({"lines": [{"product_id": a, "quantity": 1}], "coupon": "EXPO10"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = shopper
        .post(
            "/api/v1/cart/merge",
            &json!({"lines": [{"product_id": a, "quantity": 2}, {"product_id": b, "quantity": 1}]}),
        )
        .await;
    let merged: CartView = answer(r, StatusCode::OK).await;
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
    let again: CartView = shopper.ok("/api/v1/cart").await;
    assert_eq!(again.item_count, 4);
    // Without a session the account cart is not reachable.
    let r = s.anon().get("/api/v1/cart").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn abandoned_carts_earn_one_offer_only_with_marketing_consent() {
    let s = start_offering(expocx_server::db::offers::OfferRules {
        abandoned_after: chrono::Duration::zero(),
        ..Default::default()
    })
    .await;
    let shopper = s.visitor("offer@example.cn").await;
    let (p, price, ex) = s.product_in("home", 5);
    let one = json!({"lines": [{"product_id": p, "quantity": 1}]});
    shopper.put(CART, &one).await;
    // No marketing consent: no offer, by backend rule.
    assert!(shopper.ok::<CartView>(CART).await.offer.is_none());
    shopper.decide(None, &[("marketing_email", true)]).await;
    let v = shopper.ok::<CartView>(CART).await;
    let offer = v.offer.clone().expect("an offer for the abandoned cart");
    assert_eq!(offer.percent_off, 5);
    assert_eq!(v.discount.amount_minor, price * 5 / 100);
    let days = (*offer.expires_at - chrono::Utc::now()).num_days();
    assert!((9..=10).contains(&days), "{days}");
    // Asking again does not stack offers.
    assert_eq!(
        shopper.ok::<CartView>(CART).await.offer.unwrap().id,
        offer.id
    );
    let n: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM offers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    // Used by an order, it is gone, and the frequency cap holds back a new one.
    let slot = shopper.pickup_slots(ex).await[1].id;
    let body = json!({
        "cart": one,
        "fulfilment": [{"method": "pickup", "exhibitor_id": ex, "slot_id": slot}],
        "expected_total_minor": v.total.amount_minor,
    });
    let o: Order = answer(
        shopper
            .post_keyed("/api/v1/orders", "offer-order", &body)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(o.discount.amount_minor, price * 5 / 100);
    shopper.put(CART, &one).await;
    assert!(shopper.ok::<CartView>(CART).await.offer.is_none());
    // Withdrawing marketing ends a running offer at once.
    let second = s.visitor("offer2@example.cn").await;
    second.decide(None, &[("marketing_sms", true)]).await;
    second.put(CART, &one).await;
    assert!(second.ok::<CartView>(CART).await.offer.is_some());
    second.decide(None, &[("marketing_sms", false)]).await;
    let offers: Vec<Value> = second.ok("/api/v1/offers").await;
    assert!(offers.is_empty());
}

#[tokio::test]
async fn the_interest_profile_is_stored_only_with_personalization_consent() {
    let s = start().await;
    let shopper = s.visitor("profile@example.cn").await;
    let mut device = InterestProfile::default();
    let now = chrono::Utc::now().timestamp_millis();
    device.record(expocx_contract::interest::Interaction::Viewed, 3, 1, 1, now);
    let interests = "/api/v1/me/interests";
    let stored = || -> i64 {
        s.db()
            .query_row("SELECT COUNT(*) FROM interest_profiles", [], |r| r.get(0))
            .unwrap()
    };
    let r = shopper.put(interests, &json!(device)).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(problem(r).await.code, ErrorCode::ConsentRequired);
    assert_eq!(stored(), 0);
    shopper.decide(None, &[("personalization", true)]).await;
    let r = shopper.put(interests, &json!(device)).await;
    let merged: InterestProfile = r.json().await.unwrap();
    assert!(merged.categories.contains_key(&1));
    // A second device adds to it.
    let mut phone = InterestProfile::default();
    phone.record(
        expocx_contract::interest::Interaction::AddedToCart,
        40,
        4,
        5,
        now,
    );
    let merged: InterestProfile = shopper
        .put(interests, &json!(phone))
        .await
        .json()
        .await
        .unwrap();
    assert!(merged.categories.contains_key(&1) && merged.categories.contains_key(&4));
    // Withdrawing the consent deletes the stored profile.
    shopper.decide(None, &[("personalization", false)]).await;
    assert_eq!(stored(), 0);
    let back: InterestProfile = shopper.ok(interests).await;
    assert!(back.is_empty());
}

#[tokio::test]
async fn an_exhibitor_changes_its_own_prices_with_if_match_and_carts_see_it() {
    let s = start().await;
    let (staff, _) = s.staff("tea").await;
    let (own, price, weighed): (i64, i64, bool) = s
        .db()
        .query_row(
            "SELECT id, price_minor, options_json LIKE '%100g%' FROM products WHERE exhibitor_id = 1 LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    let option = weighed.then_some("100g");
    let r = s.anon().get(&format!("/api/v1/products/{own}")).await;
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    let path = |id: i64| format!("/api/v1/exhibitor/products/{id}");
    let r = send(
        &staff,
        Method::PATCH,
        &path(own),
        None,
        Some(json!({"price_minor": price + 300})),
    )
    .await;
    assert_eq!(r.status(), StatusCode::PRECONDITION_REQUIRED);
    let r = send(
        &staff,
        Method::PATCH,
        &path(own),
        Some(&etag),
        Some(json!({"price_minor": price + 300})),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_ne!(r.headers()["etag"].to_str().unwrap(), etag);
    // The old ETag is stale now: a second editor is told, not overwritten.
    let r = send(
        &staff,
        Method::PATCH,
        &path(own),
        Some(&etag),
        Some(json!({"stock": 1})),
    )
    .await;
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
    let tag = format!("\"p{foreign}-v1\"");
    let r = send(
        &staff,
        Method::PATCH,
        &path(foreign),
        Some(&tag),
        Some(json!({"stock": 1})),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // A visitor's cart sees the new price as a change.
    let v = s
        .anon()
        .quote(&json!({"lines": [{"product_id": own, "option_id": option, "quantity": 1, "seen_price_minor": price}]}))
        .await;
    assert_eq!(
        v.groups[0].lines[0].notices,
        [LineNotice::PriceUp {
            from_minor: price,
            to_minor: price + 300
        }]
    );
    // Visitors cannot use it.
    let visitor = s.visitor("notstaff@example.cn").await;
    let r = send(
        &visitor,
        Method::PATCH,
        &path(own),
        Some(&etag),
        Some(json!({"stock": 1})),
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
