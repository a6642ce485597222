//! After-sales service over real HTTP and SQLite: a ticket with a photo about an order, the
//! exhibitor's staff answering (the member notified), reply, resolve, rate; reopen; the queue
//! ordered by tier; photos only as images and only for those concerned — every step also tried
//! by a second account and by another exhibitor's staff.

use crate::common::{problem, start, Api, TestServer, PNG};
use expocx_contract::{
    Author, ErrorCode, Inbox, MessageKind, Page, Photo, Ticket, TicketStatus, TicketSummary,
};
use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// A paid order of one product of `exhibitor` (made plain: no options) by `api`.
async fn paid_order(s: &TestServer, api: &Api, exhibitor: i64) -> i64 {
    let (product, slot): (i64, i64) = s
        .db()
        .query_row(
            "SELECT p.id, sl.id FROM products p JOIN pickup_slots sl ON sl.exhibitor_id = p.exhibitor_id
             WHERE p.exhibitor_id = ? AND p.stock >= 2 ORDER BY p.id, sl.capacity DESC LIMIT 1",
            [exhibitor],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    s.db()
        .execute(
            "UPDATE products SET options_json = '[]' WHERE id = ?",
            [product],
        )
        .unwrap();
    let order = api.place((product, exhibitor, slot), 1).await;
    api.pay(order.id).await;
    order.id
}

async fn upload(api: &Api, bytes: &[u8], claimed: &str) -> reqwest::Response {
    api.request(Method::POST, "/api/v1/me/photos")
        .header(CONTENT_TYPE, claimed)
        .body(bytes.to_vec())
        .send()
        .await
        .unwrap()
}

fn ticket_body(order: Option<i64>, photos: &[&str]) -> Value {
    json!({"order_id": order, "category": "product_issue", "subject": "Lid cracked",
        "text": "The teapot's lid arrived cracked.", "photo_ids": photos})
}

#[tokio::test]
async fn a_ticket_with_a_photo_is_answered_resolved_and_rated() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let ada = s.visitor("ada@example.cn").await;
    let bob = s.visitor("bob@example.cn").await;
    let order = paid_order(&s, &ada, tea_id).await;

    let r = upload(&ada, PNG, "image/jpeg").await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let photo: Photo = r.json().await.unwrap();
    assert_eq!(
        photo.content_type, "image/png",
        "the type comes from the bytes"
    );
    // Someone else can neither use nor see it.
    let r = bob
        .post("/api/v1/me/tickets", &ticket_body(None, &[&photo.id]))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bob.get(&photo.url).await.status(), StatusCode::NOT_FOUND);
    // Nor open a ticket about ada's order.
    let r = bob
        .post("/api/v1/me/tickets", &ticket_body(Some(order), &[]))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    let r = ada
        .post(
            "/api/v1/me/tickets",
            &ticket_body(Some(order), &[&photo.id]),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let t: Ticket = r.json().await.unwrap();
    let id = t.summary.id;
    assert_eq!(t.summary.status, TicketStatus::Open);
    assert_eq!(
        t.summary.exhibitor_id,
        Some(tea_id),
        "the order's exhibitor"
    );
    assert_eq!(
        t.summary.respond_by - t.summary.created_at,
        chrono::Duration::hours(8)
    );
    assert_eq!(t.messages[0].photos[0].id, photo.id);

    for path in [format!("/api/v1/me/tickets/{id}")] {
        assert_eq!(bob.get(&path).await.status(), StatusCode::NOT_FOUND);
    }
    let r = bob
        .post(
            &format!("/api/v1/me/tickets/{id}/messages"),
            &json!({"text": "hi"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = bob
        .put(
            &format!("/api/v1/me/tickets/{id}/status"),
            &json!({"status": "resolved"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // The exhibitor's staff see it (photo included); another exhibitor's do not.
    let queue: Page<TicketSummary> = tea.ok("/api/v1/exhibitor/tickets").await;
    assert!(queue.items.iter().any(|t| t.id == id));
    let other: Page<TicketSummary> = ceramics.ok("/api/v1/exhibitor/tickets").await;
    assert!(other.items.iter().all(|t| t.id != id));
    assert_eq!(
        ceramics
            .get(&format!("/api/v1/exhibitor/tickets/{id}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        ceramics.get(&photo.url).await.status(),
        StatusCode::NOT_FOUND
    );
    let img = tea.get(&photo.url).await;
    assert_eq!(img.status(), StatusCode::OK);
    assert_eq!(img.headers()[CONTENT_TYPE], "image/png");
    assert!(img.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("sandbox"));
    assert_eq!(&img.bytes().await.unwrap()[..], PNG);
    assert_eq!(
        ada.get("/api/v1/exhibitor/tickets").await.status(),
        StatusCode::FORBIDDEN
    );

    let r = tea
        .post(
            &format!("/api/v1/exhibitor/tickets/{id}/messages"),
            &json!({"text": "Sorry! Which glaze was it?", "status": "waiting_for_you"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let inbox: Inbox = ada.ok("/api/v1/me/notifications").await;
    let news = inbox
        .items
        .iter()
        .find(|n| n.kind == MessageKind::ServiceReplies)
        .unwrap();
    assert_eq!(
        news.link.as_deref(),
        Some(format!("/me/tickets/{id}").as_str())
    );
    assert!(!news.read);
    let none: Inbox = bob.ok("/api/v1/me/notifications").await;
    assert_eq!(none.total, 0);

    let t: Ticket = ada
        .post(
            &format!("/api/v1/me/tickets/{id}/messages"),
            &json!({"text": "Celadon."}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(t.summary.status, TicketStatus::InProgress);
    let authors: Vec<Author> = t.messages.iter().map(|m| m.author).collect();
    assert_eq!(authors, [Author::Member, Author::Staff, Author::Member]);
    tea.post(
        &format!("/api/v1/exhibitor/tickets/{id}/messages"),
        &json!({"text": "A new lid is at the booth.", "status": "resolved"}),
    )
    .await;

    let r = ada
        .post(
            &format!("/api/v1/me/tickets/{id}/rating"),
            &json!({"score": 9}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = bob
        .post(
            &format!("/api/v1/me/tickets/{id}/rating"),
            &json!({"score": 1}),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::NOT_FOUND,
        "not someone else's to rate"
    );
    let t: Ticket = ada
        .post(
            &format!("/api/v1/me/tickets/{id}/rating"),
            &json!({"score": 5, "comment": "Fast!"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(t.summary.status, TicketStatus::Closed);
    assert_eq!(t.rating.unwrap().score, 5);
    for r in [
        ada.post(
            &format!("/api/v1/me/tickets/{id}/rating"),
            &json!({"score": 1}),
        )
        .await,
        ada.post(
            &format!("/api/v1/me/tickets/{id}/messages"),
            &json!({"text": "one more"}),
        )
        .await,
        tea.post(
            &format!("/api/v1/exhibitor/tickets/{id}/messages"),
            &json!({"text": "x"}),
        )
        .await,
    ] {
        assert_eq!(problem(r).await.code, ErrorCode::WrongStatus);
    }
}

#[tokio::test]
async fn a_resolved_ticket_can_be_reopened_and_general_tickets_need_no_order() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let t: Ticket = ada
        .post("/api/v1/me/tickets", &json!({"category": "other", "subject": "Opening hours", "text": "Until when is hall 2 open?"}))
        .await
        .json()
        .await
        .unwrap();
    let id = t.summary.id;
    assert_eq!(t.summary.order_id, None);
    let status = |to: &str| json!({"status": to});
    let r = ada
        .put(
            &format!("/api/v1/me/tickets/{id}/status"),
            &status("resolved"),
        )
        .await;
    assert_eq!(
        r.json::<Ticket>().await.unwrap().summary.status,
        TicketStatus::Resolved
    );
    let r = ada
        .post(
            &format!("/api/v1/me/tickets/{id}/messages"),
            &json!({"text": "more"}),
        )
        .await;
    assert_eq!(
        problem(r).await.code,
        ErrorCode::WrongStatus,
        "reopen first"
    );
    let r = ada
        .put(&format!("/api/v1/me/tickets/{id}/status"), &status("open"))
        .await;
    assert_eq!(
        r.json::<Ticket>().await.unwrap().summary.status,
        TicketStatus::Open
    );
    let r = ada
        .put(
            &format!("/api/v1/me/tickets/{id}/status"),
            &status("closed"),
        )
        .await;
    assert_eq!(problem(r).await.code, ErrorCode::WrongStatus);
    let mine: Page<TicketSummary> = ada.ok("/api/v1/me/tickets").await;
    assert_eq!(mine.total, 1);
    let bob = s.visitor("bob@example.cn").await;
    let theirs: Page<TicketSummary> = bob.ok("/api/v1/me/tickets").await;
    assert_eq!(theirs.total, 0);
}

#[tokio::test]
async fn gold_members_are_answered_first() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let bob = s.visitor("bob@example.cn").await;
    let bobs = paid_order(&s, &bob, tea_id).await;
    let ada = s.visitor("ada@example.cn").await;
    let adas = paid_order(&s, &ada, tea_id).await;
    s.db()
        .execute(
            "UPDATE orders SET total_minor = 600000 WHERE id = ?",
            [adas],
        )
        .unwrap();
    let first: Ticket = bob
        .post("/api/v1/me/tickets", &ticket_body(Some(bobs), &[]))
        .await
        .json()
        .await
        .unwrap();
    let second: Ticket = ada
        .post("/api/v1/me/tickets", &ticket_body(Some(adas), &[]))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        second.summary.respond_by - second.summary.created_at,
        chrono::Duration::hours(2)
    );
    let queue: Page<TicketSummary> = tea.ok("/api/v1/exhibitor/tickets").await;
    let ids: Vec<i64> = queue.items.iter().map(|t| t.id).collect();
    assert_eq!(
        ids,
        [second.summary.id, first.summary.id],
        "the Gold member's ticket comes first"
    );
}

#[tokio::test]
async fn only_images_are_accepted_as_photos() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#;
    let html = b"<!DOCTYPE html><script>alert(1)</script>";
    let huge = [PNG, &vec![0u8; expocx_contract::PHOTO_MAX_BYTES]].concat();
    for (bytes, claimed) in [
        (&svg[..], "image/svg+xml"),
        (&html[..], "image/png"),
        (&b""[..], "image/png"),
        (&huge[..], "image/png"),
    ] {
        let r = upload(&ada, bytes, claimed).await;
        assert_eq!(
            r.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{claimed} {}",
            bytes.len()
        );
    }
    let stored: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM photos", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 0);
    assert_eq!(
        upload(&s.anon(), PNG, "image/png").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let r = ada
        .post(
            "/api/v1/me/tickets",
            &json!({"category": "other", "subject": " ", "text": ""}),
        )
        .await;
    assert_eq!(problem(r).await.errors.len(), 2);
    let tickets: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM tickets", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tickets, 0, "nothing stored");
}
