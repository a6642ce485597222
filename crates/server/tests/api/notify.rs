//! Notification preferences and the outbox over real HTTP and SQLite: offers only on channels
//! with consent, quiet hours and the weekly cap enforced where messages are written, the in-app
//! inbox with its unread count — each also tried by a second account.

use crate::common::{problem, start, start_offering, Api, TestServer};
use expocx_contract::{Channel, ErrorCode, Inbox, MessageKind, NotificationPrefs};
use reqwest::StatusCode;
use serde_json::{json, Value};

const PREFS: &str = "/api/v1/me/notification-preferences";

fn channels(p: &NotificationPrefs, kind: MessageKind) -> Vec<Channel> {
    p.channels(kind).to_vec()
}

fn body(offers: &[&str], quiet: Option<(u8, u8)>, cap: u8) -> Value {
    json!({
        "kinds": [
            {"kind": "order_updates", "channels": ["in_app"]},
            {"kind": "service_replies", "channels": ["in_app", "email"]},
            {"kind": "offers", "channels": offers},
        ],
        "quiet_hours": quiet.map(|(from, to)| json!({"from": from, "to": to})),
        "utc_offset_minutes": 480,
        "weekly_offer_cap": cap,
    })
}

/// The outbox rows of the member's offers: (channel, status, reason, held until).
fn offer_rows(
    s: &TestServer,
    email: &str,
) -> Vec<(String, String, Option<String>, Option<String>)> {
    let db = s.db();
    let mut stmt = db
        .prepare(
            "SELECT o.channel, o.status, o.reason, o.send_after FROM outbox o JOIN users u ON u.id = o.user_id
             WHERE u.email = ? AND o.kind = 'offers' ORDER BY o.id",
        )
        .unwrap();
    stmt.query_map([email], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

#[tokio::test]
async fn offers_go_only_to_channels_with_consent() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let p: NotificationPrefs = ada.ok(PREFS).await;
    assert_eq!(
        channels(&p, MessageKind::OrderUpdates),
        [Channel::InApp, Channel::Email]
    );
    assert_eq!(channels(&p, MessageKind::Offers), [Channel::InApp]);
    assert_eq!(
        p.needs_consent,
        [Channel::Sms, Channel::Email, Channel::Wechat]
    );

    let r = ada.put(PREFS, &body(&["in_app", "sms"], None, 2)).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(problem(r).await.code, ErrorCode::ConsentRequired);
    let unchanged: NotificationPrefs = ada.ok(PREFS).await;
    assert_eq!(unchanged, p, "nothing stored");

    ada.consent(None, &[("marketing_sms", true)]).await;
    let saved: NotificationPrefs = ada
        .put(PREFS, &body(&["sms", "in_app", "sms"], Some((21, 9)), 3))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        channels(&saved, MessageKind::Offers),
        [Channel::InApp, Channel::Sms]
    );
    assert_eq!(saved.needs_consent, [Channel::Email, Channel::Wechat]);
    assert_eq!(saved.weekly_offer_cap, 3);

    // Withdrawing the consent turns the channel off, and giving it again does not turn it on.
    ada.consent(None, &[("marketing_sms", false)]).await;
    let off: NotificationPrefs = ada.ok(PREFS).await;
    assert_eq!(channels(&off, MessageKind::Offers), [Channel::InApp]);
    ada.consent(None, &[("marketing_sms", true)]).await;
    let still_off: NotificationPrefs = ada.ok(PREFS).await;
    assert_eq!(channels(&still_off, MessageKind::Offers), [Channel::InApp]);

    let bob = s.visitor("bob@example.cn").await;
    let theirs: NotificationPrefs = bob.ok(PREFS).await;
    assert_eq!(theirs.weekly_offer_cap, 2, "someone else's are their own");
}

#[tokio::test]
async fn bad_preferences_are_named_and_nothing_is_stored() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let before: NotificationPrefs = ada.ok(PREFS).await;
    let mut dup = body(&["in_app"], None, 2);
    dup["kinds"][1]["kind"] = json!("order_updates");
    let mut offset = body(&["in_app"], None, 2);
    offset["utc_offset_minutes"] = json!(900);
    for (bad, field) in [
        (body(&["in_app"], Some((8, 8)), 2), "quiet_hours"),
        (body(&["in_app"], Some((24, 8)), 2), "quiet_hours"),
        (body(&["in_app"], None, 8), "weekly_offer_cap"),
        (dup, "kinds"),
        (offset, "utc_offset_minutes"),
    ] {
        let r = ada.put(PREFS, &bad).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert_eq!(problem(r).await.errors[0].field, field);
    }
    let r = ada.put(PREFS, &body(&["pigeon"], None, 2)).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let after: NotificationPrefs = ada.ok(PREFS).await;
    assert_eq!(after, before);
}

