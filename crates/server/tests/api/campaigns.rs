//! Campaigns (issue 26) over real HTTP and SQLite: an abandoned-cart offer counted live with its
//! consent breakdown, sent by the background sender only where the consent was given at send
//! time (the outbox says why not), redeemed and measured, stopped by its link signed out; the
//! campaign's life with `If-Match`; another exhibitor and visitors refused.

use std::time::Duration;

use crate::common::{answer, key, problem, send, start, Api};
use expocx_contract::campaigns::{Audience, Campaign, CampaignStatus, StopInfo, Stopped};
use expocx_contract::{CartView, Channel, CouponStatus, Inbox, Order, WalletCoupon};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

pub const CAMPAIGNS: &str = "/api/v1/exhibitor/campaigns";

/// An abandoned-cart campaign of 5 % for 10 days over the inbox and WeChat.
pub fn cart_offer(holdout: u8) -> Value {
    json!({
        "name": "Come back for your tea",
        "audience": {"cart_unpaid_hours": 0},
        "offer": {
            "message": {"zh-Hans": "你的茶还在购物车里", "zh-Hant": "", "en": "Your tea is waiting"},
            "coupon": {"percent_off": 5, "min_spend_minor": 0, "valid_days": 10}
        },
        "channels": ["in_app", "wechat"],
        "holdout_percent": holdout,
        "budget_minor": 1_000_000,
    })
}

