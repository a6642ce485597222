//! WeChat's JS-SDK configuration against a stand-in for WeChat's API: the signature checks out
//! against the stand-in's ticket, one token and one ticket serve every request until they
//! expire, a token WeChat no longer takes is renewed, and only this site's pages are signed.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::routing::get;
use axum::{Json, Router};
use expocx_contract::WechatJsConfig;
use reqwest::StatusCode;
use serde_json::{json, Value};
use sha1::{Digest, Sha1};
use std::collections::HashMap;

use crate::common::{problem, start};
use crate::wechat::{server_with, SECRET};

const TICKET: &str = "stand-in-jsapi-ticket";

#[derive(Default)]
struct WeChat {
    tokens: AtomicUsize,
    tickets: AtomicUsize,
    /// The next ticket request answers "access_token expired" once.
    stale_once: AtomicBool,
    /// How long WeChat says a ticket lives (seconds).
    lifetime: AtomicU64,
}

type Q = Query<HashMap<String, String>>;

async fn stand_in(wechat: Arc<WeChat>) -> String {
    async fn token(State(w): State<Arc<WeChat>>, Query(q): Q) -> Json<Value> {
        if q.get("secret").map(String::as_str) != Some(SECRET) {
            return Json(json!({"errcode": 40125, "errmsg": "invalid appsecret"}));
        }
        let n = w.tokens.fetch_add(1, SeqCst) + 1;
        Json(json!({"access_token": format!("token-{n}"), "expires_in": 7200}))
    }
    async fn ticket(State(w): State<Arc<WeChat>>, Query(q): Q) -> Json<Value> {
        w.tickets.fetch_add(1, SeqCst);
        if w.stale_once.swap(false, SeqCst) {
            return Json(json!({"errcode": 42001, "errmsg": "access_token expired"}));
        }
        assert_eq!(q.get("type").map(String::as_str), Some("jsapi"));
        assert!(q
            .get("access_token")
            .is_some_and(|t| t.starts_with("token-")));
        let life = w.lifetime.load(SeqCst);
        Json(json!({"errcode": 0, "errmsg": "ok", "ticket": TICKET, "expires_in": life}))
    }
    let app = Router::new()
        .route("/cgi-bin/token", get(token))
        .route("/cgi-bin/ticket/getticket", get(ticket))
        .with_state(wechat);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

fn weixin() -> Arc<WeChat> {
    let w = Arc::new(WeChat::default());
    w.lifetime.store(7200, SeqCst);
    w
}

fn config_path(url: &str) -> String {
    format!(
        "/api/v1/wechat/js-config?url={}",
        expocx_contract::encode_query_value(url)
    )
}

/// What WeChat's own check computes for a page.
fn expected(c: &WechatJsConfig, url: &str) -> String {
    let plain = format!(
        "jsapi_ticket={TICKET}&noncestr={}&timestamp={}&url={url}",
        c.nonce_str, c.timestamp
    );
    Sha1::digest(plain.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[tokio::test]
async fn a_crowd_of_pages_is_signed_with_one_token_and_one_ticket() {
    let w = weixin();
    let s = server_with(&stand_in(w.clone()).await).await;
    let pages: Vec<String> = (1..=20)
        .map(|i| format!("https://shop.example/products/{i}?from=share#top"))
        .collect();
    let answers = futures_util::future::join_all(pages.iter().map(|url| {
        let api = s.anon();
        let path = config_path(url);
        async move { api.ok::<WechatJsConfig>(&path).await }
    }))
    .await;
    for (url, c) in pages.iter().zip(&answers) {
        let signed = url.split('#').next().unwrap();
        assert_eq!(c.app_id, "wx-app");
        assert_eq!(
            c.signature,
            expected(c, signed),
            "{url}, signed without its # part"
        );
        assert!(c.nonce_str.len() >= 16);
    }
    assert_eq!(w.tokens.load(SeqCst), 1, "one access_token for the crowd");
    assert_eq!(w.tickets.load(SeqCst), 1, "one jsapi_ticket for the crowd");
}

#[tokio::test]
async fn a_ticket_is_renewed_when_it_expires_and_a_stale_token_is_replaced() {
    let w = weixin();
    // WeChat says 301 s; kept 5 minutes less: one second.
    w.lifetime.store(301, SeqCst);
    let s = server_with(&stand_in(w.clone()).await).await;
    let url = "https://shop.example/";
    let _: WechatJsConfig = s.anon().ok(&config_path(url)).await;
    let _: WechatJsConfig = s.anon().ok(&config_path(url)).await;
    assert_eq!(w.tickets.load(SeqCst), 1, "kept while it lives");
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    w.stale_once.store(true, SeqCst);
    let c: WechatJsConfig = s.anon().ok(&config_path(url)).await;
    assert_eq!(c.signature, expected(&c, url));
    assert_eq!(
        w.tickets.load(SeqCst),
        3,
        "expired: asked again, and again after renewing"
    );
    assert_eq!(
        w.tokens.load(SeqCst),
        2,
        "the token WeChat refused was replaced once"
    );
}

#[tokio::test]
async fn only_this_sites_pages_are_signed() {
    let w = weixin();
    let s = server_with(&stand_in(w.clone()).await).await;
    for url in [
        "https://evil.example/",
        "https://shop.example.evil.example/",
        "https://shop.example@evil.example/",
        "http://shop.example/",
        "javascript:alert(1)",
        "",
    ] {
        let resp = s.anon().get(&config_path(url)).await;
        assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        let p = problem(resp).await;
        assert_eq!(p.errors[0].field, "url", "{url}");
    }
    let long = format!("https://shop.example/?q={}", "a".repeat(3_000));
    let resp = s.anon().get(&config_path(&long)).await;
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        w.tickets.load(SeqCst),
        0,
        "nothing asked of WeChat for a refused page"
    );
}

#[tokio::test]
async fn wechat_unreachable_is_a_502_and_no_configuration_a_404() {
    // A stand-in that is gone: nothing listens there any more.
    let gone = {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let s = server_with(&gone).await;
    let resp = s.anon().get(&config_path("https://shop.example/")).await;
    assert_eq!(resp.status(), StatusCode::BAD_GATEWAY);
    let plain = start().await;
    let resp = plain
        .anon()
        .get(&config_path("https://shop.example/"))
        .await;
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
}