#[tokio::test]
async fn order_news_reach_the_inbox_of_the_owner_only() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let bob = s.visitor("bob@example.cn").await;
    let empty: Inbox = ada.ok("/api/v1/me/notifications").await;
    assert_eq!((empty.total, empty.unread), (0, 0));
    let order = ada.place(s.pickup_item(2), 1).await;
    ada.pay(order.id).await;
    let inbox: Inbox = ada.ok("/api/v1/me/notifications").await;
    assert_eq!((inbox.total, inbox.unread), (1, 1));
    let n = &inbox.items[0];
    assert_eq!(n.kind, MessageKind::OrderUpdates);
    assert!(n.text.en.contains(&order.number), "{:?}", n.text);
    assert_eq!(
        n.link.as_deref(),
        Some(format!("/orders/{}", order.id).as_str())
    );
    let email: String = s
        .db()
        .query_row(
            "SELECT status FROM outbox WHERE channel = 'email' AND kind = 'order_updates'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(email, "queued", "the default email copy is in the outbox");

    // Someone else neither sees nor marks it.
    let theirs: Inbox = bob.ok("/api/v1/me/notifications").await;
    assert_eq!(theirs.total, 0);
    let r = bob
        .post(
            "/api/v1/me/notifications/read",
            &json!({"up_to": n.id + 100}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let still: Inbox = ada.ok("/api/v1/me/notifications").await;
    assert_eq!(still.unread, 1);

    let r = ada
        .post("/api/v1/me/notifications/read", &json!({"up_to": n.id}))
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let read: Inbox = ada.ok("/api/v1/me/notifications").await;
    assert_eq!(read.unread, 0);
    assert!(read.items[0].read);

    ada.post(&format!("/api/v1/orders/{}/cancel", order.id), &json!({}))
        .await;
    let after: Inbox = ada.ok("/api/v1/me/notifications").await;
    assert_eq!((after.total, after.unread), (2, 1));
    assert!(after.items[0].text.en.contains("cancelled"));
}

async fn abandon_cart(s: &TestServer, api: &Api) {
    let (product, _, _) = s.pickup_item(2);
    let r = api
        .put(
            "/api/v1/cart",
            &json!({"lines": [{"product_id": product, "quantity": 1}]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let offers: Value = api.ok("/api/v1/offers").await;
    assert_eq!(offers.as_array().unwrap().len(), 1, "the offer is granted");
}

#[tokio::test]
async fn offers_wait_for_quiet_hours_and_respect_the_weekly_cap() {
    let s = start_offering(expocx_server::db::offers::OfferRules {
        abandoned_after: chrono::Duration::zero(),
        ..Default::default()
    })
    .await;
    // Quiet all day except the hour after the current one: this offer must wait.
    let now_hour = (chrono::Utc::now()
        .format("%H")
        .to_string()
        .parse::<u8>()
        .unwrap()
        + 8)
        % 24;
    let quiet = ((now_hour + 23) % 24, (now_hour + 1) % 24);
    let ada = s.visitor("ada@example.cn").await;
    ada.consent(None, &[("marketing_sms", true), ("marketing_email", true)])
        .await;
    let r = ada
        .put(PREFS, &body(&["in_app", "sms"], Some(quiet), 2))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    abandon_cart(&s, &ada).await;
    let rows = offer_rows(&s, "ada@example.cn");
    assert_eq!(
        rows.len(),
        2,
        "in the app and by SMS, not by email (not chosen): {rows:?}"
    );
    assert_eq!((rows[0].0.as_str(), rows[0].1.as_str()), ("in_app", "sent"));
    assert_eq!((rows[1].0.as_str(), rows[1].1.as_str()), ("sms", "held"));
    assert!(rows[1].3.is_some(), "held until the quiet hours end");

    // A member who allows no offers a week gets none, on any channel.
    let bob = s.visitor("bob@example.cn").await;
    bob.consent(None, &[("marketing_sms", true)]).await;
    bob.put(PREFS, &body(&["in_app", "sms"], None, 0)).await;
    abandon_cart(&s, &bob).await;
    let rows = offer_rows(&s, "bob@example.cn");
    assert!(
        rows.iter()
            .all(|r| r.1 == "skipped" && r.2.as_deref() == Some("weekly_cap")),
        "{rows:?}"
    );
    let inbox: Inbox = bob.ok("/api/v1/me/notifications").await;
    assert_eq!(inbox.total, 0);
}
