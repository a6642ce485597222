//! Leads belong to their exhibitor: another exhibitor gets `404` for every lead id, a visitor
//! decides only for exhibitors that scanned them; an erased visitor's leads stay as anonymous
//! counts, without their notes.

use crate::common::{send, start, PASSWORD};
use crate::leads::{lead, scan, visitor_with_badge};
use expocx_contract::leads::LeadSummary;
use expocx_contract::Page;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn another_exhibitor_sees_none_of_a_lead_and_visitors_decide_only_where_they_were_scanned() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, ceramics_id) = s.staff("ceramics").await;
    let (ada, code) = visitor_with_badge(&s, "ada@access.test", "Ada").await;
    let id = scan(&tea, &code).await.lead_id.unwrap();
    let (_, tag) = lead(&tea, id).await;
    let ops = [
        (Method::GET, format!("/api/v1/exhibitor/leads/{id}"), None),
        (
            Method::PUT,
            format!("/api/v1/exhibitor/leads/{id}"),
            Some(json!({"status": "lost", "answers": []})),
        ),
        (
            Method::POST,
            format!("/api/v1/exhibitor/leads/{id}/notes"),
            Some(json!({"text": "mine now"})),
        ),
    ];
    for (method, path, body) in ops {
        let r = send(&ceramics, method, &path, Some(&tag), body).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let theirs: Page<LeadSummary> = ceramics.ok("/api/v1/exhibitor/leads").await;
    assert!(theirs.items.iter().all(|l| l.id != id));
    let (l, _) = lead(&tea, id).await;
    assert!(l.notes.is_empty(), "nothing was written");

    // Visitors: only an exhibitor that scanned them can be decided on; staff cannot read leads.
    let r = ada
        .put(
            &format!("/api/v1/me/contact-shares/{ceramics_id}"),
            &json!({"share": true, "channel": "privacy_center"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = ada.get(&format!("/api/v1/exhibitor/leads/{id}")).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = s.anon().get("/api/v1/me/contact-shares").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = ada
        .put(
            &format!("/api/v1/me/contact-shares/{tea_id}"),
            &json!({"share": true, "channel": "prompt"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn an_erased_visitor_leaves_only_an_anonymous_count() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ada, code) = visitor_with_badge(&s, "gone@access.test", "Gone Soon").await;
    let id = scan(&tea, &code).await.lead_id.unwrap();
    let order = ada.place(s.item_of(tea_id), 1).await;
    ada.pay(order.id).await;
    let user = ada.ok::<serde_json::Value>("/api/v1/auth/me").await["id"]
        .as_i64()
        .unwrap();
    let customer = format!("/api/v1/exhibitor/customers/{user}");
    assert_eq!(tea.get(&customer).await.status(), StatusCode::OK);
    ada.put(
        &format!("/api/v1/me/contact-shares/{tea_id}"),
        &json!({"share": true, "channel": "prompt"}),
    )
    .await;
    tea.post(
        &format!("/api/v1/exhibitor/leads/{id}/notes"),
        &json!({"text": "Gone Soon wants samples"}),
    )
    .await;
    let before: Page<LeadSummary> = tea.ok("/api/v1/exhibitor/leads").await;
    let erase = json!({"confirm_email": "gone@access.test", "password": PASSWORD});
    let r = ada.delete("/api/v1/me", &erase).await;
    assert_eq!(r.status(), StatusCode::OK);
    let (l, _) = lead(&tea, id).await;
    assert!(l.summary.erased && l.summary.contact.is_none() && l.summary.tier.is_none());
    assert!(l.notes.is_empty(), "the notes about them went with them");
    let after: Page<LeadSummary> = tea.ok("/api/v1/exhibitor/leads").await;
    assert_eq!(after.total, before.total, "the exhibitor keeps the count");
    let text = tea
        .get("/api/v1/exhibitor/leads/export")
        .await
        .text()
        .await
        .unwrap();
    assert!(!text.contains("Gone Soon"));
    // Gone from the customers too: their 360, the list, and the sums kept for them.
    assert_eq!(tea.get(&customer).await.status(), StatusCode::NOT_FOUND);
    let list: expocx_contract::customers::CustomerList =
        tea.ok("/api/v1/exhibitor/customers?limit=100").await;
    assert!(list.customers.items.iter().all(|c| c.user_id != user));
    let kept: i64 = s
        .db()
        .query_row(
            "SELECT (SELECT COUNT(*) FROM customer_sums WHERE user_id = ?1)
                  + (SELECT COUNT(*) FROM fair_spend WHERE user_id = ?1)",
            [user],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, 0);
}
