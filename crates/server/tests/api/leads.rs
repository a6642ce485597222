//! Leads at the booth (issue 25) over real HTTP and SQLite: a scan makes an anonymous lead; the
//! visitor is asked, per exhibitor, and shares; the contact appears for that exhibitor only,
//! and goes from the lead and the CSV the moment they withdraw. Offline scans and notes count
//! once; a colleague's edit is never overwritten; a score explains itself.

use crate::common::{key, send, start, Api, TestServer};
use expocx_contract::leads::{ContactShare, Lead, LeadSummary, ScoreRule, ShareState};
use expocx_contract::{Badge, Page, ScannedVisitor};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

pub async fn visitor_with_badge(s: &TestServer, email: &str, name: &str) -> (Api, String) {
    let v = s.visitor(email).await;
    let r = v
        .put(
            "/api/v1/me/profile",
            &json!({"display_name": name, "phone": "13800000000", "company": "Tea Co.", "job_title": "Buyer"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let badge: Badge = v.ok("/api/v1/me/badge").await;
    (v, badge.code)
}

pub async fn scan(staff: &Api, code: &str) -> ScannedVisitor {
    let r = staff
        .post("/api/v1/exhibitor/badge-scans", &json!({"code": code}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    r.json().await.unwrap()
}

pub async fn lead(staff: &Api, id: i64) -> (Lead, String) {
    let r = staff.get(&format!("/api/v1/exhibitor/leads/{id}")).await;
    assert_eq!(r.status(), StatusCode::OK);
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    (r.json().await.unwrap(), tag)
}

async fn share(v: &Api, exhibitor: i64, yes: bool) -> ContactShare {
    let r = v
        .put(
            &format!("/api/v1/me/contact-shares/{exhibitor}"),
            &json!({"share": yes, "channel": "prompt"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    r.json().await.unwrap()
}

async fn csv(staff: &Api) -> String {
    let r = staff.get("/api/v1/exhibitor/leads/export").await;
    assert_eq!(r.status(), StatusCode::OK);
    r.text().await.unwrap()
}

#[tokio::test]
async fn a_scan_is_anonymous_until_the_visitor_shares_with_that_exhibitor_and_withdrawing_hides_it()
{
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let (ada, code) = visitor_with_badge(&s, "ada@example.cn", "Ada Lovelace").await;

    let seen = scan(&tea, &code).await;
    assert!(!seen.shares_contact && seen.contact.is_none() && seen.email.is_none());
    let id = seen.lead_id.unwrap();
    let (l, _) = lead(&tea, id).await;
    assert!(l.summary.contact.is_none() && l.summary.tier.is_some() && !l.shares_contact);
    assert_eq!(l.summary.scans, 1);
    assert!(!csv(&tea).await.contains("Ada"), "nothing to export yet");

    // The visitor is asked on their phone, naming the exhibitor, once.
    let inbox: Value = ada.ok("/api/v1/me/notifications").await;
    let asks: Vec<&Value> = inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| {
            n["link"]
                .as_str()
                .unwrap_or("")
                .starts_with("/privacy#share-")
        })
        .collect();
    assert_eq!(asks.len(), 1);
    assert!(asks[0]["text"]["en"]
        .as_str()
        .unwrap()
        .contains("Share your name"));
    let shares: Vec<ContactShare> = ada.ok("/api/v1/me/contact-shares").await;
    assert_eq!(shares.len(), 1);
    assert_eq!(
        (shares[0].exhibitor_id, shares[0].state),
        (tea_id, ShareState::Asked)
    );

    let shared = share(&ada, tea_id, true).await;
    assert_eq!(shared.state, ShareState::Shared);
    assert!(shared.receipt_id.is_some());
    let again = scan(&tea, &code).await;
    assert_eq!(again.lead_id, Some(id), "the same lead");
    assert_eq!(again.email.as_deref(), Some("ada@example.cn"));
    let (l, _) = lead(&tea, id).await;
    let c = l.summary.contact.clone().unwrap();
    assert_eq!(
        (c.name.as_str(), c.company.as_str()),
        ("Ada Lovelace", "Tea Co.")
    );
    assert_eq!(l.summary.scans, 2);
    assert!(csv(&tea).await.contains("ada@example.cn"));
    let inbox: Value = ada.ok("/api/v1/me/notifications").await;
    assert_eq!(inbox["total"], 1, "asked once, not at every scan");

    // Sharing with one exhibitor shows nothing to another.
    let other = scan(&ceramics, &code).await;
    assert!(other.contact.is_none());
    let (theirs, _) = lead(&ceramics, other.lead_id.unwrap()).await;
    assert!(theirs.summary.contact.is_none());
    assert!(!csv(&ceramics).await.contains("Ada"));

    // Withdrawn: gone from the lead, the list, a search and the CSV at once.
    share(&ada, tea_id, false).await;
    let (l, _) = lead(&tea, id).await;
    assert!(l.summary.contact.is_none() && !l.shares_contact);
    let found: Page<LeadSummary> = tea.ok("/api/v1/exhibitor/leads?q=Ada").await;
    assert_eq!(found.total, 0, "a hidden name is not searchable");
    let list: Page<LeadSummary> = tea.ok("/api/v1/exhibitor/leads").await;
    assert!(list.items.iter().any(|x| x.id == id && x.contact.is_none()));
    let text = csv(&tea).await;
    assert!(text.starts_with('\u{feff}'));
    assert!(!text.contains("Ada") && !text.contains("ada@example.cn") && !text.contains("138"));

    // The receipts name the exhibitor; the export lists the scans and the requests.
    let receipts: Value = ada.ok("/api/v1/consent/receipts").await;
    let named = receipts
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["exhibitor"]["en"].is_string())
        .count();
    assert_eq!(
        named, 2,
        "one receipt per decision, each naming the exhibitor"
    );
    let export: Value = ada.ok("/api/v1/me/export").await;
    assert_eq!(
        export["sections"]["badge_scans"].as_array().unwrap().len(),
        3
    );
    assert_eq!(
        export["sections"]["contact_share_requests"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn offline_scans_and_notes_count_once_and_a_colleagues_edit_is_never_overwritten() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    let (manager, _) = s.staff("tea-manager").await;
    let (_, code) = visitor_with_badge(&s, "bo@example.cn", "Bo").await;
    let two_days_ago = (chrono::Utc::now() - chrono::Duration::days(2)).to_rfc3339();
    let body = json!({"code": code, "scanned_at": two_days_ago});
    let k = key();
    let first: ScannedVisitor = tea
        .post_keyed("/api/v1/exhibitor/badge-scans", &k, &body)
        .await
        .json()
        .await
        .unwrap();
    let again: ScannedVisitor = tea
        .post_keyed("/api/v1/exhibitor/badge-scans", &k, &body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(first.lead_id, again.lead_id);
    let id = first.lead_id.unwrap();
    let (l, tag) = lead(&tea, id).await;
    assert_eq!(l.summary.scans, 1, "sent twice, counted once");
    let age = chrono::Utc::now() - chrono::DateTime::<chrono::Utc>::from(l.summary.first_seen_at);
    assert!(age.num_hours() >= 47, "the scan keeps the time it was made");
    let future = json!({"code": code, "scanned_at": (chrono::Utc::now() + chrono::Duration::hours(1)).to_rfc3339()});
    let r = tea.post("/api/v1/exhibitor/badge-scans", &future).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Two colleagues edit from the same version: the second is refused, nothing overwritten.
    let edit = |status: &str| json!({"status": status, "rating": 4, "answers": []});
    let r = send(
        &manager,
        Method::PUT,
        &format!("/api/v1/exhibitor/leads/{id}"),
        Some(&tag),
        Some(edit("contacted")),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = send(
        &tea,
        Method::PUT,
        &format!("/api/v1/exhibitor/leads/{id}"),
        Some(&tag),
        Some(edit("lost")),
    )
    .await;
    assert_eq!(r.status(), StatusCode::PRECONDITION_FAILED);
    let r = send(
        &tea,
        Method::PUT,
        &format!("/api/v1/exhibitor/leads/{id}"),
        None,
        Some(edit("lost")),
    )
    .await;
    assert_eq!(r.status(), StatusCode::PRECONDITION_REQUIRED);
    let (l, tag) = lead(&tea, id).await;
    assert_eq!(serde_json::to_value(l.summary.status).unwrap(), "contacted");
    let bad = json!({"status": "won", "rating": 6, "assignee": 1, "answers": [{"question": "nope", "value": "x"}]});
    let r = send(
        &tea,
        Method::PUT,
        &format!("/api/v1/exhibitor/leads/{id}"),
        Some(&tag),
        Some(bad),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let p: Value = r.json().await.unwrap();
    let fields: Vec<&str> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["rating", "answers.0"]);

    // A note written offline and sent twice is kept once.
    let k = key();
    let note = json!({"text": "Wants 200 tins before March"});
    for _ in 0..2 {
        let r = tea
            .post_keyed(&format!("/api/v1/exhibitor/leads/{id}/notes"), &k, &note)
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    let (l, _) = lead(&tea, id).await;
    assert_eq!(l.notes.len(), 1);
    assert!(
        !l.notes[0].author.as_ref().unwrap().name.is_empty(),
        "signed by its author"
    );

    // A business card, typed offline and sent twice: one lead.
    let card = json!({"contact": {"name": "Li Wei", "company": "Hangzhou Tea Imports", "email": "li@hti.cn"}, "note": "met at the tasting"});
    let k = key();
    let r = tea.post_keyed("/api/v1/exhibitor/leads", &k, &card).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let made: Lead = r.json().await.unwrap();
    let r = tea.post_keyed("/api/v1/exhibitor/leads", &k, &card).await;
    assert_eq!(r.status(), StatusCode::OK);
    let replay: Lead = r.json().await.unwrap();
    assert_eq!(made.summary.id, replay.summary.id);
    assert_eq!(made.notes.len(), 1);
    let r = tea
        .post(
            "/api/v1/exhibitor/leads",
            &json!({"contact": {"name": " ", "email": "x"}}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let found: Page<LeadSummary> = tea.ok("/api/v1/exhibitor/leads?q=Hangzhou").await;
    assert_eq!(found.total, 1);
}

#[tokio::test]
async fn a_leads_score_follows_the_exhibitors_rules_and_says_which_gave_its_points() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (v, code) = visitor_with_badge(&s, "cy@example.cn", "Cy").await;
    let settings = json!({
        "questions": [{"id": "budget", "label": "Budget", "kind": "choice", "choices": ["< 10k", "10k+"]}],
        "rules": [
            {"kind": "scanned", "points": 10},
            {"kind": "in_cart", "points": 20},
            {"kind": "trade_buyer", "points": 5},
            {"kind": "answered", "question": "budget", "value": "10k+", "points": 25}
        ],
        "threshold": 50,
        "half_life_days": 0
    });
    let r = tea.put("/api/v1/exhibitor/lead-settings", &settings).await;
    assert_eq!(r.status(), StatusCode::OK);
    let mut bad = settings.clone();
    bad["rules"][0]["points"] = json!(500);
    bad["threshold"] = json!(-3);
    let r = tea.put("/api/v1/exhibitor/lead-settings", &bad).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let kept: Value = tea.ok("/api/v1/exhibitor/lead-settings").await;
    assert_eq!(kept["threshold"], 50, "nothing stored");

    let id = scan(&tea, &code).await.lead_id.unwrap();
    let (l, tag) = lead(&tea, id).await;
    assert_eq!(
        (l.score.points, l.score.qualified),
        (15, false),
        "scanned + trade buyer"
    );
    // The visitor puts one of tea's products in the cart; staff record the budget.
    let (product, _, _) = s.item_of(tea_id);
    let r = v
        .put(
            "/api/v1/cart",
            &json!({"lines": [{"product_id": product, "quantity": 1}]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let edit = json!({"status": "qualified", "answers": [{"question": "budget", "value": "10k+"}]});
    let r = send(
        &tea,
        Method::PUT,
        &format!("/api/v1/exhibitor/leads/{id}"),
        Some(&tag),
        Some(edit),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let l: Lead = r.json().await.unwrap();
    assert_eq!((l.score.points, l.score.qualified), (60, true));
    let kinds: Vec<i32> = l.score.parts.iter().map(|p| p.points).collect();
    assert_eq!(kinds, [10, 20, 5, 25]);
    assert!(matches!(l.score.parts[3].rule, ScoreRule::Answered { .. }));
    let list: Page<LeadSummary> = tea
        .ok("/api/v1/exhibitor/leads?status=qualified&limit=100")
        .await;
    let listed = list.items.iter().find(|l| l.id == id).unwrap();
    assert_eq!((listed.score, listed.qualified), (60, true));
}

#[tokio::test]
async fn the_demo_booths_open_on_leads_met_over_the_expo_days() {
    let s = start().await;
    for who in ["tea", "ceramics"] {
        let (staff, _) = s.staff(who).await;
        let page: Page<LeadSummary> = staff.ok("/api/v1/exhibitor/leads?limit=100").await;
        assert!(page.total >= 10, "{who}: {}", page.total);
        let shown = page.items.iter().filter(|l| l.contact.is_some()).count();
        assert!(
            shown >= 4 && shown < page.items.len(),
            "{who}: some shared, some not"
        );
        let days: std::collections::BTreeSet<_> = page
            .items
            .iter()
            .map(|l| chrono::DateTime::<chrono::Utc>::from(l.first_seen_at).date_naive())
            .collect();
        assert!(days.len() >= 3, "{who}: over the expo days");
        assert!(page
            .items
            .iter()
            .any(|l| l.status != expocx_contract::leads::LeadStatus::New));
    }
}
