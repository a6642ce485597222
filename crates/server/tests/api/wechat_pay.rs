//! WeChat Pay (JSAPI) against a stand-in for WeChat Pay's API that checks the merchant's
//! signatures and signs its own answers and notifications with a key pair made at test time:
//! only a fresh notification signed by WeChat Pay, for the order's exact amount, pays an order
//! (once); the order query pays it when the visitor is back first; others' orders stay unseen.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use expocx_contract::{Order, OrderStatus, PaymentStart};
use expocx_server::wechat::pay::{self};
use reqwest::StatusCode;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::pkcs8::EncodePrivateKey;
use rsa::signature::Verifier;
use serde_json::json;

use crate::common::{Api, TestServer};
use crate::wechat_pay_stand_in::{server, transaction, WeChatPay, API_V3_KEY, KEY_ID};

/// A visitor who signed in with WeChat (openid set as the WeChat sign-in sets it).
async fn wechat_visitor(s: &TestServer, email: &str) -> Api {
    let api = s.visitor(email).await;
    s.db()
        .execute(
            "UPDATE users SET wechat_openid = ?1 WHERE email = ?2",
            [format!("openid-{email}"), email.into()],
        )
        .unwrap();
    api
}

/// A notification as WeChat Pay sends it, signed by `key` at `ts`.
fn notification(
    key: &ring::signature::RsaKeyPair,
    no: &str,
    total: i64,
    ts: i64,
) -> (Vec<(&'static str, String)>, String) {
    use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
    let sealer = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, API_V3_KEY).unwrap());
    let mut data = transaction(no, total, "SUCCESS").to_string().into_bytes();
    let nonce = "0123456789ab";
    sealer
        .seal_in_place_append_tag(
            Nonce::try_assume_unique_for_key(nonce.as_bytes()).unwrap(),
            Aad::from("transaction"),
            &mut data,
        )
        .unwrap();
    let body = json!({"id": "EV-1", "create_time": "2026-12-06T10:00:00+08:00", "event_type": "TRANSACTION.SUCCESS",
        "resource_type": "encrypt-resource", "summary": "支付成功",
        "resource": {"algorithm": "AEAD_AES_256_GCM", "ciphertext": B64.encode(&data), "associated_data": "transaction", "nonce": nonce}})
    .to_string();
    let ts = ts.to_string();
    let sig = pay::sign(key, &format!("{ts}\nnotifynonce\n{body}\n"));
    (
        vec![
            ("Wechatpay-Timestamp", ts),
            ("Wechatpay-Nonce", "notifynonce".into()),
            ("Wechatpay-Signature", sig),
            ("Wechatpay-Serial", KEY_ID.into()),
        ],
        body,
    )
}