/// `who` leaves `item` in their cart.
pub async fn leave_in_cart(who: &Api, product: i64) {
    let r = who
        .put(
            "/api/v1/cart",
            &json!({"lines": [{"product_id": product, "quantity": 1}]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

/// Creates campaign `body` and sends it now; waits until it is done.
pub async fn send_now(staff: &Api, body: &Value) -> Campaign {
    let r = staff.post(CAMPAIGNS, body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    let draft: Campaign = r.json().await.unwrap();
    let path = format!("{CAMPAIGNS}/{}/schedule", draft.id);
    let r = send(staff, Method::POST, &path, Some(&tag), Some(json!({}))).await;
    let scheduled: Campaign = answer(r, StatusCode::OK).await;
    assert!(matches!(
        scheduled.status,
        CampaignStatus::Scheduled | CampaignStatus::Sending | CampaignStatus::Done
    ));
    done(staff, draft.id).await
}

/// Campaign `id` once sending is over.
pub async fn done(staff: &Api, id: i64) -> Campaign {
    for _ in 0..200 {
        let c: Campaign = staff.ok(&format!("{CAMPAIGNS}/{id}")).await;
        if c.status == CampaignStatus::Done {
            return c;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("campaign {id} did not finish sending in 20 s");
}

pub fn outcome(c: &Campaign, name: &str) -> u64 {
    c.outcomes
        .iter()
        .find(|o| o.outcome == name)
        .map_or(0, |o| o.members)
}

async fn member_id(who: &Api) -> i64 {
    who.ok::<Value>("/api/v1/auth/me").await["id"]
        .as_i64()
        .unwrap()
}

/// Places and pays an order of `item` with coupon `code`.
async fn buy_with(who: &Api, item: (i64, i64, i64), code: &str) -> Order {
    let cart = json!({"lines": [{"product_id": item.0, "quantity": 1}], "coupon": code});
    let view: CartView = who.quote(&cart).await;
    assert!(
        matches!(view.coupon, Some(CouponStatus::Applied { .. })),
        "{:?}",
        view.coupon
    );
    let body = json!({"cart": cart, "fulfilment": [{"method": "pickup", "exhibitor_id": item.1, "slot_id": item.2}],
        "expected_total_minor": view.total.amount_minor});
    let r = who.post_keyed("/api/v1/orders", &key(), &body).await;
    let order: Order = answer(r, StatusCode::CREATED).await;
    who.pay(order.id).await;
    order
}

#[tokio::test]
async fn a_cart_offer_reaches_only_who_allowed_it_is_redeemed_measured_and_stopped() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let item = s.item_of(tea_id);
    let yes = s.visitor("wechat-yes@campaigns.test").await;
    yes.decide(None, &[("marketing_wechat", true)]).await;
    let mut prefs: Value = yes.ok("/api/v1/me/notification-preferences").await;
    for k in prefs["kinds"].as_array_mut().unwrap() {
        if k["kind"] == "offers" {
            k["channels"] = json!(["in_app", "wechat"]);
        }
    }
    let r = yes.put("/api/v1/me/notification-preferences", &prefs).await;
    assert_eq!(r.status(), StatusCode::OK);
    let no = s.visitor("no-consent@campaigns.test").await;
    no.decide(None, &[("marketing_wechat", false)]).await;
    let (yes_id, no_id) = (member_id(&yes).await, member_id(&no).await);
    leave_in_cart(&yes, item.0).await;
    leave_in_cart(&no, item.0).await;

    let count: Audience = answer(
        tea.post(
            &format!("{CAMPAIGNS}/audience"),
            &json!({"cart_unpaid_hours": 0}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(count.matched, 2, "both carts hold the booth's tea");
    let reach = |c: Channel| {
        count
            .channels
            .iter()
            .find(|r| r.channel == c)
            .unwrap()
            .members
    };
    assert_eq!((reach(Channel::Wechat), reach(Channel::InApp)), (1, 1));
    assert_eq!((reach(Channel::Sms), count.no_consent), (0, 1));
    let later: Audience = answer(
        tea.post(
            &format!("{CAMPAIGNS}/audience"),
            &json!({"cart_unpaid_hours": 5}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(later.matched, 0, "no cart has waited five hours");

    let c = send_now(&tea, &cart_offer(0)).await;
    assert_eq!((c.audience, c.pending), (2, 0));
    assert_eq!((outcome(&c, "sent"), outcome(&c, "no_consent")), (1, 1));

    // The member who allowed it: in the inbox, why and how to stop; in the wallet.
    let inbox: Inbox = yes.ok("/api/v1/me/notifications").await;
    let offer = inbox
        .items
        .iter()
        .find(|n| n.why.is_some())
        .expect("the offer");
    assert!(offer.text.en.contains("Your tea is waiting") && offer.text.en.contains("5% off"));
    assert!(offer.why.as_ref().unwrap().en.contains("in your cart"));
    let stop = offer.stop.clone().expect("a stop link");
    let wallet: Vec<WalletCoupon> = yes.ok("/api/v1/me/coupons").await;
    let coupon = wallet.iter().find(|c| c.why.is_some()).expect("the coupon");
    assert_eq!(coupon.percent_off, Some(5));
    // The other: nothing, and the outbox says why.
    let theirs: Inbox = no.ok("/api/v1/me/notifications").await;
    assert!(theirs.items.iter().all(|n| n.why.is_none()));
    let reasons: Vec<String> = s
        .db()
        .prepare("SELECT reason FROM outbox WHERE user_id = ? AND campaign_id = ?")
        .unwrap()
        .query_map([no_id, c.id], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        reasons,
        ["no_consent", "no_consent"],
        "in the app and WeChat"
    );

    let order = buy_with(&yes, item, &coupon.code).await;
    assert!(order.discount.amount_minor > 0);
    let measured: Campaign = tea.ok(&format!("{CAMPAIGNS}/{}", c.id)).await;
    let results = measured.results.expect("results once sent");
    assert_eq!(
        (
            results.redemptions,
            results.sent.members,
            results.sent.converted
        ),
        (1, 1, 1)
    );
    assert_eq!(
        results.discount_cost.amount_minor,
        order.discount.amount_minor
    );
    assert!(results.thin, "one member is a thin sample");

    // The link works signed out and withdraws the consent with a receipt, once.
    let token = stop.trim_start_matches("/stop/");
    let info: StopInfo = s.anon().ok(&format!("/api/v1/stop/{token}")).await;
    assert_eq!(info.stops, [Channel::Wechat]);
    assert!(info.exhibitor.en.contains("Tea"));
    let stopped: Stopped = answer(
        s.anon()
            .post(&format!("/api/v1/stop/{token}"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!((stopped.stopped.len(), stopped.receipt_ids.len()), (1, 1));
    let state: Value = yes.ok("/api/v1/consent").await;
    let wechat = state["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["purpose"] == "marketing_wechat")
        .unwrap()
        .clone();
    assert_eq!(wechat["granted"], false);
    let again: Stopped = answer(
        s.anon()
            .post(&format!("/api/v1/stop/{token}"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    assert!(again.stopped.is_empty() && again.receipt_ids.is_empty());
    let r = s
        .anon()
        .get("/api/v1/stop/0123456789abcdef0123456789abcdef")
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let _ = yes_id;
}

#[tokio::test]
async fn a_campaign_changes_only_with_its_etag_and_not_once_sent() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    let r = tea.post(CAMPAIGNS, &cart_offer(10)).await;
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    let c: Campaign = answer(r, StatusCode::CREATED).await;
    assert_eq!(c.status, CampaignStatus::Draft);
    let path = format!("{CAMPAIGNS}/{}", c.id);
    let mut body = cart_offer(20);
    let r = send(&tea, Method::PUT, &path, None, Some(body.clone())).await;
    assert_eq!(r.status(), StatusCode::PRECONDITION_REQUIRED);
    let r = send(&tea, Method::PUT, &path, Some(&tag), Some(body.clone())).await;
    let edited: Campaign = answer(r, StatusCode::OK).await;
    assert_eq!(edited.draft.holdout_percent, 20);
    body["name"] = json!("Stale edit");
    let r = send(&tea, Method::PUT, &path, Some(&tag), Some(body)).await;
    assert_eq!(
        r.status(),
        StatusCode::PRECONDITION_FAILED,
        "the colleague's edit stands"
    );
    let later = chrono::Utc::now() + chrono::Duration::days(3);
    let fresh = format!("\"c{}-v{}\"", c.id, edited.version);
    let r = send(
        &tea,
        Method::POST,
        &format!("{path}/schedule"),
        Some(&fresh),
        Some(json!({"send_at": later.to_rfc3339()})),
    )
    .await;
    let scheduled: Campaign = answer(r, StatusCode::OK).await;
    assert_eq!(scheduled.status, CampaignStatus::Scheduled);
    assert_eq!(
        scheduled.pending + scheduled.audience,
        0,
        "nothing chosen before its time"
    );
    let tag = format!("\"c{}-v{}\"", c.id, scheduled.version);
    let r = send(
        &tea,
        Method::POST,
        &format!("{path}/cancel"),
        Some(&tag),
        None,
    )
    .await;
    let cancelled: Campaign = answer(r, StatusCode::OK).await;
    assert_eq!(cancelled.status, CampaignStatus::Cancelled);
    let tag = format!("\"c{}-v{}\"", c.id, cancelled.version);
    let r = send(&tea, Method::PUT, &path, Some(&tag), Some(cart_offer(10))).await;
    assert_eq!(
        problem(r).await.code,
        expocx_contract::ErrorCode::WrongStatus
    );
}

#[tokio::test]
async fn bad_drafts_are_refused_field_by_field_and_nothing_is_stored() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    let mut bad = cart_offer(60);
    bad["audience"] = json!({});
    bad["offer"]["coupon"]["percent_off"] = json!(95);
    bad["channels"] = json!([]);
    bad["name"] = json!("x".repeat(101));
    let r = tea.post(CAMPAIGNS, &bad).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let p = problem(r).await;
    let fields: Vec<&str> = p.errors.iter().map(|e| e.field.as_str()).collect();
    for f in [
        "audience",
        "offer.coupon.percent_off",
        "channels",
        "name",
        "holdout_percent",
    ] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }
    let mut unknown = cart_offer(10);
    unknown["audience"]["interest_category_id"] = json!(999_999);
    let r = tea.post(CAMPAIGNS, &unknown).await;
    assert_eq!(
        problem(r).await.errors[0].field,
        "audience.interest_category_id"
    );
    let r = tea
        .post(
            &format!("{CAMPAIGNS}/audience"),
            &json!({"cart_unpaid_hours": 99_999}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let list: Value = tea.ok(CAMPAIGNS).await;
    assert_eq!(list["total"], 0, "nothing stored");
}

#[tokio::test]
async fn another_exhibitor_visitors_and_strangers_get_nothing() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let r = tea.post(CAMPAIGNS, &cart_offer(10)).await;
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    let c: Campaign = answer(r, StatusCode::CREATED).await;
    let path = format!("{CAMPAIGNS}/{}", c.id);
    assert_eq!(ceramics.get(&path).await.status(), StatusCode::NOT_FOUND);
    let r = send(
        &ceramics,
        Method::POST,
        &format!("{path}/cancel"),
        Some(&tag),
        None,
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = send(
        &ceramics,
        Method::PUT,
        &path,
        Some(&tag),
        Some(cart_offer(10)),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let theirs: Value = ceramics.ok(CAMPAIGNS).await;
    assert_eq!(theirs["total"], 0);
    let visitor = s.visitor("nosy@campaigns.test").await;
    assert_eq!(visitor.get(CAMPAIGNS).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(s.anon().get(&path).await.status(), StatusCode::UNAUTHORIZED);
    let mine: Campaign = tea.ok(&path).await;
    assert_eq!(mine.status, CampaignStatus::Draft, "untouched");
}
