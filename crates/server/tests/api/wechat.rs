//! Sign-in with WeChat against a local stand-in that plays WeChat's part: the authorization
//! URL, the server-side code exchange (the secret never reaches the browser), one-use states,
//! the nickname with `snsapi_userinfo`, the same account on every sign-in, refusals.

use crate::common;
use std::collections::HashMap;

use crate::common::{problem, start_opts, Options, TestServer};
use axum::extract::Query;
use axum::routing::get;
use axum::{Json, Router};
use expocx_contract::{User, WechatSignedIn, WechatStart};
use expocx_server::wechat::WechatConfig;
use reqwest::StatusCode;
use serde_json::{json, Value};

pub const SECRET: &str = "stand-in-secret";

/// WeChat's part: codes starting with `good-` are valid and name the openid after the dash.
async fn stand_in() -> String {
    async fn token(Query(q): Query<HashMap<String, String>>) -> Json<Value> {
        let code = q.get("code").cloned().unwrap_or_default();
        if q.get("secret").map(String::as_str) != Some(SECRET)
            || q.get("appid").map(String::as_str) != Some("wx-app")
        {
            return Json(json!({"errcode": 40125, "errmsg": "invalid appsecret"}));
        }
        match code.strip_prefix("good-") {
            Some(who) => Json(
                json!({"access_token": format!("tok-{who}"), "openid": format!("openid-{who}"), "expires_in": 7200}),
            ),
            None => Json(json!({"errcode": 40029, "errmsg": "invalid code"})),
        }
    }
    async fn userinfo(Query(q): Query<HashMap<String, String>>) -> Json<Value> {
        Json(json!({"openid": q.get("openid"), "nickname": "小明"}))
    }
    let app = Router::new()
        .route("/sns/oauth2/access_token", get(token))
        .route("/sns/userinfo", get(userinfo));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

async fn server() -> (TestServer, String) {
    let wechat = stand_in().await;
    (server_with(&wechat).await, wechat)
}

/// A server whose WeChat is the stand-in at `wechat`, on the public origin
/// `https://shop.example`.
pub async fn server_with(wechat: &str) -> TestServer {
    start_opts(Options {
        wechat: Some(WechatConfig {
            app_id: "wx-app".into(),
            secret: SECRET.into(),
            api_base: wechat.into(),
            authorize_base: wechat.into(),
            redirect_uri: "https://shop.example/auth/wechat".into(),
            public_origin: "https://shop.example".into(),
        }),
        ..Default::default()
    })
    .await
}

/// Starts a sign-in; answers the state from the authorization URL.
async fn begin(s: &TestServer, scope: &str, next: &str) -> (String, String) {
    let start: WechatStart = s
        .anon()
        .ok(&format!("/api/v1/auth/wechat?scope={scope}&next={next}"))
        .await;
    let state = start
        .authorize_url
        .split("state=")
        .nth(1)
        .unwrap()
        .split(['&', '#'])
        .next()
        .unwrap()
        .to_string();
    (start.authorize_url, state)
}

#[tokio::test]
async fn a_wechat_sign_in_makes_one_account_per_wechat_user() {
    let (s, wechat) = server().await;
    let (url, state) = begin(&s, "base", "%2Fme%2Forders").await;
    assert!(url.starts_with(&format!("{wechat}/connect/oauth2/authorize?appid=wx-app&redirect_uri=https%3A%2F%2Fshop.example%2Fauth%2Fwechat")));
    assert!(url.contains("scope=snsapi_base") && url.ends_with("#wechat_redirect"));
    assert!(
        !url.contains(SECRET),
        "the secret never reaches the browser"
    );

    let r = s
        .anon()
        .post(
            "/api/v1/auth/wechat",
            &json!({"code": "good-1", "state": state}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let signed: WechatSignedIn = r.json().await.unwrap();
    assert_eq!(signed.next, "/me/orders");
    assert_eq!(signed.session.user.display_name, "微信用户");
    let me: User = s
        .anon()
        .with_token(&signed.session.token)
        .ok("/api/v1/auth/me")
        .await;
    assert_eq!(me.id, signed.session.user.id);

    // A state works once.
    let again = s
        .anon()
        .post(
            "/api/v1/auth/wechat",
            &json!({"code": "good-1", "state": state}),
        )
        .await;
    assert_eq!(problem(again).await.errors[0].field, "state");
    // The same WeChat user signs in to the same account; userinfo brings the nickname for a new one.
    let (_, state) = begin(&s, "base", "%2F").await;
    let same: WechatSignedIn = s
        .anon()
        .post(
            "/api/v1/auth/wechat",
            &json!({"code": "good-1", "state": state}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(same.session.user.id, me.id);
    let (url, state) = begin(&s, "userinfo", "%2F%2Fevil.example").await;
    assert!(url.contains("scope=snsapi_userinfo"));
    let other: WechatSignedIn = s
        .anon()
        .post(
            "/api/v1/auth/wechat",
            &json!({"code": "good-2", "state": state}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(other.session.user.display_name, "小明");
    assert_ne!(other.session.user.id, me.id);
    assert_eq!(other.next, "/", "only this app's paths");
    // No password signs a WeChat account in.
    let r = s.anon().login(&me.email, "!wechat").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn refused_codes_and_unknown_states_sign_no_one_in() {
    let (s, _) = server().await;
    let (_, state) = begin(&s, "base", "%2F").await;
    let r = s
        .anon()
        .post(
            "/api/v1/auth/wechat",
            &json!({"code": "forged", "state": state}),
        )
        .await;
    assert_eq!(problem(r).await.errors[0].field, "code");
    let r = s
        .anon()
        .post(
            "/api/v1/auth/wechat",
            &json!({"code": "good-3", "state": state}),
        )
        .await;
    assert_eq!(
        problem(r).await.errors[0].field,
        "state",
        "the state was used by the refused try"
    );
    let r = s
        .anon()
        .post(
            "/api/v1/auth/wechat",
            &json!({"code": "good-3", "state": "0".repeat(32)}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let users: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM users WHERE wechat_openid IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(users, 0);
}

#[tokio::test]
async fn without_configuration_there_is_no_wechat_sign_in() {
    let s = common::start().await;
    assert_eq!(
        s.anon()
            .get("/api/v1/auth/wechat?scope=base")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let r = s
        .anon()
        .post(
            "/api/v1/auth/wechat",
            &json!({"code": "good-1", "state": "x"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