async fn send_notification(
    s: &TestServer,
    (headers, body): (Vec<(&'static str, String)>, String),
) -> StatusCode {
    let mut req = s
        .anon()
        .request(reqwest::Method::POST, "/api/v1/payments/wechat/notify")
        .body(body);
    for (k, v) in headers {
        req = req.header(k, v);
    }
    req.header("content-type", "application/json")
        .send()
        .await
        .unwrap()
        .status()
}

/// `POST /orders/{id}/payments` with WeChat Pay.
async fn start_wechat(api: &Api, order_id: i64) -> reqwest::Response {
    api.post(
        &format!("/api/v1/orders/{order_id}/payments"),
        &json!({"provider": "wechat_jsapi"}),
    )
    .await
}

/// An order placed by `api`, and WeChat Pay started for it: (order, out_trade_no).
async fn ordered(s: &TestServer, api: &Api, w: &WeChatPay) -> (Order, String) {
    let order = api.place(s.pickup_item(5), 1).await;
    let resp = start_wechat(api, order.id).await;
    assert_eq!(resp.status(), StatusCode::CREATED);
    let PaymentStart::WechatJsapi { params } = resp.json().await.unwrap() else {
        panic!("not WeChat Pay")
    };
    let sent = w.prepays.lock().unwrap().last().cloned().unwrap();
    assert_eq!(
        sent["amount"]["total"], order.total.amount_minor,
        "the order's amount"
    );
    assert_eq!(
        params.package,
        format!(
            "prepay_id=wx-prepay-{}",
            sent["out_trade_no"].as_str().unwrap()
        )
    );
    let message = format!(
        "wx-app\n{}\n{}\n{}\n",
        params.time_stamp, params.nonce_str, params.package
    );
    let sig = Signature::try_from(B64.decode(&params.pay_sign).unwrap().as_slice()).unwrap();
    assert!(
        VerifyingKey::<rsa::sha2::Sha256>::new(w.merchant.clone())
            .verify(message.as_bytes(), &sig)
            .is_ok(),
        "paySign"
    );
    (order, sent["out_trade_no"].as_str().unwrap().to_string())
}

async fn status(api: &Api, id: i64) -> OrderStatus {
    api.ok::<Order>(&format!("/api/v1/orders/{id}"))
        .await
        .status
}

#[tokio::test]
async fn only_wechat_pays_fresh_signed_word_for_the_exact_amount_pays_an_order_once() {
    let (s, w) = server().await;
    let alice = wechat_visitor(&s, "alice@pay.test").await;
    let (order, no) = ordered(&s, &alice, &w).await;
    assert_eq!(
        w.prepays.lock().unwrap()[0]["payer"]["openid"],
        "openid-alice@pay.test"
    );
    assert_eq!(
        status(&alice, order.id).await,
        OrderStatus::AwaitingPayment,
        "the page's word is not enough"
    );
    let total = order.total.amount_minor;
    let now = chrono::Utc::now().timestamp();
    // Forged: signed by a key that is not WeChat Pay's.
    let other = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 2048).unwrap();
    let forger =
        ring::signature::RsaKeyPair::from_pkcs8(other.to_pkcs8_der().unwrap().as_bytes()).unwrap();
    assert_eq!(
        send_notification(&s, notification(&forger, &no, total, now)).await,
        StatusCode::UNAUTHORIZED
    );
    // Tampered: a signed notification with its body changed.
    let (h, body) = notification(&w.platform, &no, total, now);
    assert_eq!(
        send_notification(&s, (h, body.replace("支付成功", "paid"))).await,
        StatusCode::UNAUTHORIZED
    );
    // Replayed from ten minutes ago.
    assert_eq!(
        send_notification(&s, notification(&w.platform, &no, total, now - 600)).await,
        StatusCode::UNAUTHORIZED
    );
    // Genuine, but for another amount.
    assert_eq!(
        send_notification(&s, notification(&w.platform, &no, total - 1, now)).await,
        StatusCode::CONFLICT
    );
    assert_eq!(
        status(&alice, order.id).await,
        OrderStatus::AwaitingPayment,
        "nothing changed"
    );
    // Genuine: paid, and a repeat changes nothing.
    assert_eq!(
        send_notification(&s, notification(&w.platform, &no, total, now)).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(status(&alice, order.id).await, OrderStatus::Paid);
    assert_eq!(
        send_notification(&s, notification(&w.platform, &no, total, now)).await,
        StatusCode::NO_CONTENT
    );
    let payments: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM payments WHERE order_id = ? AND status = 'succeeded'",
            [order.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(payments, 1, "paid once");
}

#[tokio::test]
async fn back_before_the_notification_wechat_pay_is_asked() {
    let (s, w) = server().await;
    let bob = wechat_visitor(&s, "bob@pay.test").await;
    let (order, no) = ordered(&s, &bob, &w).await;
    assert_eq!(
        status(&bob, order.id).await,
        OrderStatus::AwaitingPayment,
        "not paid at WeChat Pay yet"
    );
    w.orders.lock().unwrap().get_mut(&no).unwrap().1 = true;
    assert_eq!(
        status(&bob, order.id).await,
        OrderStatus::Paid,
        "WeChat Pay says it is paid"
    );
}

#[tokio::test]
async fn another_account_or_one_without_wechat_cannot_start_it() {
    let (s, w) = server().await;
    let carol = wechat_visitor(&s, "carol@pay.test").await;
    let order = carol.place(s.pickup_item(5), 1).await;
    let mallory = wechat_visitor(&s, "mallory@pay.test").await;
    let resp = start_wechat(&mallory, order.id).await;
    assert_eq!(
        resp.status(),
        StatusCode::NOT_FOUND,
        "another's order is not seen"
    );
    let plain = s.visitor("dave@pay.test").await;
    let own = plain.place(s.pickup_item(5), 1).await;
    let resp = start_wechat(&plain, own.id).await;
    assert_eq!(
        resp.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "no WeChat account to charge"
    );
    assert!(
        w.prepays.lock().unwrap().is_empty(),
        "WeChat Pay was asked nothing"
    );
    // Without WeChat Pay configured: not a provider of this backend; no notification taken.
    let bare = crate::common::start().await;
    let eve = bare.visitor("eve@pay.test").await;
    let o = eve.place(bare.pickup_item(5), 1).await;
    let resp = start_wechat(&eve, o.id).await;
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let resp = bare
        .anon()
        .post("/api/v1/payments/wechat/notify", &json!({}))
        .await;
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_cancelled_order_paid_with_wechat_pay_is_refunded_through_it_once() {
    let (s, w) = server().await;
    let erin = wechat_visitor(&s, "erin@pay.test").await;
    let (order, no) = ordered(&s, &erin, &w).await;
    let now = chrono::Utc::now().timestamp();
    let paid = notification(&w.platform, &no, order.total.amount_minor, now);
    assert_eq!(send_notification(&s, paid).await, StatusCode::NO_CONTENT);
    let resp = erin
        .post(&format!("/api/v1/orders/{}/cancel", order.id), &json!({}))
        .await;
    assert_eq!(resp.status(), StatusCode::OK);
    // The refund goes out in the background, signed, for what was paid.
    for _ in 0..50 {
        if !w.refunds.lock().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let sent = w.refunds.lock().unwrap().clone();
    assert_eq!(sent.len(), 1, "one refund");
    assert_eq!(sent[0]["out_trade_no"], no.as_str());
    assert_eq!(sent[0]["amount"]["refund"], order.total.amount_minor);
    assert_eq!(sent[0]["amount"]["total"], order.total.amount_minor);
    tokio::time::sleep(std::time::Duration::from_millis(2_500)).await;
    assert_eq!(w.refunds.lock().unwrap().len(), 1, "taken: not sent again");
    let status: String = s
        .db()
        .query_row("SELECT status FROM refunds", [], |r| r.get(0))
        .unwrap();
    assert_eq!(status, "sent");
}
