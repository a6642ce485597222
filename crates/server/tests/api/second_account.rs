//! A second account walks every endpoint of the member center that names something by id —
//! orders, addresses, tickets, returns, photos, notifications — and finds nothing: 404 (or, for
//! marking messages read, no effect), and the owner's data is exactly as before.

use crate::common::{start, Api, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// Everything the owner can read about their member center.
async fn snapshot(api: &Api, ids: &Ids) -> Vec<Value> {
    let mut out = Vec::new();
    for path in [
        "/api/v1/me/membership".to_string(),
        "/api/v1/me/points".into(),
        "/api/v1/orders".into(),
        format!("/api/v1/orders/{}", ids.order),
        "/api/v1/me/addresses".into(),
        "/api/v1/me/tickets".into(),
        format!("/api/v1/me/tickets/{}", ids.ticket),
        "/api/v1/me/returns".into(),
        format!("/api/v1/me/returns/{}", ids.ret),
        "/api/v1/me/notifications".into(),
        "/api/v1/me/notification-preferences".into(),
        "/api/v1/me/profile".into(),
    ] {
        out.push(api.ok::<Value>(&path).await);
    }
    out
}

struct Ids {
    order: i64,
    ticket: i64,
    ret: i64,
    address: i64,
    photo: String,
}

async fn owner_with_everything(s: &TestServer, ada: &Api) -> Ids {
    let (product, exhibitor, slot) = s.pickup_item(3);
    let order = ada.place((product, exhibitor, slot), 2).await;
    ada.pay(order.id).await;
    let address: Value = ada
        .post("/api/v1/me/addresses", &json!({"address": {"name": "Home", "phone": "13800000000",
            "region": "上海市", "street": "世博大道 1500 号", "postcode": "200120"}, "is_default": true}))
        .await
        .json()
        .await
        .unwrap();
    let photo = ada.upload_png().await;
    let ticket: Value = ada
        .post("/api/v1/me/tickets", &json!({"order_id": order.id, "category": "other", "subject": "Hi", "text": "Question", "photo_ids": [photo.id]}))
        .await
        .json()
        .await
        .unwrap();
    let ret: Value = ada
        .post("/api/v1/me/returns", &json!({"order_id": order.id, "lines": [{"product_id": product, "quantity": 1}], "reason": "other"}))
        .await
        .json()
        .await
        .unwrap();
    Ids {
        order: order.id,
        ticket: ticket["id"].as_i64().unwrap(),
        ret: ret["id"].as_i64().unwrap(),
        address: address["id"].as_i64().unwrap(),
        photo: photo.id,
    }
}

#[tokio::test]
async fn a_second_account_finds_nothing_of_the_first_and_changes_nothing() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let ids = owner_with_everything(&s, &ada).await;
    let before = snapshot(&ada, &ids).await;
    let bob = s.visitor("bob@example.cn").await;
    let (o, t, r, a, p) = (ids.order, ids.ticket, ids.ret, ids.address, &ids.photo);
    let addr = json!({"address": {"name": "Mine now", "phone": "13900000000", "region": "北京市",
        "street": "x", "postcode": "100000"}, "is_default": true});
    let attempts: Vec<(Method, String, Value)> = vec![
        (Method::GET, format!("/api/v1/orders/{o}"), json!(null)),
        (
            Method::POST,
            format!("/api/v1/orders/{o}/cancel"),
            json!({}),
        ),
        (
            Method::POST,
            format!("/api/v1/orders/{o}/payments"),
            json!({"provider": "test"}),
        ),
        (
            Method::PUT,
            format!("/api/v1/me/addresses/{a}"),
            addr.clone(),
        ),
        (
            Method::DELETE,
            format!("/api/v1/me/addresses/{a}"),
            json!({}),
        ),
        (Method::GET, format!("/api/v1/me/tickets/{t}"), json!(null)),
        (
            Method::POST,
            format!("/api/v1/me/tickets/{t}/messages"),
            json!({"text": "mine"}),
        ),
        (
            Method::PUT,
            format!("/api/v1/me/tickets/{t}/status"),
            json!({"status": "resolved"}),
        ),
        (
            Method::POST,
            format!("/api/v1/me/tickets/{t}/rating"),
            json!({"score": 1}),
        ),
        (Method::GET, format!("/api/v1/me/returns/{r}"), json!(null)),
        (Method::GET, format!("/api/v1/photos/{p}"), json!(null)),
        (
            Method::POST,
            "/api/v1/me/tickets".into(),
            json!({"order_id": o, "category": "other", "subject": "x", "text": "y"}),
        ),
        (
            Method::POST,
            "/api/v1/me/returns".into(),
            json!({"order_id": o, "lines": [{"product_id": 1, "quantity": 1}], "reason": "other"}),
        ),
    ];
    for (method, path, body) in attempts {
        let mut req = bob.request(method.clone(), &path);
        if !body.is_null() {
            req = req.json(&body);
        }
        let resp = req.send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::NOT_FOUND, "{method} {path}");
        let text = resp.text().await.unwrap();
        assert!(
            !text.contains("Home") && !text.contains("Question"),
            "nothing leaks: {text}"
        );
    }
    // Someone else's photo in one's own request is refused, not attached.
    let r = bob
        .post(
            "/api/v1/me/tickets",
            &json!({"category": "other", "subject": "x", "text": "y", "photo_ids": [p]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Marking "everything up to a huge id" read only touches one's own inbox.
    let r = bob
        .post("/api/v1/me/notifications/read", &json!({"up_to": i64::MAX}))
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        snapshot(&ada, &ids).await,
        before,
        "the owner's data is as it was"
    );
}
