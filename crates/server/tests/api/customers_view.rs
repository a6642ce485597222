//! A customer seen whole (issue 25, "customer 360"), their CSV, and the desk's red-carpet flag,
//! over real HTTP and SQLite: only what they did with this exhibitor, contact details only while
//! shared (also in the CSV, read at the moment of export), 404 for anyone else's customer.

use crate::common::start;
use crate::leads::{scan, visitor_with_badge};
use expocx_contract::customers::{Customer, CustomerList};
use expocx_contract::leads::{LeadSource, LeadSummary};
use expocx_contract::{AuditAction, AuditEvent, Page, StaffTicketRow};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn the_360_shows_what_they_did_here_and_what_they_allow() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, ceramics_id) = s.staff("ceramics").await;
    let (met, code) = visitor_with_badge(&s, "whole@customers.test", "Whole Customer").await;
    let lead = scan(&tea, &code).await.lead_id.expect("a lead");
    let r = tea
        .post(
            &format!("/api/v1/exhibitor/leads/{lead}/notes"),
            &json!({"text": "Wants a tea set for the office"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let order = met.place(s.item_of(tea_id), 1).await;
    met.pay(order.id).await;
    let elsewhere = met.place(s.item_of(ceramics_id), 1).await;
    met.pay(elsewhere.id).await;
    let r = met
        .post(
            "/api/v1/me/tickets",
            &json!({"order_id": order.id, "category": "other", "subject": "Gift wrap",
                "text": "Can you wrap it?", "photo_ids": []}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = met.ok::<serde_json::Value>("/api/v1/auth/me").await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/exhibitor/customers/{id}");

    let c: Customer = tea.ok(&path).await;
    assert_eq!(c.summary.user_id, id);
    assert_eq!(c.summary.orders, 1);
    assert_eq!(c.summary.lead_id, Some(lead));
    let numbers: Vec<&str> = c.orders.iter().map(|o| o.number.as_str()).collect();
    assert_eq!(numbers, [order.number.as_str()], "only this booth's order");
    assert_eq!(c.tickets.len(), 1);
    assert_eq!(c.tickets[0].subject, "Gift wrap");
    assert_eq!(c.notes.len(), 1);
    assert_eq!(c.contact, None, "not shared");
    assert!(!c.allows.contact);
    let r = met
        .put(
            &format!("/api/v1/me/contact-shares/{tea_id}"),
            &json!({"share": true, "channel": "prompt"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let c: Customer = tea.ok(&path).await;
    assert!(c.allows.contact);
    assert_eq!(
        c.contact.map(|c| c.email),
        Some("whole@customers.test".to_string())
    );

    // Another exhibitor's customer, a stranger and an unknown id: 404; booth staff 403.
    let other: Customer = ceramics.ok(&path).await;
    assert!(other.tickets.is_empty() && other.notes.is_empty() && other.contact.is_none());
    let stranger = s.visitor("stranger@customers.test").await;
    let sid = stranger.ok::<serde_json::Value>("/api/v1/auth/me").await["id"]
        .as_i64()
        .unwrap();
    for p in [
        format!("/api/v1/exhibitor/customers/{sid}"),
        "/api/v1/exhibitor/customers/999999".into(),
    ] {
        assert_eq!(tea.get(&p).await.status(), StatusCode::NOT_FOUND, "{p}");
    }
    let (booth, _) = s.staff("tea-booth").await;
    assert_eq!(booth.get(&path).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(met.get(&path).await.status(), StatusCode::FORBIDDEN);
}

async fn csv(staff: &crate::common::Api, query: &str) -> String {
    let r = staff
        .get(&format!("/api/v1/exhibitor/customers/export{query}"))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    r.text().await.unwrap()
}

#[tokio::test]
async fn the_csv_has_contacts_only_while_shared_and_is_audited() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (met, code) = visitor_with_badge(&s, "cmd@customers.test", "=HYPERLINK(1)").await;
    scan(&tea, &code).await;
    let share = |on: bool| json!({"share": on, "channel": "prompt"});
    let at = format!("/api/v1/me/contact-shares/{tea_id}");
    met.put(&at, &share(true)).await;
    let text = csv(&tea, "?stage=exploring").await;
    assert!(text.starts_with('\u{feff}'), "a byte order mark");
    let header = text.lines().next().unwrap();
    assert!(header.contains("email") && header.contains("segment"));
    assert!(text.contains("cmd@customers.test"), "shared: the email");
    assert!(text.contains("'=HYPERLINK(1)"), "formula cells neutralized");
    met.put(&at, &share(false)).await;
    let text = csv(&tea, "").await;
    assert!(!text.contains("customers.test") && !text.contains("HYPERLINK"));
    let all: CustomerList = tea.ok("/api/v1/exhibitor/customers").await;
    let lines = text.lines().count() as u64;
    assert_eq!(
        lines,
        all.customers.total + 1,
        "the header and every customer"
    );
    // Filters apply as in the list.
    let stable: CustomerList = tea.ok("/api/v1/exhibitor/customers?stage=stable").await;
    let filtered = csv(&tea, "?stage=stable").await.lines().count() as u64;
    assert_eq!(filtered, stable.customers.total + 1);
    let audit: Page<AuditEvent> = tea.ok("/api/v1/exhibitor/audit?limit=100").await;
    let rows: Vec<Option<u64>> = audit
        .items
        .iter()
        .filter(|e| e.action == AuditAction::CustomersExported)
        .map(|e| e.rows)
        .collect();
    let exploring = text.lines().filter(|l| l.contains(",exploring,")).count() as u64;
    assert_eq!(
        rows,
        [
            Some(stable.customers.total),
            Some(lines - 1),
            Some(exploring)
        ],
        "latest first"
    );
    let (booth, _) = s.staff("tea-booth").await;
    let r = booth.get("/api/v1/exhibitor/customers/export").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_desk_flags_tickets_of_red_carpet_customers() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::common::config(&dir, crate::common::Options::default());
    config.demo_history = true;
    let s = crate::common::start_with(config, dir).await;
    let (tea, _) = s.staff("tea").await;
    let red: CustomerList = tea
        .ok("/api/v1/exhibitor/customers?list=red_carpet&limit=100")
        .await;
    let names: Vec<String> = red
        .customers
        .items
        .iter()
        .filter_map(|c| c.name.clone())
        .collect();
    let queue: Page<StaffTicketRow> = tea.ok("/api/v1/exhibitor/tickets?limit=100").await;
    assert!(!queue.items.is_empty());
    for t in &queue.items {
        assert_eq!(t.red_carpet, names.contains(&t.customer), "{}", t.customer);
    }
    assert!(
        queue.items.iter().any(|t| t.red_carpet),
        "the demo's best customers have tickets"
    );
}

#[tokio::test]
async fn the_score_filter_keeps_the_customers_whose_lead_scores_enough() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    // A trade buyer (a company on the profile: scan 10 + trade buyer 20) and a visitor without one.
    let (_, trade) = visitor_with_badge(&s, "trade@score.test", "Trade Buyer").await;
    let strong = scan(&tea, &trade).await.lead_id.unwrap();
    let plain = s.visitor("plain@score.test").await;
    let code = plain
        .ok::<expocx_contract::Badge>("/api/v1/me/badge")
        .await
        .code;
    let weak = scan(&tea, &code).await.lead_id.unwrap();

    let list: CustomerList = tea
        .ok("/api/v1/exhibitor/customers?min_score=25&limit=100")
        .await;
    let ids: std::collections::BTreeSet<i64> = list
        .customers
        .items
        .iter()
        .map(|c| c.lead_id.expect("only customers met at the booth"))
        .collect();
    assert!(ids.contains(&strong) && !ids.contains(&weak), "{ids:?}");
    // The same scores as each lead shows: every visitor's lead at 25 or more, and no other.
    let leads: Page<LeadSummary> = tea.ok("/api/v1/exhibitor/leads?limit=100").await;
    let want: std::collections::BTreeSet<i64> = leads
        .items
        .iter()
        .filter(|l| l.source == LeadSource::Badge && !l.erased && l.score >= 25)
        .map(|l| l.id)
        .collect();
    assert_eq!(ids, want);
    let r = tea.get("/api/v1/exhibitor/customers?min_score=5000").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
