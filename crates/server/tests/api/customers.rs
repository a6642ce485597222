//! An exhibitor's customers (issue 25) over real HTTP and SQLite: each valued from what the
//! exhibitor knows, a lead's name only when shared, the at-risk and red-carpet lists, the
//! thin-sample mark; another exhibitor sees none of them, visitors and booth staff 403.

use crate::common::start;
use crate::leads::{scan, visitor_with_badge};
use expocx_contract::customers::{CustomerList, Segment, Stage};
use reqwest::StatusCode;

#[tokio::test]
async fn a_buyer_and_a_lead_are_customers_valued_from_what_the_booth_knows() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let buyer = s.visitor("repeat@customers.test").await;
    let item = s.item_of(tea_id);
    buyer.place(item, 2).await;
    let order = buyer.place(item, 1).await;
    buyer.pay(order.id).await;
    let (met, code) = visitor_with_badge(&s, "met@customers.test", "Met At Booth").await;
    scan(&tea, &code).await;
    let met_id = met.ok::<serde_json::Value>("/api/v1/auth/me").await["id"]
        .as_i64()
        .unwrap();

    let list: CustomerList = tea.ok("/api/v1/exhibitor/customers?limit=100").await;
    assert!(list.thin_sample, "fewer than 30 customers with orders");
    let paid = list
        .customers
        .items
        .iter()
        .find(|c| c.orders == 1 && c.lead_id.is_none())
        .expect("the buyer with one paid order");
    assert_eq!(paid.stage, Stage::Forming);
    assert!(paid.name.is_some(), "a buyer's name is on their orders");
    assert_eq!(paid.satisfaction, 80, "no rating yet");
    assert!(paid.revenue.amount_minor > 0 && !paid.retained);
    assert!(paid.rfm.is_some());
    let lead = list
        .customers
        .items
        .iter()
        .find(|c| c.user_id == met_id)
        .expect("the visitor met at the booth");
    assert_eq!(
        (lead.stage, lead.segment),
        (Stage::Exploring, Segment::Prospect)
    );
    assert_eq!(lead.name, None, "not shared, not known");
    assert!(lead.rfm.is_none());
    let r = met
        .put(
            &format!("/api/v1/me/contact-shares/{tea_id}"),
            &serde_json::json!({"share": true, "channel": "prompt"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let recent: CustomerList = tea.ok("/api/v1/exhibitor/customers?sort=recent").await;
    let shared = recent.customers.items.iter().find(|c| c.user_id == met_id);
    assert_eq!(
        shared.and_then(|c| c.name.as_deref()),
        Some("Met At Booth"),
        "shared at the booth: named"
    );

    let exploring: CustomerList = tea
        .ok("/api/v1/exhibitor/customers?stage=exploring&limit=100")
        .await;
    assert!(exploring
        .customers
        .items
        .iter()
        .all(|c| c.stage == Stage::Exploring));
    assert!(exploring.customers.total >= 1);
    let by_value: CustomerList = tea.ok("/api/v1/exhibitor/customers?sort=value").await;
    let revenue: Vec<i64> = by_value
        .customers
        .items
        .iter()
        .map(|c| c.revenue.amount_minor)
        .collect();
    assert!(revenue.windows(2).all(|w| w[0] >= w[1]), "highest first");
    let r = tea.get("/api/v1/exhibitor/customers?stage=friends").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn another_exhibitor_sees_none_of_them_and_booth_staff_and_visitors_get_403() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let buyer = s.visitor("only-tea@customers.test").await;
    let order = buyer.place(s.item_of(tea_id), 1).await;
    buyer.pay(order.id).await;
    let me: serde_json::Value = buyer.ok("/api/v1/auth/me").await;
    let id = me["id"].as_i64().unwrap();
    let theirs: CustomerList = tea.ok("/api/v1/exhibitor/customers?limit=100").await;
    assert!(theirs.customers.items.iter().any(|c| c.user_id == id));
    let other: CustomerList = ceramics.ok("/api/v1/exhibitor/customers?limit=100").await;
    assert!(other.customers.items.iter().all(|c| c.user_id != id));
    let (booth, _) = s.staff("tea-booth").await;
    for who in [&booth, &buyer] {
        let r = who.get("/api/v1/exhibitor/customers").await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    let r = s.anon().get("/api/v1/exhibitor/customers").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_demo_history_has_customers_in_several_stages_and_both_lists() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::common::config(&dir, crate::common::Options::default());
    config.demo_history = true;
    let s = crate::common::start_with(config, dir).await;
    let (tea, _) = s.staff("tea").await;
    let all: CustomerList = tea.ok("/api/v1/exhibitor/customers?limit=100").await;
    let stages: std::collections::BTreeSet<String> = all
        .customers
        .items
        .iter()
        .map(|c| format!("{:?}", c.stage))
        .collect();
    assert!(stages.len() >= 3, "{stages:?}");
    assert!(all.customers.items.iter().any(|c| c.retained));
    let red: CustomerList = tea
        .ok("/api/v1/exhibitor/customers?list=red_carpet&limit=100")
        .await;
    assert!(red.customers.total > 0);
    assert!(red.customers.items.iter().all(|c| c.red_carpet));
}
