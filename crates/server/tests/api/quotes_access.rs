//! Quotes belong to their buyer and to the exhibitor they are addressed to: another buyer and
//! another booth get `404` for every quote id, roles without the desk `403`; an erased buyer's
//! open quotes are withdrawn and the exhibitor keeps them without the buyer's name or words.

use crate::common::{answer, send, start, PASSWORD};
use crate::quotes::{answer_body, ask, desk_answers, in_days, read, teapot, trade_buyer};
use expocx_contract::quotes::{Quote, QuoteStatus};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// Each of `ops` (method, path, body) sent by `who` with the quote's `tag` answers 404.
async fn all_not_found<const N: usize>(
    who: &crate::common::Api,
    tag: &str,
    ops: [(Method, String, Option<serde_json::Value>); N],
) {
    for (method, path, body) in ops {
        let r = send(who, method, &path, Some(tag), body).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn another_buyer_and_another_booth_see_none_of_a_quote() {
    let s = start().await;
    let buyer = trade_buyer(&s, "owner@nordic.test").await;
    let other = trade_buyer(&s, "other@nordic.test").await;
    let (desk, _) = s.staff("ceramics").await;
    let (tea, _) = s.staff("tea").await;
    let q: Quote = ask(&buyer, teapot(&s), 60).await;
    let id = q.summary.id;
    let (_, tag) = read(&desk, &format!("/api/v1/exhibitor/quotes/{id}")).await;
    let body = Some(json!({"text": "hi", "internal": false}));
    // Another buyer: every buyer operation on this id is 404, and their list is empty.
    let buyer_ops = [
        (Method::GET, format!("/api/v1/quotes/{id}"), None),
        (
            Method::POST,
            format!("/api/v1/quotes/{id}/accept"),
            Some(json!({"fulfilment": {"method": "delivery", "exhibitor_id": 2}})),
        ),
        (Method::POST, format!("/api/v1/quotes/{id}/decline"), None),
        (
            Method::POST,
            format!("/api/v1/quotes/{id}/change"),
            body.clone(),
        ),
        (
            Method::POST,
            format!("/api/v1/quotes/{id}/messages"),
            body.clone(),
        ),
    ];
    all_not_found(&other, &tag, buyer_ops).await;
    let theirs: expocx_contract::Page<expocx_contract::quotes::QuoteSummary> =
        other.ok("/api/v1/quotes").await;
    assert_eq!(theirs.total, 0);
    // Another booth: the same for every desk operation.
    let desk_ops = [
        (Method::GET, format!("/api/v1/exhibitor/quotes/{id}"), None),
        (
            Method::POST,
            format!("/api/v1/exhibitor/quotes/{id}/revisions"),
            Some(answer_body(0, &in_days(5))),
        ),
        (
            Method::POST,
            format!("/api/v1/exhibitor/quotes/{id}/withdraw"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/exhibitor/quotes/{id}/messages"),
            body.clone(),
        ),
        (
            Method::PUT,
            format!("/api/v1/exhibitor/quotes/{id}/assignee"),
            Some(json!({"user_id": null})),
        ),
    ];
    all_not_found(&tea, &tag, desk_ops).await;
    let listed: expocx_contract::Page<expocx_contract::quotes::QuoteSummary> =
        tea.ok("/api/v1/exhibitor/quotes?limit=100").await;
    assert!(listed.items.iter().all(|q| q.id != id));
    // Booth staff have no quote desk; a visitor is not staff.
    let booth = s
        .anon()
        .login("ceramics-booth@demo.expocx.test", "exhibit-expo-2026")
        .await;
    let booth: expocx_contract::Session = answer(booth, StatusCode::OK).await;
    let booth = s.anon().with_token(&booth.token);
    assert_eq!(
        booth.get("/api/v1/exhibitor/quotes").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        buyer.get("/api/v1/exhibitor/quotes").await.status(),
        StatusCode::FORBIDDEN
    );
    // Assigning to another booth's staff is refused; to one's own colleague it works.
    let tea_owner: i64 = s
        .db()
        .query_row(
            "SELECT id FROM users WHERE email = 'tea@demo.expocx.test'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let r = desk
        .put(
            &format!("/api/v1/exhibitor/quotes/{id}/assignee"),
            &json!({"user_id": tea_owner}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let colleague: i64 = s
        .db()
        .query_row(
            "SELECT id FROM users WHERE email = 'ceramics-manager@demo.expocx.test'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let r = desk
        .put(
            &format!("/api/v1/exhibitor/quotes/{id}/assignee"),
            &json!({"user_id": colleague}),
        )
        .await;
    let q: Quote = answer(r, StatusCode::OK).await;
    assert_eq!(q.summary.assignee_id, Some(colleague));
}

#[tokio::test]
async fn an_erased_buyers_open_quotes_are_withdrawn_and_kept_without_their_name_or_words() {
    let s = start().await;
    let buyer = trade_buyer(&s, "gone@nordic.test").await;
    let (desk, _) = s.staff("ceramics").await;
    let q: Quote = ask(&buyer, teapot(&s), 60).await;
    let id = q.summary.id;
    let path = format!("/api/v1/exhibitor/quotes/{id}");
    let r = desk_answers(&desk, id, 500, 7).await;
    assert_eq!(r.status(), StatusCode::OK);
    let export: serde_json::Value = buyer.ok("/api/v1/me/export").await;
    let section = |name: &str| export["sections"][name][0].clone();
    assert_eq!(
        section("quotes")["buyer_company"],
        "Nordic Tea AB",
        "the export holds the quote"
    );
    assert!(section("quote_messages")["text"]
        .as_str()
        .unwrap()
        .contains("60 before March"));
    let erase = json!({"confirm_email": "gone@nordic.test", "password": PASSWORD});
    let r = buyer.delete("/api/v1/me", &erase).await;
    assert_eq!(r.status(), StatusCode::OK);
    let (after, _) = read(&desk, &path).await;
    assert_eq!(after.summary.status, QuoteStatus::Withdrawn);
    let b = after.summary.buyer.unwrap();
    assert_eq!((b.name.as_str(), b.company.as_str()), ("", ""));
    assert!(
        after.messages.iter().all(|m| !m.text.contains("March")),
        "their words went with them"
    );
    assert_eq!(after.revisions.len(), 1, "the desk's own answer stays");
}
