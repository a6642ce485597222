//! Inside the organizer's Mini Program, against a stand-in for WeChat's `jscode2session` and
//! OAuth: the host's code becomes a one-use ticket of 60 seconds, the ticket a session; one
//! person through the official account and the Mini Program is one member (by unionid).

use std::collections::HashMap;

use crate::common::{problem, start_opts, Options, TestServer};
use axum::extract::Query;
use axum::routing::get;
use axum::{Json, Router};
use chrono::{Duration, Utc};
use expocx_contract::{Session, User, WechatMiniTicket, WechatSignedIn, WechatStart};
use expocx_server::wechat::{mini::MiniConfig, WechatConfig};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// WeChat's part. Official account: code `oa-<who>`; Mini Program: code `mp-<who>`. Both give
/// the unionid `union-<who>`, except for a `<who>` starting with `solo` (apps not bound).
async fn stand_in() -> String {
    fn union(who: &str) -> Value {
        if who.starts_with("solo") {
            Value::Null
        } else {
            json!(format!("union-{who}"))
        }
    }
    async fn token(Query(q): Query<HashMap<String, String>>) -> Json<Value> {
        match q.get("code").and_then(|c| c.strip_prefix("oa-")) {
            Some(who) => Json(
                json!({"access_token": "tok", "openid": format!("oa-open-{who}"),
                "unionid": union(who)}),
            ),
            None => Json(json!({"errcode": 40029, "errmsg": "invalid code"})),
        }
    }
    async fn code2session(Query(q): Query<HashMap<String, String>>) -> Json<Value> {
        let app_ok = q.get("appid").map(String::as_str) == Some("wx-mini")
            && q.get("secret").map(String::as_str) == Some("mini-secret")
            && q.get("grant_type").map(String::as_str) == Some("authorization_code");
        match q.get("js_code").and_then(|c| c.strip_prefix("mp-")) {
            Some(who) if app_ok => Json(json!({"openid": format!("mp-open-{who}"),
                "session_key": "k", "unionid": union(who)})),
            _ => Json(json!({"errcode": 40029, "errmsg": "invalid code"})),
        }
    }
    let app = Router::new()
        .route("/sns/oauth2/access_token", get(token))
        .route("/sns/jscode2session", get(code2session));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

async fn server() -> TestServer {
    let wechat = stand_in().await;
    start_opts(Options {
        wechat: Some(WechatConfig {
            app_id: "wx-app".into(),
            secret: "s".into(),
            api_base: wechat.clone(),
            authorize_base: wechat.clone(),
            redirect_uri: "https://shop.example/auth/wechat".into(),
            public_origin: "https://shop.example".into(),
        }),
        wechat_mini: Some(MiniConfig {
            app_id: "wx-mini".into(),
            secret: "mini-secret".into(),
            api_base: wechat,
        }),
        root_files: vec![("MP_verify_Ab12.txt".into(), "Ab12-proof".into())],
        ..Default::default()
    })
    .await
}

/// The host's sign-in: the ticket for `code`.
async fn ticket(s: &TestServer, code: &str) -> WechatMiniTicket {
    let r = s
        .anon()
        .post("/api/v1/auth/wechat/mini", &json!({ "code": code }))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    r.json().await.unwrap()
}

async fn exchange(s: &TestServer, ticket: &str) -> reqwest::Response {
    s.anon()
        .post(
            "/api/v1/auth/wechat/mini/session",
            &json!({ "ticket": ticket }),
        )
        .await
}

/// The page's sign-in with a fresh ticket for `code`: the account.
async fn mini_sign_in(s: &TestServer, code: &str) -> User {
    let t = ticket(s, code).await;
    let session: Session = exchange(s, &t.ticket).await.json().await.unwrap();
    session.user
}

async fn official_sign_in(s: &TestServer, code: &str) -> User {
    let start: WechatStart = s.anon().ok("/api/v1/auth/wechat?scope=base").await;
    let state = start.authorize_url.split("state=").nth(1).unwrap();
    let state = state.split(['&', '#']).next().unwrap();
    let r = s
        .anon()
        .post(
            "/api/v1/auth/wechat",
            &json!({ "code": code, "state": state }),
        )
        .await;
    let signed: WechatSignedIn = r.json().await.unwrap();
    signed.session.user
}

#[tokio::test]
async fn a_ticket_signs_the_web_view_in_once() {
    let s = server().await;
    let t = ticket(&s, "mp-1").await;
    assert_eq!(t.expires_in, 60);
    let r = exchange(&s, &t.ticket).await;
    assert_eq!(r.status(), StatusCode::OK);
    let session: Session = r.json().await.unwrap();
    let me: User = s
        .anon()
        .with_token(&session.token)
        .ok("/api/v1/auth/me")
        .await;
    assert_eq!(me.id, session.user.id);
    // Used once: a second try (a shared or replayed link) signs no one in.
    let again = exchange(&s, &t.ticket).await;
    assert_eq!(problem(again).await.errors[0].field, "ticket");
    let forged = exchange(&s, &"0".repeat(64)).await;
    assert_eq!(problem(forged).await.errors[0].field, "ticket");
    // Only its hash is kept.
    let kept: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM wechat_tickets WHERE hash = ?",
            [&t.ticket],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, 0);
}

