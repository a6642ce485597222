//! Campaigns sent to a crowd made in the database (sign-up's password hashing would take
//! minutes): the holdout recorded before sending and never written to, and the discount budget
//! stopping sending by itself.

use crate::campaigns::{cart_offer, outcome, send_now};
use crate::common::{start, TestServer};
use serde_json::json;

/// `n` visitors made directly in the database, each with the tea booth's product in a cart and
/// the SMS marketing consent (sign-up's password hashing would take minutes).
pub fn crowd(s: &TestServer, n: i64, product: i64) -> Vec<i64> {
    let db = s.db();
    let version: i64 = db
        .query_row("SELECT MAX(version) FROM consent_policy", [], |r| r.get(0))
        .unwrap();
    let now = chrono::Utc::now() - chrono::Duration::hours(1);
    let mut ids = Vec::new();
    for i in 0..n {
        db.execute(
            "INSERT INTO users (email, password_hash, display_name, role, created_at)
             VALUES (?, 'x', 'Crowd', 'visitor', ?)",
            rusqlite::params![format!("crowd{i}@campaigns.test"), now],
        )
        .unwrap();
        let id = db.last_insert_rowid();
        db.execute(
            "INSERT INTO carts (user_id, updated_at) VALUES (?, ?)",
            rusqlite::params![id, now],
        )
        .unwrap();
        db.execute(
            "INSERT INTO cart_lines (user_id, product_id, quantity) VALUES (?, ?, 1)",
            rusqlite::params![id, product],
        )
        .unwrap();
        for (p, g) in [("necessary", true), ("marketing_sms", true)] {
            db.execute(
                "INSERT INTO consent_receipts (id, user_id, purpose, granted, policy_version, channel, recorded_at)
                 VALUES (?, ?, ?, ?, ?, 'prompt', ?)",
                rusqlite::params![format!("CR-CROWD-{id}-{p}"), id, p, g, version, now],
            )
            .unwrap();
        }
        ids.push(id);
    }
    ids
}

#[tokio::test]
async fn the_holdout_is_recorded_before_sending_and_gets_nothing() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let item = s.item_of(tea_id);
    let ids = crowd(&s, 600, item.0);
    let c = send_now(&tea, &cart_offer(10)).await;
    assert_eq!(c.audience, 600);
    let held = outcome(&c, "holdout");
    assert!((30..=90).contains(&held), "10 % of 600 held out: {held}");
    assert_eq!(outcome(&c, "sent"), 600 - held);
    let db = s.db();
    let (messages, to_held): (i64, i64) = db
        .query_row(
            "SELECT COUNT(DISTINCT o.user_id),
                    COUNT(*) FILTER (WHERE m.held_out = 1)
             FROM outbox o JOIN campaign_members m ON m.campaign_id = o.campaign_id AND m.user_id = o.user_id
             WHERE o.campaign_id = ?",
            [c.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((messages, to_held), (600 - held as i64, 0));
    let results = c.results.unwrap();
    assert_eq!(results.sent.members + results.holdout.members, 600);
    assert!(ids.len() == 600);
}

#[tokio::test]
async fn sending_stops_by_itself_when_the_discount_budget_is_spent() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let item = s.item_of(tea_id);
    crowd(&s, 5, item.0);
    let mut offer = cart_offer(0);
    offer["offer"]["coupon"] =
        json!({"amount_off_minor": 1000, "min_spend_minor": 0, "valid_days": 10});
    offer["budget_minor"] = json!(2500);
    offer["channels"] = json!(["in_app"]);
    let c = send_now(&tea, &offer).await;
    assert_eq!(c.audience, 5);
    assert_eq!(
        (
            outcome(&c, "sent") + outcome(&c, "deferred"),
            outcome(&c, "budget_spent")
        ),
        (2, 3),
        "two ¥10 coupons fit a ¥25 budget: {:?}",
        c.outcomes
    );
    let coupons: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM coupons WHERE campaign_id = ?",
            [c.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(coupons, 2, "no coupon past the budget");
}
