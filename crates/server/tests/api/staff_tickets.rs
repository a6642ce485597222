//! The exhibitor's after-sales desk over real HTTP and SQLite: internal notes never reach the
//! member (not in their answers, not in their export) and go with the member's erasure; tickets
//! are handed to staff of the same exhibitor only; the queue filters and flags what is overdue.

use crate::common::{start, Api, TestServer, PASSWORD};
use chrono::{Duration, Utc};
use expocx_contract::{Page, StaffMember, StaffTicket, StaffTicketRow};
use reqwest::StatusCode;
use serde_json::json;

const NOTE: &str = "Regular customer: replace the lid without asking for the old one";

/// A server, both booths' staff, and ada's ticket about her paid order of the tea booth.
struct Desk {
    s: TestServer,
    tea: Api,
    ceramics: Api,
    ada: Api,
    id: i64,
    path: String,
}

async fn desk() -> Desk {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let ada = s.visitor("ada@example.cn").await;
    let id = ticket_about_tea(&s, &ada, tea_id).await;
    let path = format!("/api/v1/exhibitor/tickets/{id}");
    Desk {
        s,
        tea,
        ceramics,
        ada,
        id,
        path,
    }
}

/// A paid order of the tea booth by `who` and a ticket about it: the ticket's id.
async fn ticket_about_tea(s: &TestServer, who: &Api, tea_id: i64) -> i64 {
    let order = who.place(s.item_of(tea_id), 1).await;
    who.pay(order.id).await;
    let r = who
        .post(
            "/api/v1/me/tickets",
            &json!({"order_id": order.id, "category": "product_issue", "subject": "Lid cracked",
                "text": "The lid arrived cracked.", "photo_ids": []}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    r.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn internal_notes_never_reach_the_member_and_go_with_their_erasure() {
    let Desk {
        s,
        tea,
        ceramics,
        ada,
        id,
        path,
    } = desk().await;

    let r = tea
        .post(&format!("{path}/notes"), &json!({ "text": NOTE }))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let seen: StaffTicket = r.json().await.unwrap();
    assert_eq!(seen.notes.len(), 1);
    assert!(seen.notes[0].by.is_some(), "staff see who wrote it");
    let r = tea
        .post(
            &format!("{path}/messages"),
            &json!({"text": "A new lid is on its way.", "photo_ids": [], "status": "in_progress"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);

    // The member sees the reply, never the note: not in the ticket, its list or the export.
    for member_path in [
        format!("/api/v1/me/tickets/{id}"),
        "/api/v1/me/tickets".into(),
        "/api/v1/me/export".into(),
    ] {
        let body = ada.get(&member_path).await.text().await.unwrap();
        assert!(
            !body.contains(NOTE),
            "{member_path} leaks the internal note"
        );
        if member_path.ends_with(&id.to_string()) {
            assert!(body.contains("A new lid is on its way."));
        }
    }
    // Nobody else writes or reads notes.
    let r = ceramics
        .post(&format!("{path}/notes"), &json!({ "text": "x" }))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(ceramics.get(&path).await.status(), StatusCode::NOT_FOUND);
    let r = ada
        .post(&format!("{path}/notes"), &json!({ "text": "x" }))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = tea
        .post(&format!("{path}/notes"), &json!({ "text": "  " }))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The member erases their account: the ticket and its notes go with it.
    let r = ada
        .delete(
            "/api/v1/me",
            &json!({"confirm_email": "ada@example.cn", "password": PASSWORD}),
        )
        .await;
    assert!(r.status().is_success(), "erased: {}", r.status());
    let notes: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM ticket_notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(notes, 0);
    assert_eq!(tea.get(&path).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn tickets_are_handed_to_the_exhibitors_own_staff_and_the_queue_filters() {
    let Desk {
        s,
        tea,
        ceramics,
        ada: _,
        id,
        path,
    } = desk().await;
    let team: Vec<StaffMember> = tea.ok("/api/v1/exhibitor/staff").await;
    let others: Vec<StaffMember> = ceramics.ok("/api/v1/exhibitor/staff").await;
    assert!(!team.is_empty() && team.iter().all(|m| !others.contains(m)));
    // The signed-in owner among the team (which also has a manager and booth staff).
    let me: expocx_contract::User = tea.ok("/api/v1/auth/me").await;
    let team = [team.into_iter().find(|m| m.id == me.id).unwrap()];

    let unassigned: Page<StaffTicketRow> =
        tea.ok("/api/v1/exhibitor/tickets?assigned=nobody").await;
    assert!(unassigned.items.iter().any(|t| t.summary.id == id));
    let r = tea
        .put(
            &format!("{path}/assignee"),
            &json!({"assignee_id": others[0].id}),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "not one of ours"
    );
    let r = tea
        .put(
            &format!("{path}/assignee"),
            &json!({"assignee_id": team[0].id}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let seen: StaffTicket = r.json().await.unwrap();
    assert_eq!(seen.assignee.as_ref(), Some(&team[0]));
    assert!(!seen.customer.is_empty());
    let mine: Page<StaffTicketRow> = tea.ok("/api/v1/exhibitor/tickets?assigned=me").await;
    assert_eq!(
        mine.items.iter().map(|t| t.summary.id).collect::<Vec<_>>(),
        vec![id]
    );
    assert_eq!(
        mine.items[0].assignee.as_ref().map(|a| a.id),
        Some(team[0].id)
    );
    let r = ceramics
        .put(&format!("{path}/assignee"), &json!({"assignee_id": null}))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // Past its answer time and unanswered: overdue, and first in the queue.
    s.db()
        .execute(
            "UPDATE tickets SET respond_by = ? WHERE id = ?",
            rusqlite::params![Utc::now() - Duration::hours(1), id],
        )
        .unwrap();
    let queue: Page<StaffTicketRow> = tea.ok("/api/v1/exhibitor/tickets?status=open").await;
    assert_eq!(queue.items[0].summary.id, id);
    assert!(queue.items[0].overdue);
    let answered: Page<StaffTicketRow> = tea.ok("/api/v1/exhibitor/tickets?status=resolved").await;
    assert_eq!(answered.total, 0);
}
