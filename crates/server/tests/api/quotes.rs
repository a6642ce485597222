//! Trade buyers' quotes (issue 24) over HTTP: a buyer asks (once, however often the request is
//! sent), the desk answers and revises, the buyer accepts the latest revision and pays the
//! order at the quote's prices; an old or expired revision answers why it cannot be accepted.

use crate::common::{answer, key, problem, send, start, Api, TestServer};
use expocx_contract::quotes::{Quote, QuoteAction, QuoteStatus, QuoteSummary};
use expocx_contract::{ErrorCode, Order, OrderStatus, Page};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

pub fn teapot(s: &TestServer) -> i64 {
    s.db()
        .query_row(
            "SELECT id FROM products WHERE name_json LIKE '%Ru ware teapot%'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// A visitor whose profile names their company.
pub async fn trade_buyer(s: &TestServer, email: &str) -> Api {
    let b = s.visitor(email).await;
    let r = b
        .put(
            "/api/v1/me/profile",
            &json!({"display_name": "Jonas Berg", "company": "Nordic Tea AB", "job_title": "Buyer"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    b
}

pub fn request_body(product: i64, quantity: u32) -> Value {
    json!({
        "lines": [{"product_id": product, "configuration": {"choices": ["crackle", "small"], "quantity": quantity}}],
        "region": "Stockholm",
        "message": "Can you do 60 before March?",
    })
}

/// A quote as `who` reads it, with its `ETag`.
pub async fn read(who: &Api, path: &str) -> (Quote, String) {
    let r = who.get(path).await;
    assert_eq!(r.status(), StatusCode::OK, "GET {path}");
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    (r.json().await.unwrap(), tag)
}

pub fn answer_body(discount_bp: i64, valid_until: &str) -> Value {
    json!({
        "prices": [{"kind": "discount", "basis_points": discount_bp}],
        "valid_until": valid_until,
        "payment_terms": "30 % deposit",
        "incoterm": "FOB Shanghai",
        "lead_days": 20,
        "note": "Crackle needs ten more days in the kiln.",
    })
}

/// The desk answers (or revises) quote `id` with `discount_bp` off its list prices, valid for
/// `days` from the venue's today.
pub async fn desk_answers(desk: &Api, id: i64, discount_bp: i64, days: i64) -> reqwest::Response {
    let path = format!("/api/v1/exhibitor/quotes/{id}");
    let (_, tag) = read(desk, &path).await;
    let body = answer_body(discount_bp, &in_days(days));
    send(
        desk,
        Method::POST,
        &format!("{path}/revisions"),
        Some(&tag),
        Some(body),
    )
    .await
}

/// A trade buyer asks for `quantity` crackle teapots (`product`).
pub async fn ask(buyer: &Api, product: i64, quantity: u32) -> Quote {
    let r = buyer
        .post_keyed("/api/v1/quotes", &key(), &request_body(product, quantity))
        .await;
    answer(r, StatusCode::CREATED).await
}

/// The venue's day `n` days from today (the demo expo is in Shanghai).
pub fn in_days(n: i64) -> String {
    let tz: chrono_tz::Tz = "Asia/Shanghai".parse().unwrap();
    (chrono::Utc::now().with_timezone(&tz) + chrono::Duration::days(n))
        .format("%Y-%m-%d")
        .to_string()
}

#[tokio::test]
async fn a_buyer_asks_once_the_desk_revises_and_the_accepted_quote_is_paid_at_its_price() {
    let s = start().await;
    let product = teapot(&s);
    let buyer = trade_buyer(&s, "jonas@nordic.test").await;
    let (desk, _) = s.staff("ceramics").await;
    let stock = s.stock(product);
    let figures = || async {
        let d: expocx_contract::Dashboard = desk.ok("/api/v1/exhibitor/dashboard").await;
        d.quotes
    };
    let before = figures().await;

    // A double submit makes one quote.
    let k = key();
    let body = request_body(product, 60);
    let first: Quote = answer(
        buyer.post_keyed("/api/v1/quotes", &k, &body).await,
        StatusCode::CREATED,
    )
    .await;
    let again: Quote = answer(
        buyer.post_keyed("/api/v1/quotes", &k, &body).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(first.summary.id, again.summary.id);
    assert_eq!(first.summary.status, QuoteStatus::Requested);
    assert_eq!(first.actions, [QuoteAction::Decline, QuoteAction::Message]);
    assert_eq!(first.lines[0].chosen.len(), 2, "glaze and size, by name");
    let list_unit = first.lines[0].list_unit.amount_minor;
    let id = first.summary.id;

    // The desk sees it first in its queue, with the buyer's company.
    let queue: Page<QuoteSummary> = desk.ok("/api/v1/exhibitor/quotes?status=requested").await;
    let row = queue
        .items
        .iter()
        .find(|q| q.id == id)
        .expect("in the desk's queue");
    assert_eq!(row.buyer.as_ref().unwrap().company, "Nordic Tea AB");
    assert!(
        queue.items[0].answer_by <= row.answer_by,
        "soonest due first"
    );

    // Answer, then revise: each is a revision; an internal note stays on the desk's side.
    let path = format!("/api/v1/exhibitor/quotes/{id}");
    let r = desk_answers(&desk, id, 500, 14).await;
    assert_eq!(r.status(), StatusCode::OK);
    let (q1, old_tag) = read(&buyer, &format!("/api/v1/quotes/{id}")).await;
    assert_eq!(q1.summary.status, QuoteStatus::Quoted);
    assert!(q1.actions.contains(&QuoteAction::Accept));
    let r = desk
        .post(
            &format!("{path}/messages"),
            &json!({"text": "Margin is thin here", "internal": true}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = desk_answers(&desk, id, 800, 10).await;
    let q2: Quote = answer(r, StatusCode::OK).await;
    assert_eq!(q2.revisions.len(), 2);
    assert!(q2.revisions[0].superseded && !q2.revisions[1].superseded);
    assert!(q2.messages.iter().any(|m| m.internal));

    let (mine, tag) = read(&buyer, &format!("/api/v1/quotes/{id}")).await;
    assert!(
        mine.messages.iter().all(|m| !m.internal),
        "internal notes are the desk's only"
    );
    let unit = list_unit - (list_unit * 800 + 5_000) / 10_000;
    assert_eq!(mine.revisions[1].units[0].amount_minor, unit);
    assert_eq!(mine.revisions[1].total.amount_minor, unit * 60);

    // The first revision's tag: superseded. The latest: an order at the quote's price, once.
    let accept = |t: &str| {
        let b = json!({"fulfilment": {"method": "delivery", "exhibitor_id": mine.summary.exhibitor_id},
                       "address": {"name": "Jonas Berg", "phone": "+46701234567", "region": "Stockholm",
                                   "street": "Hamngatan 1", "postcode": "11147"}});
        let t = t.to_string();
        let buyer = &buyer;
        async move {
            send(
                buyer,
                Method::POST,
                &format!("/api/v1/quotes/{id}/accept"),
                Some(&t),
                Some(b),
            )
            .await
        }
    };
    let e = problem(accept(&old_tag).await).await;
    assert_eq!(e.code, ErrorCode::QuoteSuperseded);
    let accepted: Quote = answer(accept(&tag).await, StatusCode::OK).await;
    let again: Quote = answer(accept(&tag).await, StatusCode::OK).await;
    assert_eq!(accepted.summary.status, QuoteStatus::Ordered);
    let order_id = accepted.order_id.expect("an order");
    assert_eq!(
        again.order_id,
        Some(order_id),
        "accepting twice places one order"
    );
    let order: Order = buyer.ok(&format!("/api/v1/orders/{order_id}")).await;
    assert_eq!(order.total.amount_minor, unit * 60);
    assert_eq!(order.status, OrderStatus::AwaitingPayment);
    assert_eq!(s.stock(product), stock - 60);
    // The desk's figures count it through the funnel, once.
    let after = figures().await;
    assert_eq!(
        (after.requested, after.quoted, after.accepted, after.ordered),
        (
            before.requested + 1,
            before.quoted + 1,
            before.accepted + 1,
            before.ordered + 1
        )
    );
    assert!(after.median_first_answer_minutes.is_some() && after.win_rate_bp.is_some());
    buyer.pay(order_id).await;
    let order: Order = buyer.ok(&format!("/api/v1/orders/{order_id}")).await;
    assert_eq!(order.status, OrderStatus::Paid);
    // Closed now: nothing more to accept, decline or withdraw.
    let (_, tag) = read(&desk, &path).await;
    let e = problem(
        send(
            &desk,
            Method::POST,
            &format!("{path}/withdraw"),
            Some(&tag),
            None,
        )
        .await,
    )
    .await;
    assert_eq!(e.code, ErrorCode::QuoteClosed);
}

#[tokio::test]
async fn an_expired_revision_cannot_be_accepted_and_the_buyer_may_ask_for_a_new_one() {
    let s = start().await;
    let buyer = trade_buyer(&s, "late@nordic.test").await;
    let (desk, _) = s.staff("ceramics").await;
    let q: Quote = ask(&buyer, teapot(&s), 20).await;
    let id = q.summary.id;
    let r = desk_answers(&desk, id, 0, 0).await;
    assert_eq!(r.status(), StatusCode::OK, "valid until the end of today");
    // A day before it ends the buyer is told, once.
    s.db()
        .execute(
            "UPDATE quotes SET valid_end = datetime('now', '+12 hours') WHERE id = ?",
            [id],
        )
        .unwrap();
    let now = chrono::Utc::now();
    let told = expocx_server::domain::quotes::tell_expiring(&s.db(), now).unwrap();
    assert_eq!(told, 1);
    assert_eq!(
        expocx_server::domain::quotes::tell_expiring(&s.db(), now).unwrap(),
        0
    );
    let inbox: expocx_contract::Inbox = buyer.ok("/api/v1/me/notifications").await;
    let told = inbox
        .items
        .iter()
        .find(|n| n.link.as_deref() == Some(&format!("/me/quotes/{id}")[..]));
    assert!(told
        .expect("in the inbox")
        .text
        .en
        .contains("expires within 24 hours"));
    // Time passes: its validity ended a minute ago (however long the page was left open).
    s.db()
        .execute(
            "UPDATE quotes SET valid_end = datetime('now', '-1 minute') WHERE id = ?",
            [id],
        )
        .unwrap();
    let (mine, tag) = read(&buyer, &format!("/api/v1/quotes/{id}")).await;
    assert_eq!(mine.summary.status, QuoteStatus::Expired);
    assert_eq!(mine.actions, [QuoteAction::AskChange, QuoteAction::Message]);
    let body =
        json!({"fulfilment": {"method": "delivery", "exhibitor_id": mine.summary.exhibitor_id}});
    let e = problem(
        send(
            &buyer,
            Method::POST,
            &format!("/api/v1/quotes/{id}/accept"),
            Some(&tag),
            Some(body),
        )
        .await,
    )
    .await;
    assert_eq!(e.code, ErrorCode::QuoteExpired);
    let expired: Page<QuoteSummary> = buyer.ok("/api/v1/quotes?status=expired").await;
    assert_eq!(expired.items.iter().map(|q| q.id).collect::<Vec<_>>(), [id]);
    // Asking for a change sends it back to the desk.
    let r = buyer
        .post(
            &format!("/api/v1/quotes/{id}/change"),
            &json!({"text": "Could you renew it?"}),
        )
        .await;
    let again: Quote = answer(r, StatusCode::OK).await;
    assert_eq!(again.summary.status, QuoteStatus::Requested);
    assert!(again.summary.answer_by > mine.summary.answer_by);
    // The desk answers again: revision 2, which the buyer may accept.
    let r = desk_answers(&desk, id, 100, 7).await;
    let renewed: Quote = answer(r, StatusCode::OK).await;
    assert_eq!(renewed.summary.status, QuoteStatus::Quoted);
    assert_eq!(renewed.revisions.len(), 2);
    let (mine, _) = read(&buyer, &format!("/api/v1/quotes/{id}")).await;
    assert!(mine.actions.contains(&QuoteAction::Accept));
}

#[tokio::test]
async fn a_request_is_checked_against_the_products_rules_and_the_buyers_profile() {
    let s = start().await;
    let product = teapot(&s);
    let plain = s.visitor("plain@visitor.test").await;
    let e = problem(
        plain
            .post_keyed("/api/v1/quotes", &key(), &request_body(product, 60))
            .await,
    )
    .await;
    assert_eq!(e.code, ErrorCode::TradeProfileRequired);

    let buyer = trade_buyer(&s, "rules@nordic.test").await;
    let before: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM quotes", [], |r| r.get(0))
        .unwrap();
    // Crackle cannot be fired large; 5 pieces are below the minimum; a retail product has no model.
    let retail: i64 = s
        .db()
        .query_row(
            "SELECT id FROM products WHERE config_json IS NULL LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let body = json!({"lines": [
        {"product_id": product, "configuration": {"choices": ["crackle", "large"], "quantity": 50}},
        {"product_id": product, "configuration": {"choices": ["celadon", "small"], "quantity": 5}},
        {"product_id": retail, "configuration": {"choices": [], "quantity": 5}},
    ], "region": "x".repeat(201)});
    let e = problem(buyer.post("/api/v1/quotes", &body).await).await;
    let mut fields: Vec<&str> = e.errors.iter().map(|f| f.field.as_str()).collect();
    fields.sort();
    assert_eq!(fields, ["region"], "the request's own bounds first");
    let mut body = body;
    body["region"] = json!("Oslo");
    let e = problem(buyer.post("/api/v1/quotes", &body).await).await;
    let fields: Vec<&str> = e.errors.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "lines.0.configuration.choices.crackle",
            "lines.1.configuration.quantity",
            "lines.2.product_id"
        ]
    );
    let after: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM quotes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(before, after, "nothing stored");
    // Staff do not ask for quotes.
    let (desk, _) = s.staff("tea").await;
    let r = desk
        .post("/api/v1/quotes", &request_body(product, 60))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