#[tokio::test]
async fn a_ticket_older_than_a_minute_is_refused() {
    let s = server().await;
    let t = ticket(&s, "mp-2").await;
    s.db()
        .execute(
            "UPDATE wechat_tickets SET created_at = ?",
            [Utc::now() - Duration::seconds(61)],
        )
        .unwrap();
    assert_eq!(
        problem(exchange(&s, &t.ticket).await).await.errors[0].field,
        "ticket"
    );
    // A fresh one for the same person still works, and is the same account.
    let first = mini_sign_in(&s, "mp-2").await;
    assert_eq!(mini_sign_in(&s, "mp-2").await.id, first.id);
}

#[tokio::test]
async fn one_person_through_the_official_account_and_the_mini_program_is_one_member() {
    let s = server().await;
    let by_oa = official_sign_in(&s, "oa-7").await;
    assert_eq!(mini_sign_in(&s, "mp-7").await.id, by_oa.id);
    // The other way round: Mini Program first, official account later.
    let by_mp = mini_sign_in(&s, "mp-8").await;
    assert_eq!(official_sign_in(&s, "oa-8").await.id, by_mp.id);
    assert_ne!(by_mp.id, by_oa.id);
    // Apps not bound to one Open Platform account: matched by the Mini Program's openid.
    let solo = mini_sign_in(&s, "mp-solo1").await;
    assert_eq!(mini_sign_in(&s, "mp-solo1").await.id, solo.id);
    assert_ne!(official_sign_in(&s, "oa-solo1").await.id, solo.id);
}

#[tokio::test]
async fn a_refused_code_signs_no_one_in_and_stores_nothing() {
    let s = server().await;
    let r = s
        .anon()
        .post("/api/v1/auth/wechat/mini", &json!({ "code": "forged" }))
        .await;
    assert_eq!(problem(r).await.errors[0].field, "code");
    let r = s
        .anon()
        .post(
            "/api/v1/auth/wechat/mini",
            &json!({ "code": "x".repeat(201) }),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (users, tickets): (i64, i64) = s
        .db()
        .query_row(
            "SELECT (SELECT COUNT(*) FROM users WHERE wechat_mini_openid IS NOT NULL),
                    (SELECT COUNT(*) FROM wechat_tickets)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((users, tickets), (0, 0));
}

#[tokio::test]
async fn without_a_mini_program_there_is_no_ticket_and_no_verification_file() {
    let s = crate::common::start().await;
    let r = s
        .anon()
        .post("/api/v1/auth/wechat/mini", &json!({ "code": "mp-1" }))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = reqwest::get(s.url("/MP_verify_Ab12.txt")).await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_business_domain_verification_file_is_at_the_sites_root() {
    let s = server().await;
    let r = reqwest::get(s.url("/MP_verify_Ab12.txt")).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    assert_eq!(r.text().await.unwrap(), "Ab12-proof");
    for name in ["MP_verify_Ab12.txt", "a-b_c.txt"] {
        assert!(expocx_server::spa::is_root_file_name(name), "{name}");
    }
    for name in [
        "../etc/passwd.txt",
        "index.html",
        ".txt",
        "a b.txt",
        "x/y.txt",
    ] {
        assert!(!expocx_server::spa::is_root_file_name(name), "{name}");
    }
}
