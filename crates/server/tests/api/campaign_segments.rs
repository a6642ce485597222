//! Each condition of a campaign audience narrows it to the members it names, counted live:
//! interest only with the personalization consent, a quote waiting N days, bought and not since
//! N days, tier, lead status and score, relationship stage; every condition together is their
//! intersection; another exhibitor's booth counts none of this booth's members.

use crate::campaigns::CAMPAIGNS;
use crate::common::{answer, start, Api};
use crate::leads::{scan, visitor_with_badge};
use expocx_contract::campaigns::Audience;
use reqwest::StatusCode;
use serde_json::{json, Value};

async fn count(staff: &Api, filter: Value) -> u64 {
    let r = staff.post(&format!("{CAMPAIGNS}/audience"), &filter).await;
    let a: Audience = answer(r, StatusCode::OK).await;
    a.matched
}

#[tokio::test]
async fn each_condition_narrows_the_audience_to_whom_it_names() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let item = s.item_of(tea_id);
    let category: i64 = s
        .db()
        .query_row(
            "SELECT category_id FROM products WHERE id = ?",
            [item.0],
            |r| r.get(0),
        )
        .unwrap();

    // A buyer: bought the tea just now (stage forming), a member by tier.
    let buyer = s.visitor("buyer@segments.test").await;
    let order = buyer.place(item, 1).await;
    buyer.pay(order.id).await;
    let bought = json!({"bought": {"product_id": item.0}});
    assert_eq!(count(&tea, bought.clone()).await, 1);
    assert_eq!(
        count(&tea, json!({"bought": {"category_id": category}})).await,
        1
    );
    let long_ago = json!({"bought": {"product_id": item.0, "not_in_days": 1}});
    assert_eq!(
        count(&tea, long_ago).await,
        0,
        "bought today: not 'not in a day'"
    );
    let by_category = json!({"bought": {"category_id": category}});
    assert_eq!(
        count(&ceramics, by_category).await,
        0,
        "the other booth's buyers are its own"
    );
    let r = ceramics
        .post(&format!("{CAMPAIGNS}/audience"), &bought)
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "another booth's product"
    );
    assert_eq!(count(&tea, json!({"stages": ["forming"]})).await, 1);
    assert_eq!(
        count(&tea, json!({"stages": ["stable", "declining"]})).await,
        0
    );
    assert_eq!(
        count(&tea, json!({"bought": {}, "tiers": ["gold"]})).await,
        0
    );
    assert_eq!(
        count(
            &tea,
            json!({"bought": {}, "tiers": ["member", "silver", "gold"]})
        )
        .await,
        1
    );

    // Met at the booth: a lead, new, scoring for the scan (the demo booth has leads already).
    let new = json!({"lead_statuses": ["new"]});
    let (new_before, scored_before) = (
        count(&tea, new.clone()).await,
        count(&tea, json!({"min_lead_score": 1})).await,
    );
    let exploring = json!({"stages": ["exploring"], "lead_statuses": ["new"]});
    let exploring_before = count(&tea, exploring.clone()).await;
    let ceramics_before = count(&ceramics, json!({"lead_statuses": ["new"]})).await;
    let (_, code) = visitor_with_badge(&s, "met@segments.test", "Met Here").await;
    scan(&tea, &code).await;
    assert_eq!(count(&tea, new).await, new_before + 1);
    assert_eq!(
        count(&tea, json!({"min_lead_score": 1})).await,
        scored_before + 1
    );
    assert_eq!(count(&tea, json!({"min_lead_score": 2000})).await, 0);
    assert_eq!(count(&tea, exploring).await, exploring_before + 1);
    let theirs = count(&ceramics, json!({"lead_statuses": ["new"]})).await;
    assert_eq!(
        theirs, ceramics_before,
        "a scan at the tea booth is not the other booth's lead"
    );

    // Interest: only with the personalization consent.
    let fan = s.visitor("fan@segments.test").await;
    let profile =
        json!({"updated_at_ms": 1, "categories": {category.to_string(): 3.0}, "exhibitors": {}});
    let fan_id = fan.ok::<Value>("/api/v1/auth/me").await["id"]
        .as_i64()
        .unwrap();
    s.db()
        .execute(
            "INSERT INTO interest_profiles (user_id, profile_json, updated_at) VALUES (?, ?, '2026-12-01T00:00:00Z')",
            rusqlite::params![fan_id, profile.to_string()],
        )
        .unwrap();
    let interest = json!({"interest_category_id": category});
    assert_eq!(
        count(&tea, interest.clone()).await,
        0,
        "no personalization consent"
    );
    fan.decide(None, &[("personalization", true)]).await;
    s.db()
        .execute(
            "INSERT OR REPLACE INTO interest_profiles (user_id, profile_json, updated_at) VALUES (?, ?, '2026-12-01T00:00:00Z')",
            rusqlite::params![fan_id, profile.to_string()],
        )
        .unwrap();
    assert_eq!(count(&tea, interest.clone()).await, 1);
    fan.decide(None, &[("personalization", false)]).await;
    assert_eq!(
        count(&tea, interest).await,
        0,
        "withdrawn: counted out at once"
    );

    // A quote of the booth's waiting three days for the buyer's answer (the other demo booth
    // has quotes of its own waiting).
    let waiting = json!({"quote_waiting_days": 2});
    let (tea_before, theirs_before) = (
        count(&tea, waiting.clone()).await,
        count(&ceramics, waiting.clone()).await,
    );
    s.db()
        .execute(
            "INSERT INTO quotes (number, exhibitor_id, buyer_id, status, answer_by, currency, created_at, updated_at)
             VALUES ('Q-SEG-1', ?, ?, 'quoted', '2026-12-01T00:00:00Z', 'CNY', ?, ?)",
            rusqlite::params![tea_id, fan_id, chrono::Utc::now() - chrono::Duration::days(3),
                chrono::Utc::now() - chrono::Duration::days(3)],
        )
        .unwrap();
    assert_eq!(count(&tea, waiting.clone()).await, tea_before + 1);
    assert_eq!(
        count(&tea, json!({"quote_waiting_days": 4})).await,
        tea_before
    );
    assert_eq!(count(&ceramics, waiting).await, theirs_before);
    // Together: the intersection (the fan has no cart).
    let both = json!({"quote_waiting_days": 2, "cart_unpaid_hours": 0});
    assert_eq!(count(&tea, both).await, 0);
}
