//! A stand-in for WeChat Pay's API (JSAPI orders, order query, refunds) for `wechat_pay.rs`:
//! it checks the merchant's signatures and signs its own answers with a key pair made at test time.

use crate::common::{start_opts, Options, TestServer};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use expocx_server::wechat::pay::{self, PayConfig};
use reqwest::StatusCode;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use rsa::signature::Verifier;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub(crate) const API_V3_KEY: &[u8; 32] = b"stand-in-api-v3-key-32-bytes-ok!";
pub(crate) const KEY_ID: &str = "PUB_KEY_ID_STAND_IN";

/// WeChat Pay's part: the payments it was asked for, and which of them the payer completed.
pub(crate) struct WeChatPay {
    pub(crate) merchant: rsa::RsaPublicKey,
    pub(crate) platform: ring::signature::RsaKeyPair,
    pub(crate) orders: Mutex<HashMap<String, (i64, bool)>>,
    pub(crate) prepays: Mutex<Vec<Value>>,
    pub(crate) refunds: Mutex<Vec<Value>>,
}

impl WeChatPay {
    /// An answer signed as WeChat Pay signs them.
    pub(crate) fn signed(&self, body: String) -> Response {
        let (ts, nonce) = (
            chrono::Utc::now().timestamp().to_string(),
            "standinnonce0001",
        );
        let sig = pay::sign(&self.platform, &format!("{ts}\n{nonce}\n{body}\n"));
        let mut r = body.into_response();
        let h = r.headers_mut();
        for (k, v) in [
            ("Wechatpay-Timestamp", ts.as_str()),
            ("Wechatpay-Nonce", nonce),
            ("Wechatpay-Signature", sig.as_str()),
            ("Wechatpay-Serial", KEY_ID),
            ("Content-Type", "application/json"),
        ] {
            h.insert(k, HeaderValue::from_str(v).unwrap());
        }
        r
    }

    /// Whether a request carries the merchant's signature over exactly what was sent.
    pub(crate) fn merchant_signed(
        &self,
        method: &str,
        path: &str,
        headers: &HeaderMap,
        body: &str,
    ) -> bool {
        let auth = headers["Authorization"].to_str().unwrap();
        let part = |k: &str| {
            auth.split(&format!("{k}=\""))
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        };
        let message = format!(
            "{method}\n{path}\n{}\n{}\n{body}\n",
            part("timestamp"),
            part("nonce_str")
        );
        let sig = Signature::try_from(B64.decode(part("signature")).unwrap().as_slice()).unwrap();
        auth.starts_with("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\"")
            && VerifyingKey::<rsa::sha2::Sha256>::new(self.merchant.clone())
                .verify(message.as_bytes(), &sig)
                .is_ok()
    }
}

pub(crate) async fn jsapi(
    State(w): State<Arc<WeChatPay>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let text = String::from_utf8(body.to_vec()).unwrap();
    if !w.merchant_signed("POST", "/v3/pay/transactions/jsapi", &headers, &text) {
        return (StatusCode::UNAUTHORIZED, r#"{"code":"SIGN_ERROR"}"#).into_response();
    }
    let v: Value = serde_json::from_str(&text).unwrap();
    let no = v["out_trade_no"].as_str().unwrap().to_string();
    w.orders
        .lock()
        .unwrap()
        .insert(no.clone(), (v["amount"]["total"].as_i64().unwrap(), false));
    w.prepays.lock().unwrap().push(v);
    w.signed(json!({ "prepay_id": format!("wx-prepay-{no}") }).to_string())
}

pub(crate) async fn query(
    State(w): State<Arc<WeChatPay>>,
    Path(no): Path<String>,
    headers: HeaderMap,
) -> Response {
    let path = format!("/v3/pay/transactions/out-trade-no/{no}?mchid=1900000001");
    if !w.merchant_signed("GET", &path, &headers, "") {
        return (StatusCode::UNAUTHORIZED, "").into_response();
    }
    let (total, paid) = w.orders.lock().unwrap()[&no];
    w.signed(transaction(&no, total, if paid { "SUCCESS" } else { "NOTPAY" }).to_string())
}

pub(crate) async fn refund(
    State(w): State<Arc<WeChatPay>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let text = String::from_utf8(body.to_vec()).unwrap();
    if !w.merchant_signed("POST", "/v3/refund/domestic/refunds", &headers, &text) {
        return (StatusCode::UNAUTHORIZED, r#"{"code":"SIGN_ERROR"}"#).into_response();
    }
    let v: Value = serde_json::from_str(&text).unwrap();
    let no = v["out_refund_no"].clone();
    w.refunds.lock().unwrap().push(v);
    w.signed(
        json!({"refund_id": "50000000001", "out_refund_no": no, "status": "PROCESSING"})
            .to_string(),
    )
}

pub(crate) fn transaction(no: &str, total: i64, state: &str) -> Value {
    json!({"mchid": "1900000001", "appid": "wx-app", "out_trade_no": no, "transaction_id": "4200000001",
           "trade_state": state, "amount": {"total": total, "currency": "CNY"}})
}

/// A server with WeChat Pay, and the stand-in.
pub(crate) async fn server() -> (TestServer, Arc<WeChatPay>) {
    let make = || rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 2048).unwrap();
    let (merchant, platform) = (make(), make());
    let der = |k: &rsa::RsaPrivateKey| k.to_pkcs8_der().unwrap().as_bytes().to_vec();
    let w = Arc::new(WeChatPay {
        merchant: merchant.to_public_key(),
        platform: ring::signature::RsaKeyPair::from_pkcs8(&der(&platform)).unwrap(),
        orders: Mutex::default(),
        prepays: Mutex::default(),
        refunds: Mutex::default(),
    });
    let app = Router::new()
        .route("/v3/pay/transactions/jsapi", post(jsapi))
        .route("/v3/pay/transactions/out-trade-no/{no}", get(query))
        .route("/v3/refund/domestic/refunds", post(refund))
        .with_state(w.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let public = platform
        .to_public_key()
        .to_public_key_pem(LineEnding::LF)
        .unwrap();
    let s = start_opts(Options {
        wechat_pay: Some(PayConfig {
            app_id: "wx-app".into(),
            mini_app_id: Some("wx-mini".into()),
            mchid: "1900000001".into(),
            serial: "MERCHANT-SERIAL".into(),
            key: Arc::new(ring::signature::RsaKeyPair::from_pkcs8(&der(&merchant)).unwrap()),
            platform_key: Arc::new(pay::public_key(&public).unwrap()),
            platform_serial: KEY_ID.into(),
            api_v3_key: *API_V3_KEY,
            api_base: format!("http://{addr}"),
            notify_url: "https://shop.example/api/v1/payments/wechat/notify".into(),
        }),
        ..Default::default()
    })
    .await;
    (s, w)
}
